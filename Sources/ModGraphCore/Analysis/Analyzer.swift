import Foundation

/// Turns a set of inputs into an `Analysis`: parses each, builds the graph and the build
/// list, computes stats and collects findings.
public enum Analyzer {
    /// Analyzes one module.
    ///
    /// The build list is the go command's (`list.json`) when given, else minimal version
    /// selection over `go mod graph`, else go.mod's own requirements.
    /// A policy adds its own findings (denied modules, replacements it does not allow) and
    /// then sets the severity of any finding id it overrides (`off` drops them).
    /// - Throws: `ParseError` for the first input that does not parse, or when there is nothing
    ///   to analyze.
    public static func analyze(_ inputs: InputSet, name: String, policy: Policy? = nil) throws(ParseError) -> Analysis {
        analyze(try ModuleLoad.load(inputs), name: name, policy: policy)
    }

    /// Analyzes a loaded module or workspace (`ModuleLoad.load`).
    static func analyze(_ context: ModuleLoad, name: String, policy: Policy? = nil) -> Analysis {
        let inputs = context.inputs
        let stats = GraphStats(graph: context.graph, buildList: context.buildList, selected: context.selected)
        let (vendor, vendorFindings) = VendorStatus.verdict(context)
        var findings = vendorFindings + checks.flatMap { $0(context) }
        if let policy { findings = policy.applySeverities(findings + policy.findings(context)) }
        findings = portable(findings, context)
        var analysis = Analysis(
            name: name, mainModules: context.mainModules, graph: context.graph,
            buildList: context.buildList, selected: context.selected, stats: stats, vendor: vendor,
            findings: findings, inputs: inputs.uses)
        analysis.workspace = workspaceSummary(context)
        analysis.goModFiles = context.mainGoMods
        analysis.goWork = context.goWork
        return analysis
    }

    /// Findings whose messages name the folder's files relative to it (`go.sum`, not
    /// `/home/ci/src/app/go.sum`), so that a finding is the same finding in every checkout and
    /// `baseline` and `diff` match it across folders. Locations keep the folder's name.
    static func portable(_ findings: [Finding], _ context: ModuleLoad) -> [Finding] {
        let inputs = context.inputs
        let prefix = InputSet.join(inputs.root, "")
        var names = Set(inputs.texts.values.map(\.file))
        names.formUnion(context.mainGoMods.map(\.file))
        for n in [context.goWork?.file, context.goWorkSum?.file].compactMap({ $0 }) { names.insert(n) }
        for kind in InputSet.Kind.allCases { names.insert(InputSet.join(inputs.root, kind.rawValue)) }
        names.insert(InputSet.join(inputs.root, "vendor"))
        for m in context.loader?.mainModules ?? [] {
            names.insert(inputs.displayName(GoFilePath.join(m.root, "go.sum")))
            names.insert(inputs.displayName(m.goModPath))
        }
        let under: [String] = names.filter { $0.hasPrefix(prefix) && $0.count > prefix.count }
        // Longest first, so that `vendor/modules.txt` is renamed before `vendor`.
        let sorted: [String] = under.sorted { a, b in a.count != b.count ? a.count > b.count : a < b }
        let pairs: [(String, String)] = sorted.map { ($0, String($0.dropFirst(prefix.count))) }
        guard !pairs.isEmpty else { return findings }
        // Every name to shorten starts with `prefix`: a message without those bytes has
        // nothing to rename (a byte search; most messages, such as version skew, have none).
        let prefixBytes = Array(prefix.utf8)
        return findings.map { f in
            // The go command's own messages stay go's words (as vendor-check prints them).
            guard f.id != "vendor-check-failed", UTF8Bytes.contains(f.message, bytes: prefixBytes) else { return f }
            var f = f
            for (long, short) in pairs where f.message.contains(long) {
                f.message = f.message.replacingOccurrences(of: long, with: short)
            }
            return f
        }
    }

    /// The workspace's modules, their requirement counts and wiring; nil outside a workspace.
    static func workspaceSummary(_ context: ModuleLoad) -> WorkspaceSummary? {
        guard let load = context.loader, load.isWorkspace, let goWork = context.goWork else { return nil }
        let mains = Set(context.mainModules)
        var requiredBy: [String: [String]] = [:]
        let modules = context.mainGoMods.map { goMod -> WorkspaceSummary.Module in
            let path = goMod.module?.path ?? ""
            let deps = goMod.require.filter { !mains.contains($0.path) }
            for r in deps where requiredBy[r.path]?.last != path { requiredBy[r.path, default: []].append(path) }
            return WorkspaceSummary.Module(
                path: path, goMod: goMod.file, direct: Set(deps.filter { !$0.indirect }.map(\.path)).count,
                indirect: Set(deps.filter(\.indirect).map(\.path)).count)
        }
        let wiring = context.workspaceWiring.map { w in
            "\(w.file):\(w.directive.line): replace \(w.directive.oldPath)\(w.directive.oldVersion.map { " " + $0 } ?? "") => \(w.directive.newPath)"
        }
        return WorkspaceSummary(goWork: goWork.file, modules: modules, wiring: wiring, requiredBy: requiredBy)
    }

    /// The checks `analyze` runs, in order. A new check is one more entry here.
    static let checks: [Check] = [
        missingInputFindings,
        listErrorFindings,
        StaleInputCheck.run,
        VersionSkewCheck.run,
        MultipleMajorCheck.run,
        IncompatibleCheck.run,
        PseudoVersionCheck.run,
        ReplaceCheck.run,
        GoVersionCheck.run,
        LifecycleCheck.run,
        GoSumCheck.run,
        VendorDrift.run,
        CycleCheck.run,
    ]

    /// Notes for the captures that were not available, saying what was used instead.
    @Sendable static func missingInputFindings(_ context: ModuleLoad) -> [Finding] {
        let (inputs, graph, list) = (context.inputs, context.graph, context.list)
        var out: [Finding] = []
        if graph == nil {
            out.append(Finding(
                id: "input-missing", severity: .note, module: "",
                message: "no `go mod graph` output (graph.txt): graph statistics and edges are unavailable",
                location: SourceLocation(file: InputSet.join(inputs.root, "graph.txt")),
                hint: "capture it with `go mod graph > graph.txt`, or put a go command on PATH"))
        }
        if let offline = context.offline {
            out.append(Finding(
                id: "go-offline", severity: .note, module: "",
                message: "the go command could not reach modules here (GOPROXY=off or no network), so its answers were not used: "
                    + "the build list is \(graph == nil ? "go.mod's requirements" : "minimal version selection over the graph"), "
                    + "vendor/ is checked from go.mod, go.work and vendor/modules.txt; go said: \(offline)",
                hint: "run where the module cache or the network is available, or capture graph.txt and list.json there"))
        } else if list == nil {
            let how = graph == nil ? "taken from go.mod's requirements" : "recomputed by minimal version selection over the graph"
            out.append(Finding(
                id: "input-missing", severity: .note, module: "",
                message: "no `go list -m -json all` output (list.json): the build list was \(how)",
                location: SourceLocation(file: InputSet.join(inputs.root, "list.json")),
                hint: "capture it with `go list -m -json all > list.json`, or put a go command on PATH"))
        }
        return out
    }

    /// Entries the go command could not fully resolve (`go list -e`): reported, not fatal.
    @Sendable static func listErrorFindings(_ context: ModuleLoad) -> [Finding] {
        guard let list = context.list else { return [] }
        return list.modules.compactMap { m in
            guard var err = m.error?.err else { return nil }
            let prefix = "\(m.path)@\(m.version): "
            if err.hasPrefix(prefix) { err.removeFirst(prefix.count) }
            return Finding(
                id: "module-error", severity: .warning, module: m.path,
                message: "go list reported an error for \(m.path)@\(m.version): \(err)",
                location: SourceLocation(file: list.file, line: m.line > 0 ? m.line : nil),
                hint: "re-capture list.json where the module is reachable (network or module cache)")
        }
    }
}
