/// Enumerates the simple paths from a set of roots to one target, shortest first.
///
/// One reverse breadth-first search gives every node's distance to the target; the paths are
/// then found by a best-first search whose estimate (length so far plus that distance) is
/// exact, so the search walks only edges that can still reach the target and never searches
/// again per path. Within one length, paths come in order of their node ids.
struct WhyPaths: Sendable {
    /// The paths found, each from a root to the target, shortest first.
    var paths: [[Int32]]
    /// Whether more paths exist than were returned (or the search budget ran out).
    var truncated: Bool
    /// The number of shortest paths (all of length `paths.first.count - 1`), capped at `Int.max`.
    var shortestCount: Int

    /// Partial paths examined before the search gives up, per path asked for.
    static let budgetPerPath = 20_000

    /// Finds at most `limit` simple paths from any of `roots` to `target`.
    ///
    /// - Parameters:
    ///   - successors: requirements of each node.
    ///   - predecessors: requirers of each node (the reverse of `successors`).
    init(
        successors: [[Int32]], predecessors: [[Int32]], roots: [Int32], target: Int32, limit: Int
    ) {
        // Distance of every node to the target, by one reverse BFS.
        let (dist, order) = BreadthFirst.search(from: [target], along: predecessors)
        shortestCount = Self.countShortest(successors: successors, dist: dist, order: order, roots: roots)

        // Best-first search over partial paths kept as a tree of (node, parent) entries; each
        // entry also keeps the least distance-to-target on its path, so a successor nearer the
        // target than every node of the path is known not to be on it without walking it.
        var tree: [Entry] = []
        var heap = PathHeap()
        for r in Set(roots).sorted() where dist[Int(r)] >= 0 {
            tree.append(Entry(node: r, parent: -1, length: 0, least: dist[Int(r)]))
            heap.push(PathHeap.Entry(estimate: dist[Int(r)], order: -Int64(tree.count - 1), entry: Int32(tree.count - 1)))
        }
        var found: [[Int32]] = []
        var budget = max(1, limit) * Self.budgetPerPath
        var truncated = false
        while let top = heap.pop() {
            let e = tree[Int(top.entry)]
            if e.node == target {
                if found.count == limit {
                    truncated = true
                    break
                }
                var path: [Int32] = []
                var i = top.entry
                while i >= 0 {
                    path.append(tree[Int(i)].node)
                    i = tree[Int(i)].parent
                }
                found.append(path.reversed())
                continue
            }
            budget -= 1
            if budget <= 0 {
                truncated = true
                break
            }
            // Successors pushed in reverse id order, popped newest first among equal
            // estimates: a depth-first walk in id order along each length.
            for s in successors[Int(e.node)].reversed() where dist[Int(s)] >= 0 {
                let d = dist[Int(s)]
                if d >= e.least, Self.onPath(s, tree, from: top.entry) { continue }
                tree.append(Entry(node: s, parent: top.entry, length: e.length + 1, least: min(d, e.least)))
                let id = Int32(tree.count - 1)
                heap.push(PathHeap.Entry(estimate: e.length + 1 + dist[Int(s)], order: Int64(id), entry: id))
            }
        }
        // Equal lengths in node-id order, so the output does not depend on the search's.
        paths = found.sorted { a, b in
            a.count != b.count ? a.count < b.count : a.lexicographicallyPrecedes(b)
        }
        self.truncated = truncated
    }

    /// A partial path: its last node, the entry it extends, its length, and the least
    /// distance-to-target of its nodes.
    struct Entry {
        var node: Int32
        var parent: Int32
        var length: Int32
        var least: Int32
    }

    /// Whether `node` is already on the partial path ending at tree entry `entry`.
    static func onPath(_ node: Int32, _ tree: [Entry], from entry: Int32) -> Bool {
        var i = entry
        while i >= 0 {
            if tree[Int(i)].node == node { return true }
            i = tree[Int(i)].parent
        }
        return false
    }

    /// The number of shortest root-to-target paths, counted over the BFS layers (saturating).
    ///
    /// - Parameter order: the nodes that reach the target, by nondecreasing distance (the
    ///   reverse search's queue), so each node's successors one step nearer come before it.
    static func countShortest(successors: [[Int32]], dist: [Int32], order: [Int32], roots: [Int32]) -> Int {
        let reachable = Set(roots).filter { dist[Int($0)] >= 0 }
        guard let best = reachable.map({ dist[Int($0)] }).min() else { return 0 }
        var ways = [Int](repeating: 0, count: dist.count)
        for v in order {
            let dv = dist[Int(v)]
            if dv == 0 { ways[Int(v)] = 1; continue }
            if dv > best { break }
            var total = 0
            for s in successors[Int(v)] where dist[Int(s)] == dv - 1 {
                let (sum, overflow) = total.addingReportingOverflow(ways[Int(s)])
                total = overflow ? Int.max : sum
            }
            ways[Int(v)] = total
        }
        var total = 0
        for r in reachable.sorted() where dist[Int(r)] == best {
            let (sum, overflow) = total.addingReportingOverflow(ways[Int(r)])
            total = overflow ? Int.max : sum
        }
        return total
    }
}

/// A binary min-heap of partial paths: lowest estimate first, then highest `order`.
struct PathHeap {
    struct Entry {
        var estimate: Int32
        var order: Int64
        var entry: Int32

        func before(_ other: Entry) -> Bool {
            estimate != other.estimate ? estimate < other.estimate : order > other.order
        }
    }

    private var items: [Entry] = []

    mutating func push(_ e: Entry) {
        items.append(e)
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            guard items[i].before(items[p]) else { break }
            items.swapAt(i, p)
            i = p
        }
    }

    mutating func pop() -> Entry? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count, items[l].before(items[m]) { m = l }
                if r < items.count, items[r].before(items[m]) { m = r }
                if m == i { break }
                items.swapAt(i, m)
                i = m
            }
        }
        return first
    }
}
