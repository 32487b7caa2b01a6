/// Builds the picture of a diff from the two analyses.
enum DiffGraphViewBuilder {
    /// Changed modules of the head with their paths from the main module (highlighted),
    /// removed modules with the path that reached them in the base (dashed), the rest folded.
    static func view(of diff: AnalysisDiff) -> DiffGraphView {
        let head = diff.head.analysis
        let base = diff.base.analysis
        var change: [String: DiffGraphView.Change] = [:]
        var tooltipLine: [String: String] = [:]
        var labelLine: [String: String] = [:]
        func mark(_ path: String, _ kind: DiffGraphView.Change, label: String? = nil, tooltip: String) {
            change[path] = kind
            if let label { labelLine[path] = label }
            tooltipLine[path] = tooltip
        }
        for a in diff.added { mark(a.path, .added, label: "+ \(a.version)", tooltip: "added at \(a.version)") }
        for c in diff.upgraded {
            mark(c.path, .upgraded, label: "\(c.from) → \(c.to)", tooltip: "upgraded from \(c.from) to \(c.to)")
        }
        for c in diff.downgraded {
            mark(c.path, .downgraded, label: "\(c.from) → \(c.to)", tooltip: "downgraded from \(c.from) to \(c.to)")
        }
        for r in diff.removed {
            mark(r.path, .removed, label: "− \(r.version) (removed)", tooltip: "removed (was \(r.version))")
        }
        for c in diff.replaceChanges where change[c.key.path] == nil && head.buildList.module(c.key.path) != nil {
            mark(c.key.path, .replaced, tooltip: "replace changed: \(c.from?.newText ?? "none") → \(c.to?.newText ?? "none")")
        }
        var newFindings: [String: [Finding]] = [:]
        for f in diff.newFindings where !f.module.isEmpty { newFindings[f.module, default: []].append(f) }

        // Head: each changed module and the chain that reaches it.
        var drawn: [String: ModuleID] = [:]  // by path
        var edges = Set<GraphView.Edge>()
        let preferred = Set(change.keys)
        for m in head.mainModules { drawn[m] = ModuleID(path: m, version: "") }
        let sel = head.selected
        let headTree = RequirementTree(sel, preferring: preferred)
        for (i, id) in sel.nodes.enumerated() where !id.version.isEmpty && change[id.path] != nil {
            let chain = headTree.chain(to: SelectedGraph.NodeID(i)).map { sel.nodes[Int($0)] }
            drawn[id.path] = id
            for m in chain { drawn[m.path] = m }
            for (from, to) in zip(chain, chain.dropFirst()) {
                edges.insert(GraphView.Edge(from: from, to: to, style: .highlighted))
            }
        }
        // Base: removed modules, through the base's chain; modules still selected are drawn
        // at their head version.
        let old = base.selected
        let baseTree = RequirementTree(old, preferring: preferred)
        for (i, id) in old.nodes.enumerated() where !id.version.isEmpty && change[id.path] == .removed {
            let chain = baseTree.chain(to: SelectedGraph.NodeID(i)).map { n -> ModuleID in
                let m = old.nodes[Int(n)]
                if let shown = drawn[m.path] { return shown }
                if let kept = head.buildList.module(m.path) { return kept.id }
                return m
            }
            drawn[id.path] = id
            for m in chain where drawn[m.path] == nil { drawn[m.path] = m }
            for (from, to) in zip(chain, chain.dropFirst()) {
                edges.insert(GraphView.Edge(from: from, to: to, style: .weak))
            }
        }

        let mains = Set(head.mainModules).union(base.mainModules)
        let nodes = drawn.values.sorted().map { id -> DiffGraphView.Node in
            let kind: DiffGraphView.Change = id.version.isEmpty && mains.contains(id.path)
                ? .main : change[id.path] ?? .unchanged
            var label = [id.path]
            var tooltip = [id.path]
            switch kind {
            case .main:
                tooltip.append("main module")
            case .unchanged, .replaced:
                label.append(id.version)
                tooltip.append("version \(id.version)")
            default:
                break
            }
            if let line = labelLine[id.path] { label.append(line) }
            if let line = tooltipLine[id.path] { tooltip.append(line) }
            if kind != .removed, let r = head.buildList.module(id.path)?.replacement {
                label.append("=> \(r.text)")
                tooltip.append("replaced by \(r.text)")
            }
            let found = newFindings[id.path] ?? []
            if !found.isEmpty {
                label.append(found.count == 1 ? "1 new finding" : "\(found.count) new findings")
                for f in found { tooltip.append("new \(f.severity.rawValue): \(f.message) [\(f.id)]") }
            }
            return DiffGraphView.Node(
                id: id, change: kind, label: label, tooltip: tooltip, newFinding: found.map(\.severity).max())
        }
        let drawnHead = drawn.values.filter { !$0.version.isEmpty && head.buildList.module($0.path)?.version == $0.version }
        let title = (head.mainModules.isEmpty ? diff.head.label : head.mainModules.joined(separator: ", "))
            + ": \(diff.base.label) → \(diff.head.label)"
        return DiffGraphView(
            title: title, nodes: nodes, edges: edges.sorted(),
            foldedModules: max(0, head.buildList.modules.count - drawnHead.count))
    }
}
