/// Which edges of a directed graph are implied by the others: a transitive reduction that
/// keeps reachability exactly, cycles included, in time and memory bounded up front.
///
/// Strongly connected components are condensed first. Between components the reduction of
/// the condensation (a DAG) is unique: an edge `A -> B` goes when `B` is reachable from
/// another successor of `A`. That is decided with one reachability bitset per component,
/// visiting each component's successors nearest first, so the work is about
/// (kept edges) × (components / 64) word operations instead of a graph search per edge.
/// Several edges between the same two components keep one representative (the first in
/// the given order). Inside a component (a cycle of modules, usually a handful) edges are
/// tried one at a time in the given order against those kept so far, which leaves a minimal
/// set that keeps the component strongly connected.
///
/// Pinned edges are always kept. When the graph is bigger than `Limits` allow, nothing is
/// computed and the caller keeps every edge.
struct TransitiveReduction: Sendable {
    /// Bounds on the work, so a reduction never becomes the slow part of a run.
    struct Limits: Hashable, Sendable {
        /// Most 64-bit words of reachability bitsets (components × components / 64).
        var bitsetWords: Int = 8_000_000
        /// Most edge visits spent inside cycles; a component over its share keeps its edges.
        var cycleWork: Int = 20_000_000

        /// About 64 MiB of bitsets (some 22,000 components) and a fraction of a second of cycle work.
        static let standard = Limits()
    }

    /// For each input edge, whether it is kept.
    let kept: [Bool]
    /// Whether some cycle was too big to reduce and kept all its edges.
    let cyclesLeftWhole: Bool

    /// Reduces the graph on nodes `0..<nodeCount` with `edges`, given in priority order.
    ///
    /// Returns nil, computing nothing, when the condensation needs more than
    /// `limits.bitsetWords` words of bitsets.
    /// - Parameters:
    ///   - edges: each edge once per (from, to) pair. Between two components the first
    ///     is the representative; inside a component they are tried for removal in order.
    ///   - pinned: edges always kept (self-edges are always kept too); empty for none.
    init?(nodeCount: Int, edges: [(from: Int32, to: Int32)], pinned: [Bool] = [], limits: Limits = .standard) {
        var successors = [[Int32]](repeating: [], count: nodeCount)
        for e in edges where e.from != e.to { successors[Int(e.from)].append(e.to) }
        let scc = Cycles(successors: successors)
        let componentCount = scc.members.count
        let words = (componentCount + 63) / 64
        guard componentCount.multipliedReportingOverflow(by: words).partialValue <= limits.bitsetWords,
              componentCount <= limits.bitsetWords
        else { return nil }

        func isPinned(_ i: Int) -> Bool { i < pinned.count && pinned[i] }
        var kept = [Bool](repeating: false, count: edges.count)
        var outgoing = [[Int]](repeating: [], count: componentCount)  // edge indices leaving each component
        var inner = [[Int]](repeating: [], count: componentCount)  // edge indices inside each component
        for (i, e) in edges.enumerated() {
            if e.from == e.to {
                kept[i] = true
                continue
            }
            let a = Int(scc.component[Int(e.from)]), b = Int(scc.component[Int(e.to)])
            if a == b { inner[a].append(i) } else { outgoing[a].append(i) }
        }

        // Inside each cycle: sequential removal, bounded.
        var leftWhole = false
        var budget = limits.cycleWork
        var stamp = [Int32](repeating: 0, count: nodeCount)
        var currentStamp: Int32 = 0
        for c in 0..<componentCount where !inner[c].isEmpty {
            let list = inner[c]
            let cost = list.count * (list.count + scc.members[c].count)
            if cost > budget {
                for i in list { kept[i] = true }
                leftWhole = true
                continue
            }
            budget -= cost
            Self.reduceCycle(list, edges: edges, pinned: isPinned, kept: &kept, stamp: &stamp, currentStamp: &currentStamp)
        }

        // Between components: components are numbered so that successors come first.
        var reach = [UInt64](repeating: 0, count: componentCount * words)
        var targets: [Int: [Int]] = [:]
        for a in 0..<componentCount where !outgoing[a].isEmpty {
            targets.removeAll(keepingCapacity: true)
            for i in outgoing[a] { targets[Int(scc.component[Int(edges[i].to)]), default: []].append(i) }
            let base = a * words
            // Nearest first: a component reachable from another successor has a lower number.
            for b in targets.keys.sorted(by: >) {
                let group = targets[b]!
                let covered = reach[base + (b >> 6)] & (1 << UInt64(b & 63)) != 0
                let pinnedInGroup = group.filter(isPinned)
                if !pinnedInGroup.isEmpty {
                    for i in pinnedInGroup { kept[i] = true }
                } else if !covered {
                    kept[group.min()!] = true
                }
                guard !covered else { continue }
                reach[base + (b >> 6)] |= 1 << UInt64(b & 63)
                let other = b * words
                for w in 0..<words { reach[base + w] |= reach[other + w] }
            }
        }
        self.kept = kept
        self.cyclesLeftWhole = leftWhole
    }

    /// Drops each edge of one component, in order, whose target stays reachable from its
    /// source through the component's other kept edges.
    private static func reduceCycle(
        _ list: [Int], edges: [(from: Int32, to: Int32)], pinned: (Int) -> Bool, kept: inout [Bool],
        stamp: inout [Int32], currentStamp: inout Int32
    ) {
        var local: [Int32: [Int]] = [:]  // source node -> edge indices, in order
        for i in list {
            kept[i] = true
            local[edges[i].from, default: []].append(i)
        }
        var stack: [Int32] = []
        for i in list where !pinned(i) {
            let (source, target) = edges[i]
            kept[i] = false
            currentStamp &+= 1
            if currentStamp == 0 {  // wrapped: start the stamps afresh
                for k in stamp.indices { stamp[k] = 0 }
                currentStamp = 1
            }
            stamp[Int(source)] = currentStamp
            stack.removeAll(keepingCapacity: true)
            stack.append(source)
            var found = false
            search: while let node = stack.popLast() {
                for j in local[node] ?? [] where kept[j] {
                    let next = edges[j].to
                    if next == target { found = true; break search }
                    if stamp[Int(next)] != currentStamp {
                        stamp[Int(next)] = currentStamp
                        stack.append(next)
                    }
                }
            }
            if !found { kept[i] = true }
        }
    }
}
