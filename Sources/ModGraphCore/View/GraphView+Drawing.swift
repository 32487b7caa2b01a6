extension GraphView {
    /// The view with the requirements implied by others left out of its drawing (a transitive
    /// reduction), in `drawnEdges`.
    ///
    /// Since Go 1.17 a go.mod lists every module its build needs, so most modules require
    /// most of their dependencies' dependencies too, and drawn in full the graph is a flat,
    /// very wide tangle. Here an edge `a -> c` is dropped when `c` stays reachable from `a`
    /// through the edges that remain; what depends on what (reachability) is unchanged.
    /// Highlighted edges are always drawn. `edges` keeps every requirement (tooltips, the
    /// Mermaid diagram and the HTML report use them all). When the graph is too big for
    /// `TransitiveReduction`'s standard limits, every requirement is drawn and
    /// `drawingNotes` says so.
    func omittingImpliedEdges() -> GraphView {
        var view = self
        if let reduced = Self.reducing(Set(edges).sorted()) {
            view.drawnEdges = reduced
        } else {
            view.drawnEdges = nil
            view.drawingNotes.append(
                "every requirement drawn: \(drawnNodes.count) modules are too many to leave out implied ones")
        }
        return view
    }

    /// The nodes a picture draws, main modules first, then by module: `nodes`, and a plain
    /// node for each edge end they lack.
    var drawnNodes: [Node] { Self.uniqueSorted(nodes + Self.missingEnds(of: self)) }

    /// Plain nodes, with the standard tooltip, for edge ends that `view.nodes` lacks.
    static func missingEnds(of view: GraphView) -> [Node] {
        let known = Set(view.nodes.map(\.id))
        var requirers: [ModuleID: [ModuleID]] = [:]
        for edge in view.edges {
            if !known.contains(edge.to) { requirers[edge.to, default: []].append(edge.from) }
            if !known.contains(edge.from), requirers[edge.from] == nil { requirers[edge.from] = [] }
        }
        return requirers.map { id, from in
            var node = Node(id: id, role: .indirect)
            node.tooltip = node.standardTooltip(requiredBy: from)
            return node
        }
    }

    /// Nodes sorted main first, then by module; one per id (the first in that order).
    static func uniqueSorted(_ nodes: [Node]) -> [Node] {
        let sorted = nodes.sorted { a, b in
            if a.role.rank != b.role.rank { return a.role.rank < b.role.rank }
            if a.id != b.id { return a.id < b.id }
            return a.tooltip.lexicographicallyPrecedes(b.tooltip)
        }
        var seen = Set<ModuleID>()
        return sorted.filter { seen.insert($0.id).inserted }
    }

    /// `edges` (sorted) less those whose target stays reachable without them; unchanged when
    /// the graph is too big for `TransitiveReduction`'s standard limits.
    static func withoutImpliedEdges(_ edges: [Edge]) -> [Edge] {
        reducing(edges) ?? edges
    }

    /// `edges` (sorted) less those whose target stays reachable without them; nil when the
    /// graph is too big to reduce within `limits`.
    ///
    /// Keeps reachability exactly, cycles included; the result is deterministic and minimal
    /// (unless a cycle is too big, when it keeps all its edges). Parallel edges (same ends,
    /// different styles) go or stay together, and stay if any of them is highlighted.
    static func reducing(
        _ edges: [Edge], limits: TransitiveReduction.Limits = .standard
    ) -> [Edge]? {
        var index: [ModuleID: Int32] = [:]
        var pairs: [(from: Int32, to: Int32)] = []
        var pinned: [Bool] = []
        var pairOfEdge: [Int] = []
        var pairIndex: [Int64: Int] = [:]
        pairOfEdge.reserveCapacity(edges.count)
        for edge in edges {
            let f = Self.intern(edge.from, &index), t = Self.intern(edge.to, &index)
            let key = Int64(f) << 32 | Int64(t)
            let p: Int
            if let known = pairIndex[key] {
                p = known
            } else {
                p = pairs.count
                pairIndex[key] = p
                pairs.append((f, t))
                pinned.append(false)
            }
            if edge.style == .highlighted { pinned[p] = true }
            pairOfEdge.append(p)
        }
        guard let reduction = TransitiveReduction(nodeCount: index.count, edges: pairs, pinned: pinned, limits: limits)
        else { return nil }
        return edges.indices.filter { reduction.kept[pairOfEdge[$0]] }.map { edges[$0] }
    }

    private static func intern(_ id: ModuleID, _ index: inout [ModuleID: Int32]) -> Int32 {
        if let known = index[id] { return known }
        let new = Int32(index.count)
        index[id] = new
        return new
    }
}

extension GraphView.Role {
    /// Main first, then direct, then indirect.
    var rank: Int {
        switch self {
        case .main: 0
        case .direct: 1
        case .indirect: 2
        }
    }
}
