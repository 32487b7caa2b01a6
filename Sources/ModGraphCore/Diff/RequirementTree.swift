/// One way each module of a selected graph is reached from a main module: a shortest path,
/// choosing among equally short ones a requirer that changed, then the first by path.
///
/// Used to say which requirement chain pulled an added module in, and to draw each changed
/// module with its path to the main module.
struct RequirementTree: Sendable {
    /// The chosen requirer of each node; -1 for main modules and unreachable nodes.
    private(set) var parent: [SelectedGraph.NodeID]
    /// Shortest distance from a main module; -1 when unreachable.
    private(set) var depth: [Int]

    /// - Parameter preferring: module paths to choose as requirers when there is a choice.
    init(_ graph: SelectedGraph, preferring: Set<String>) {
        depth = graph.depths()
        parent = [SelectedGraph.NodeID](repeating: -1, count: graph.nodes.count)
        for i in graph.nodes.indices where depth[i] > 0 {
            var best: SelectedGraph.NodeID = -1
            for p in graph.predecessors[i] where depth[Int(p)] == depth[i] - 1 {  // sorted by id
                if best < 0 { best = p }
                if preferring.contains(graph.nodes[Int(p)].path) {
                    best = p
                    break
                }
            }
            parent[i] = best
        }
    }

    /// The nodes from a main module down to `node`, both included; empty when unreachable.
    func chain(to node: SelectedGraph.NodeID) -> [SelectedGraph.NodeID] {
        guard depth[Int(node)] >= 0 else { return [] }
        var out = [node]
        var n = node
        while parent[Int(n)] >= 0 {
            n = parent[Int(n)]
            out.append(n)
        }
        return out.reversed()
    }
}
