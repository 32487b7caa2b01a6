/// Builds the pictures `analyze` draws from an analysis.
public enum GraphViewBuilder {
    /// The view `options` ask for: pruned to a node budget, around a focus, limited in depth,
    /// grouped by path prefix; the notes say what was left out.
    ///
    /// Linear in the size of the graph plus a sort; tooltips list requirers from the whole
    /// graph, not just the drawn part.
    static func view(of analysis: Analysis, options: GraphViewOptions = GraphViewOptions()) -> GraphView {
        let base = BaseGraph(analysis, allVersions: options.allVersions)
        let focusNodes = options.focus.map { base.nodes(matching: $0) }
        let selection = ViewSelection(ViewSelection.Input(
            successors: base.successors, predecessors: base.predecessors, roots: base.roots,
            tier: base.tier, severity: base.findings.map { $0?.map(\.severity).max() },
            focus: focusNodes, maxDepth: options.depth, maxNodes: options.maxNodes))

        // Groups: boxes for drawn modules, counts for what was left out.
        var leftOutByGroup: [String: [String]] = [:]
        for v in selection.leftOut {
            guard let key = options.grouping.key(for: base.ids[Int(v)].path) else { continue }
            leftOutByGroup[key, default: []].append(base.ids[Int(v)].text)
        }
        var drawnByGroup: [String: Int] = [:]
        for v in selection.kept where base.tier[Int(v)] != 0 {
            if let key = options.grouping.key(for: base.ids[Int(v)].path) { drawnByGroup[key, default: 0] += 1 }
        }
        func group(_ key: String) -> GraphView.Group {
            let left = leftOutByGroup[key] ?? []
            return GraphView.Group(key: key, leftOut: left.count, leftOutExamples: Array(left.sorted().prefix(8)))
        }
        // A box says something when it holds some of the drawn modules, not all, or when its
        // group had modules left out.
        let drawnModules = drawnByGroup.values.reduce(0, +)
        let boxed = Set(drawnByGroup.filter { key, drawn in
            (drawn >= 2 && drawn < drawnModules) || (leftOutByGroup[key]?.count ?? 0) > 0
        }.keys)
        let groups = boxed.sorted().map(group)
        let foldedGroups = leftOutByGroup.keys.filter { drawnByGroup[$0] == nil }.map(group)
            .sorted { $0.leftOut != $1.leftOut ? $0.leftOut > $1.leftOut : $0.key < $1.key }

        // Nodes, with tooltips over the whole graph.
        let nodes = selection.kept.map { v -> GraphView.Node in
            let i = Int(v)
            let id = base.ids[i]
            var node = GraphView.Node(
                id: id, role: base.role(i), replacement: base.replacement[i], findings: base.findings[i] ?? [],
                group: options.grouping.key(for: id.path).flatMap { base.tier[i] != 0 && boxed.contains($0) ? $0 : nil },
                isSelected: base.tier[i] != 3)
            let successors = base.successors[i]
            let notDrawn = successors.reduce(0) { $0 + (selection.isKept[Int($1)] ? 0 : 1) }
            node.tooltip = node.standardTooltip(
                requiredBy: base.predecessors[i].map { base.ids[Int($0)] },
                requires: (successors.count, notDrawn),
                depth: options.focus == nil && selection.distance[i] > 0 ? Int(selection.distance[i]) : nil,
                selectedVersion: base.tier[i] == 3 ? analysis.buildList.module(id.path)?.version : nil)
            return node
        }
        var edges: [GraphView.Edge] = []
        for v in selection.kept {
            for w in base.successors[Int(v)] where selection.isKept[Int(w)] {
                let key = Int64(v) << 32 | Int64(w)
                edges.append(GraphView.Edge(
                    from: base.ids[Int(v)], to: base.ids[Int(w)],
                    style: selection.highlighted.contains(key) ? .highlighted : .normal))
            }
        }

        var notes: [String] = []
        let drawn = selection.kept.reduce(0) { $0 + (base.tier[Int($1)] == 0 ? 0 : 1) }
        let scope = drawn + selection.leftOut.count
        let noun = options.allVersions ? "module versions" : "modules"
        if let focus = options.focus {
            notes.append("around \(focus): what requires it, up to the main module, and what it requires")
        }
        if analysis.graph == nil {
            notes.append("no go mod graph (graph.txt): edges are the main modules' go.mod requirements only")
        } else if options.allVersions {
            notes.append("every version go mod graph names; versions not selected dashed")
        }
        if !selection.leftOut.isEmpty {
            var line = "\(drawn) of \(scope) \(noun) drawn"
            if let maxNodes = options.maxNodes, selection.kept.count >= maxNodes { line += " (at most \(maxNodes))" }
            line += options.grouping == .none ? "" : "; boxes count what was left out"
            notes.append(line)
        }
        if let depth = options.depth, selection.beyondDepth > 0 {
            notes.append("\(selection.beyondDepth) \(noun) deeper than \(depth) requirement\(depth == 1 ? "" : "s") left out")
        }
        if selection.findingsLeftOut > 0 {
            notes.append("\(selection.findingsLeftOut) \(noun) with warnings or errors did not fit")
        }
        let view = GraphView(
            title: title(of: analysis), notes: notes, nodes: nodes, edges: edges, groups: groups,
            foldedGroups: foldedGroups)
        return options.omitImpliedEdges ? view.omittingImpliedEdges() : view
    }

    /// Whether `module` (a path, or path@version with `allVersions`) is in the graph a view of
    /// `analysis` would draw.
    public static func contains(_ module: String, in analysis: Analysis, allVersions: Bool = false) -> Bool {
        !BaseGraph(analysis, allVersions: allVersions).nodes(matching: module).isEmpty
    }

    static func title(of analysis: Analysis) -> String {
        (analysis.mainModules.isEmpty ? analysis.name : analysis.mainModules.joined(separator: ", "))
            + " — \(analysis.stats.selectedModules) modules"
    }

    /// A replacement as go.mod writes its right-hand side: `./dir` or `path version`.
    static func replacementText(_ r: ModuleReplacement) -> String {
        r.isLocalDirectory ? r.path : "\(r.path) \(r.version)"
    }
}

/// The graph a view is cut from: the selected graph, or every version `go mod graph` names,
/// with what the builder needs to know about each node.
struct BaseGraph {
    var ids: [ModuleID]
    var successors: [[Int32]]
    var predecessors: [[Int32]]
    var roots: [Int32]
    /// 0 main, 1 direct, 2 indirect, 3 a version not selected.
    var tier: [UInt8]
    var replacement: [String?]
    var findings: [[Finding]?]

    init(_ analysis: Analysis, allVersions: Bool) {
        if allVersions, let graph = analysis.graph {
            ids = graph.nodes
            successors = graph.successors
            predecessors = graph.predecessors
            roots = graph.mainNodes
        } else {
            let sel = analysis.selected
            ids = sel.nodes
            successors = sel.successors
            predecessors = sel.predecessors
            roots = sel.mainNodes
            if analysis.graph == nil {
                (successors, predecessors) = Self.goModEdges(analysis, nodes: sel.nodes)
            }
        }
        var findingsByModule: [String: [Finding]] = [:]
        for f in analysis.findings where !f.module.isEmpty { findingsByModule[f.module, default: []].append(f) }
        let mains = Set(analysis.mainModules)
        tier = []
        replacement = []
        findings = []
        tier.reserveCapacity(ids.count)
        for id in ids {
            let module = analysis.buildList.module(id.path)
            let isMain = id.version.isEmpty && mains.contains(id.path)
            let selected = isMain || module.map { $0.version == id.version } ?? !allVersions
            tier.append(isMain ? 0 : !selected ? 3 : (module?.indirect ?? true) ? 2 : 1)
            replacement.append(selected ? module?.replacement.map(GraphViewBuilder.replacementText) : nil)
            findings.append(selected ? findingsByModule[id.path] : nil)
        }
        // Bare-path nodes of go mod graph are main modules even when the list names none.
        for r in roots { tier[Int(r)] = 0 }
    }

    /// Without `go mod graph` the only edges known are the main modules' go.mod requirements:
    /// each main module to the selected node of every path it requires (another main module's
    /// path in a workspace). Successors and predecessors sorted by node id.
    static func goModEdges(_ analysis: Analysis, nodes: [ModuleID]) -> (successors: [[Int32]], predecessors: [[Int32]]) {
        var node: [String: Int32] = [:]
        for (i, id) in nodes.enumerated() where node[id.path] == nil { node[id.path] = Int32(i) }
        var succ = [Set<Int32>](repeating: [], count: nodes.count)
        for goMod in analysis.goModFiles {
            guard let main = goMod.module?.path, let from = node[main], nodes[Int(from)].version.isEmpty else { continue }
            for r in goMod.require {
                if let to = node[r.path], to != from { succ[Int(from)].insert(to) }
            }
        }
        var pred = [[Int32]](repeating: [], count: nodes.count)
        let successors = succ.map { $0.sorted() }
        for (i, targets) in successors.enumerated() { for t in targets { pred[Int(t)].append(Int32(i)) } }
        return (successors, pred)
    }

    func role(_ i: Int) -> GraphView.Role {
        switch tier[i] {
        case 0: .main
        case 1: .direct
        default: .indirect
        }
    }

    /// The nodes of a module path, or of one version (`path@version`).
    func nodes(matching module: String) -> [Int32] {
        let (path, version) = Why.parseQuery(module)
        return ids.indices.filter { ids[$0].path == path && (version == nil || ids[$0].version == version) }
            .map { Int32($0) }
    }
}
