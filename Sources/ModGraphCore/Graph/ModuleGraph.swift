/// Every module version named by `go mod graph` and the requirement edges between them.
///
/// Nodes are interned to `Int32` ids (their index in `nodes`), so graphs of a million
/// edges stay compact. `go@V` and `toolchain@V` pseudo-modules are not nodes: the
/// requirements on them are kept apart in `toolchainRequirements`.
public struct ModuleGraph: Sendable {
    typealias NodeID = Int32

    /// Every distinct module version, in order of first appearance.
    private(set) var nodes: [ModuleID] = []
    /// Distinct requirements of each node, in the order the input first listed them.
    private(set) var successors: [[NodeID]] = []
    /// Distinct requirers of each node.
    private(set) var predecessors: [[NodeID]] = []
    /// Nodes printed as a bare path (main and workspace modules), in order of appearance.
    private(set) var mainNodes: [NodeID] = []
    /// Requirements on `go@V` / `toolchain@V`, by requirer, in input order.
    private(set) var toolchainRequirements: [(from: ModuleID, to: ModuleID)] = []
    /// The number of distinct edges between module nodes.
    private(set) var edgeCount = 0

    private var index: [ModuleID: NodeID] = [:]
    private var edgeSet: Set<Int64> = []

    init() {}

    /// Builds a graph from edges given as module pairs, in input order.
    init<S: Sequence>(edges: S) where S.Element == (ModuleID, ModuleID) {
        for (from, to) in edges { addEdge(from: from, to: to) }
    }

    /// The id of a module version, if it is a node.
    func id(of module: ModuleID) -> NodeID? { index[module] }

    var nodeCount: Int { nodes.count }

    /// Adds (or finds) a node.
    @discardableResult
    mutating func addNode(_ module: ModuleID) -> NodeID {
        if let id = index[module] { return id }
        let id = NodeID(nodes.count)
        nodes.append(module)
        successors.append([])
        predecessors.append([])
        index[module] = id
        if module.version.isEmpty { mainNodes.append(id) }
        return id
    }

    /// Adds a requirement edge; a repeated edge is counted once.
    mutating func addEdge(from: ModuleID, to: ModuleID) {
        if from.isToolchainRequirement || to.isToolchainRequirement {
            toolchainRequirements.append((from, to))
            return
        }
        let f = addNode(from)
        let t = addNode(to)
        addEdge(from: f, to: t)
    }

    /// Adds a requirement edge between existing nodes; a repeated edge is counted once.
    mutating func addEdge(from f: NodeID, to t: NodeID) {
        let key = Int64(f) << 32 | Int64(t)
        guard edgeSet.insert(key).inserted else { return }
        successors[Int(f)].append(t)
        predecessors[Int(t)].append(f)
        edgeCount += 1
    }

    mutating func reserveEdges(_ n: Int) { edgeSet.reserveCapacity(n) }

    mutating func appendToolchainRequirement(_ edge: (from: ModuleID, to: ModuleID)) {
        toolchainRequirements.append(edge)
    }

    /// Every node reachable from `roots` (roots included), breadth-first.
    func reachable(from roots: [NodeID]) -> [NodeID] {
        var seen = [Bool](repeating: false, count: nodes.count)
        var order: [NodeID] = []
        order.reserveCapacity(nodes.count)
        for r in roots where !seen[Int(r)] {
            seen[Int(r)] = true
            order.append(r)
        }
        var head = 0
        while head < order.count {
            let n = order[head]
            head += 1
            for s in successors[Int(n)] where !seen[Int(s)] {
                seen[Int(s)] = true
                order.append(s)
            }
        }
        return order
    }
}
