/// Builds the pictures `analyze` draws from an analysis.
public enum GraphViewBuilder {
    /// The selected graph: main modules, every selected module, and its requirements.
    public static func selectedView(of analysis: Analysis) -> GraphView {
        let sel = analysis.selected
        var findingsByModule: [String: [Finding]] = [:]
        for f in analysis.findings where !f.module.isEmpty { findingsByModule[f.module, default: []].append(f) }
        let nodes = sel.nodes.map { id -> GraphView.Node in
            let module = analysis.buildList.module(id.path)
            let role: GraphView.Role = id.version.isEmpty && analysis.mainModules.contains(id.path)
                ? .main : (module?.indirect ?? true) ? .indirect : .direct
            return GraphView.Node(
                id: id, role: role,
                replacement: module?.replacement.map(replacementText),
                findings: findingsByModule[id.path] ?? [])
        }
        var edges: [GraphView.Edge] = []
        edges.reserveCapacity(sel.edgeCount)
        for (i, succ) in sel.successors.enumerated() {
            for s in succ { edges.append(GraphView.Edge(from: sel.nodes[i], to: sel.nodes[Int(s)])) }
        }
        let title = (analysis.mainModules.isEmpty ? analysis.name : analysis.mainModules.joined(separator: ", "))
            + " — \(analysis.stats.selectedModules) modules"
        return GraphView(title: title, nodes: nodes, edges: edges)
    }

    /// A replacement as go.mod writes its right-hand side: `./dir` or `path version`.
    static func replacementText(_ r: ModuleReplacement) -> String {
        r.isLocalDirectory ? r.path : "\(r.path) \(r.version)"
    }
}
