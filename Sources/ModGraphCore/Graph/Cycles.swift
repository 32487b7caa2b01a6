/// The strongly connected components of a directed graph given as successor lists.
///
/// Computed once with an iterative Tarjan (no recursion, so million-edge graphs cannot
/// overflow the stack). A *cycle* here is a component of two or more nodes: a set of
/// modules that all require each other, directly or through one another. Self-edges do
/// not count (the selected graph drops them).
struct Cycles: Sendable {
    /// The component of each node; components are numbered in reverse topological order
    /// (a component's successors have lower numbers), as Tarjan's algorithm finds them.
    let component: [Int32]
    /// The nodes of each component, sorted ascending.
    let members: [[Int32]]

    /// Finds the components of the graph whose node `i` requires `successors[i]`.
    init(successors: [[Int32]]) {
        let n = successors.count
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var component = [Int32](repeating: -1, count: n)
        var stack: [Int32] = []
        var members: [[Int32]] = []
        var next: Int32 = 0
        // The DFS call stack: a node and the position of the next successor to visit.
        var frames: [(node: Int32, edge: Int)] = []
        for start in 0..<n where index[start] < 0 {
            frames.append((Int32(start), 0))
            index[start] = next
            low[start] = next
            next += 1
            stack.append(Int32(start))
            onStack[start] = true
            while let top = frames.last {
                let v = Int(top.node)
                let succ = successors[v]
                if top.edge < succ.count {
                    frames[frames.count - 1].edge += 1
                    let w = Int(succ[top.edge])
                    if index[w] < 0 {
                        index[w] = next
                        low[w] = next
                        next += 1
                        stack.append(Int32(w))
                        onStack[w] = true
                        frames.append((Int32(w), 0))
                    } else if onStack[w], index[w] < low[v] {
                        low[v] = index[w]
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last, low[v] < low[Int(parent.node)] {
                    low[Int(parent.node)] = low[v]
                }
                guard low[v] == index[v] else { continue }
                let c = Int32(members.count)
                var group: [Int32] = []
                while let w = stack.popLast() {
                    onStack[Int(w)] = false
                    component[Int(w)] = c
                    group.append(w)
                    if Int(w) == v { break }
                }
                members.append(group.sorted())
            }
        }
        self.component = component
        self.members = members
    }

    /// The components of two or more nodes, ordered by their smallest node.
    var cycles: [[Int32]] {
        members.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }

    /// A shortest cycle through `node` inside its component, from `node` back to it
    /// (first and last element equal); nil when the node is in no cycle.
    func shortestCycle(through node: Int32, successors: [[Int32]]) -> [Int32]? {
        let c = component[Int(node)]
        guard members[Int(c)].count > 1 else { return nil }
        var parent: [Int32: Int32] = [node: -1]
        var queue: [Int32] = [node]
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for w in successors[Int(v)] where component[Int(w)] == c {
                if w == node {
                    var path: [Int32] = [node]
                    var x = v
                    while x != node {
                        path.append(x)
                        x = parent[x]!
                    }
                    path.append(node)
                    return path.reversed()
                }
                if parent[w] == nil {
                    parent[w] = v
                    queue.append(w)
                }
            }
        }
        return nil
    }

    /// The longest path (in edges) from any of `roots` once each component is one node.
    ///
    /// Inside a component no step is counted; an edge between components counts one.
    /// - Returns: the length and one such chain as component-entry nodes (the roots' node
    ///   first); a chain of one node and length 0 when nothing is reachable beyond the roots.
    func longestChain(from roots: [Int32], successors: [[Int32]]) -> (length: Int, chain: [Int32]) {
        guard !roots.isEmpty else { return (0, []) }
        let count = members.count
        // Components reachable from the roots.
        var reach = [Bool](repeating: false, count: count)
        var queue: [Int32] = []
        for r in roots where !reach[Int(component[Int(r)])] {
            reach[Int(component[Int(r)])] = true
            queue.append(component[Int(r)])
        }
        var head = 0
        while head < queue.count {
            let c = Int(queue[head])
            head += 1
            for v in members[c] {
                for w in successors[Int(v)] where !reach[Int(component[Int(w)])] {
                    reach[Int(component[Int(w)])] = true
                    queue.append(component[Int(w)])
                }
            }
        }
        // Components are numbered sinks first, so ascending order visits successors first.
        var best = [Int](repeating: 0, count: count)
        var nextComponent = [Int32](repeating: -1, count: count)
        var entry = [Int32](repeating: -1, count: count)  // the node the chain enters the next component by
        for c in 0..<count where reach[c] {
            for v in members[c] {
                for w in successors[Int(v)] {
                    let d = Int(component[Int(w)])
                    guard d != c else { continue }
                    let candidate = best[d] + 1
                    if candidate > best[c] || (candidate == best[c] && w < entry[c]) {
                        best[c] = candidate
                        nextComponent[c] = Int32(d)
                        entry[c] = w
                    }
                }
            }
        }
        var start = roots[0]
        for r in roots where best[Int(component[Int(r)])] > best[Int(component[Int(start)])] { start = r }
        var chain: [Int32] = [start]
        var c = Int(component[Int(start)])
        while nextComponent[c] >= 0 {
            chain.append(entry[c])
            c = Int(nextComponent[c])
        }
        return (best[Int(component[Int(start)])], chain)
    }
}
