/// The selected graph: one node per main module and per selected module, with edges
/// from each selected version's own requirements (as `go mod graph` listed them).
struct SelectedGraph: Sendable {
    typealias NodeID = Int32

    /// Main modules first (bare path, empty version), then the build list sorted by path.
    private(set) var nodes: [ModuleID]
    /// Distinct successors of each node, sorted by node id (so by path).
    private(set) var successors: [[NodeID]]
    /// Distinct predecessors of each node, sorted by node id.
    private(set) var predecessors: [[NodeID]]
    private(set) var mainNodes: [NodeID]
    private(set) var edgeCount: Int

    /// Projects the full graph onto the build list.
    ///
    /// A requirement on a path maps to that path's selected node; requirements on paths
    /// outside the build list, and a module's requirements on its own path, are dropped.
    init(graph: ModuleGraph?, buildList: BuildList) {
        var nodes: [ModuleID] = buildList.mainModules.map { ModuleID(path: $0, version: "") }
        nodes += buildList.modules.map(\.id)
        var byPath: [String: NodeID] = [:]
        for (i, n) in nodes.enumerated() where byPath[n.path] == nil { byPath[n.path] = NodeID(i) }
        var succ = [[NodeID]](repeating: [], count: nodes.count)
        var pred = [[NodeID]](repeating: [], count: nodes.count)
        var edges = 0
        if let graph {
            for (i, n) in nodes.enumerated() {
                guard let g = graph.id(of: n) else { continue }
                var targets = Set<NodeID>()
                for s in graph.successors[Int(g)] {
                    guard let t = byPath[graph.nodes[Int(s)].path], t != NodeID(i) else { continue }
                    targets.insert(t)
                }
                succ[i] = targets.sorted()
                for t in succ[i] { pred[Int(t)].append(NodeID(i)) }
                edges += targets.count
            }
        }
        self.nodes = nodes
        self.successors = succ
        self.predecessors = pred  // filled in ascending source order, so already sorted
        self.mainNodes = (0..<buildList.mainModules.count).map { NodeID($0) }
        self.edgeCount = edges
    }

    /// Shortest-path distance (in edges) from the nearest main module; -1 when unreachable.
    /// The node of `path` in the selected graph made from `buildList`: a main module's (the
    /// first with that path), else its build list entry's; found through the build list's
    /// index, so callers need no table of their own.
    static func node(ofPath path: String, in buildList: BuildList) -> NodeID? {
        if let i = buildList.mainModules.firstIndex(of: path) { return NodeID(i) }
        return buildList.index(of: path).map { NodeID(buildList.mainModules.count + $0) }
    }

    func depths() -> [Int] {
        BreadthFirst.search(from: mainNodes, along: successors).distance.map(Int.init)
    }
}
