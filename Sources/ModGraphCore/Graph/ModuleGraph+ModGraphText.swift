extension ModuleGraph {
    /// Builds the graph of a parsed `go mod graph`, keeping its node order.
    ///
    /// Toolchain nodes (`go@V`, `toolchain@V`) are left out and their edges kept in
    /// `toolchainRequirements`. The parser already dropped repeated edges.
    init(_ text: ModGraphText) {
        self.init()
        var remap = [NodeID](repeating: -1, count: text.nodes.count)
        for (i, node) in text.nodes.enumerated() where !text.isToolchainNode[i] {
            remap[i] = addNode(node)
        }
        reserveEdges(text.edges.count)
        for e in text.edges {
            addEdge(from: remap[Int(e.from)], to: remap[Int(e.to)])
        }
        for e in text.toolchainEdges {
            appendToolchainRequirement(text.modules(of: e))
        }
    }
}
