/// `modgraph why`: why a module is in the build, at which version, and what decided it.
///
/// Answers from the analysis context alone: the paths from the main modules to the module,
/// who requires each version of it, which requirers force the selected version, and the
/// replace and exclude directives that name it.
public struct Why: Sendable {
    /// The module asked about.
    var module: String
    /// The version the build list selects; nil when the module is not in the build list.
    var selected: String?
    /// The version asked about (`MODULE@VERSION`); nil when only a path was given.
    var requested: String?
    /// Paths from a main module to the module, shortest first: to the selected version in the
    /// selected graph, or, when another version was asked for, to that version in the full graph.
    var paths: [[ModuleID]]
    /// Whether there are more paths than `paths` holds.
    var pathsTruncated: Bool
    /// How many shortest paths there are in all.
    var shortestPathCount: Int
    /// Every version of the module in the full graph, lowest first, with its requirers sorted.
    var requiredBy: [VersionRequirers]
    /// The requirers whose requirement equals the selected version: minimal version selection
    /// picked it because of them (any one alone would raise the module to it).
    var forcedBy: [ModuleID]
    /// Replace directives whose left side is the module.
    var replacements: [Directive]
    /// Exclude directives on the module.
    var exclusions: [Directive]

    /// One version and who requires it.
    struct VersionRequirers: Hashable, Sendable {
        var version: String
        var requirers: [ModuleID]
    }

    /// A go.mod or go.work directive, as written, with where it is.
    struct Directive: Hashable, Sendable {
        var text: String
        var file: String
        var line: Int
        /// For a replace, whether it is the replacement in effect for the selected version;
        /// an exclude always applies (the version is left out of the graph).
        var applies: Bool
    }

    /// Where the paths were searched.
    var pathGraph: PathGraph
    /// Whether `go mod graph` was available; without it paths and the graph's requirers are unknown.
    var graphKnown = true
    /// The version vendor/modules.txt vendors (the entry with packages, else the first); nil
    /// without modules.txt or when it does not list the module.
    var vendored: String?
    /// Whether there was a vendor/modules.txt to ask.
    var vendorKnown = false

    /// The graph the paths run through.
    enum PathGraph: String, Sendable {
        /// One node per selected module.
        case selected
        /// Every module version of `go mod graph` (for a version that is not selected).
        case full
    }
}

extension Why {
    /// The default `--max-paths`.
    public static let defaultMaxPaths = 10

    /// Answers `why module[@version]`; nil when neither the build list nor the graph knows the
    /// module path (or, with a version, that version).
    public static func answer(
        _ context: ModuleLoad, module: String, version: String? = nil, maxPaths: Int = defaultMaxPaths
    ) -> Why? {
        let selectedVersion = context.buildList.module(module)?.version
        let graph = context.graph
        let versions = graph.map { g in
            g.nodes.indices.filter { g.nodes[$0].path == module && !g.nodes[$0].version.isEmpty }
        } ?? []
        if selectedVersion == nil && versions.isEmpty { return nil }
        if let version, version != selectedVersion,
            !versions.contains(where: { graph!.nodes[$0].version == version })
        {
            return nil
        }

        var why = Why(
            module: module, selected: selectedVersion, requested: version, paths: [], pathsTruncated: false,
            shortestPathCount: 0, requiredBy: [], forcedBy: [], replacements: [], exclusions: [],
            pathGraph: .selected)

        // Paths: in the selected graph to the selected version, else in the full graph.
        if version == nil || version == selectedVersion {
            let sel = context.selected
            if let target = sel.nodes.firstIndex(where: { $0.path == module && !$0.version.isEmpty }) {
                why.findPaths(
                    to: Int32(target), nodes: sel.nodes, successors: sel.successors,
                    predecessors: sel.predecessors, roots: sel.mainNodes, limit: maxPaths)
            }
            // Selected only through another version of a main module's own path (main → a →
            // main@v0.1.0 → b): the selected graph folds that version into the main module, so the
            // paths run through the full graph, which holds it.
            if why.paths.isEmpty, let selectedVersion, let graph,
                let target = graph.id(of: ModuleID(path: module, version: selectedVersion))
            {
                why.findPaths(in: graph, to: target, limit: maxPaths)
            }
        } else if let graph, let target = graph.id(of: ModuleID(path: module, version: version!)) {
            why.findPaths(in: graph, to: target, limit: maxPaths)
        }

        // Requirers of every version, and which force the selected one.
        if let graph {
            var rows: [VersionRequirers] = versions.map { i in
                VersionRequirers(
                    version: graph.nodes[i].version,
                    requirers: graph.predecessors[i].map { graph.nodes[Int($0)] }.sorted())
            }
            rows.sort { ModuleVersion.compare(path: module, $0.version, $1.version) < 0 }
            why.requiredBy = rows
            if let selectedVersion {
                why.forcedBy = rows.first { $0.version == selectedVersion }?.requirers ?? []
            }
        } else {
            // Without a graph, the main modules' go.mod files are the only requirers known.
            why.graphKnown = false
            var byVersion: [String: [ModuleID]] = [:]
            for goMod in context.mainGoMods {
                guard let main = goMod.module?.path ?? context.mainModules.first else { continue }
                for r in goMod.require where r.path == module {
                    byVersion[r.version, default: []].append(ModuleID(path: main, version: ""))
                }
            }
            why.requiredBy = byVersion.keys.sorted { ModuleVersion.compare(path: module, $0, $1) < 0 }.map {
                VersionRequirers(version: $0, requirers: byVersion[$0]!.sorted())
            }
            if let selectedVersion { why.forcedBy = byVersion[selectedVersion]?.sorted() ?? [] }
        }
        if let manifest = context.vendorManifest {
            why.vendorKnown = true
            let entries = manifest.entries.filter { $0.module.path == module && !$0.module.version.isEmpty }
            why.vendored = (entries.first { !$0.packages.isEmpty } ?? entries.first)?.module.version
        }

        // Directives.
        let inEffect = selectedVersion.flatMap { context.effectiveReplace(ModuleID(path: module, version: $0)) }
        for (file, d) in context.replaceDirectives where d.oldPath == module {
            let old = d.oldVersion.map { "\(d.oldPath) \($0)" } ?? d.oldPath
            let new = d.newVersion.map { "\(d.newPath) \($0)" } ?? d.newPath
            let applies = inEffect.map { $0.file == file && $0.directive.line == d.line } ?? false
            why.replacements.append(Directive(text: "replace \(old) => \(new)", file: file, line: d.line, applies: applies))
        }
        if let goMod = context.goMod {
            for e in goMod.exclude where e.path == module {
                why.exclusions.append(Directive(
                    text: "exclude \(e.path) \(e.version)", file: goMod.file, line: e.line, applies: true))
            }
        }
        return why
    }

    /// Parses `path` or `path@version`.
    public static func parseQuery(_ text: String) -> (module: String, version: String?) {
        guard let at = text.lastIndex(of: "@") else { return (text, nil) }
        let version = String(text[text.index(after: at)...])
        return (String(text[..<at]), version.isEmpty ? nil : version)
    }

    /// Sets `paths`, `pathsTruncated` and `shortestPathCount` to the paths from the main
    /// modules to `target` in one graph (the selected graph or the full `go mod graph`).
    private mutating func findPaths(
        to target: Int32, nodes: [ModuleID], successors: [[Int32]], predecessors: [[Int32]], roots: [Int32],
        limit: Int
    ) {
        let found = WhyPaths(
            successors: successors, predecessors: predecessors, roots: roots, target: target, limit: limit)
        paths = found.paths.map { $0.map { nodes[Int($0)] } }
        pathsTruncated = found.truncated
        shortestPathCount = found.shortestCount
    }

    /// The paths to `target` in the full `go mod graph`.
    private mutating func findPaths(in graph: ModuleGraph, to target: Int32, limit: Int) {
        pathGraph = .full
        findPaths(
            to: target, nodes: graph.nodes, successors: graph.successors, predecessors: graph.predecessors,
            roots: graph.mainNodes, limit: limit)
    }
}
