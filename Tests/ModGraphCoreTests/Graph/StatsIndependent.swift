import Foundation

/// The selected graph rebuilt from the captured files with plain strings and Foundation,
/// sharing no code with ModGraphCore, so tests can check its numbers against it.
struct IndependentGraph {
    /// Main module paths, then selected modules as "path@version", in that order.
    var nodes: [String] = []
    /// Requirements between `nodes` (indices), deduplicated, self-loops dropped.
    var edges: [Int: Set<Int>] = [:]
    var mains: [Int] = []
    /// path -> selected version.
    var selected: [String: String] = [:]
    /// Every `go mod graph` edge as strings (toolchain pseudo-modules left out).
    var rawEdges: [(String, String)] = []

    /// The objects of a `go list -m -json` stream.
    static func listObjects(_ url: URL) throws -> [[String: Any]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        let array = "[" + text.replacingOccurrences(of: "\n}\n{", with: "\n},\n{") + "]"
        return try JSONSerialization.jsonObject(with: Data(array.utf8)) as? [[String: Any]] ?? []
    }

    init(folder: URL) throws {
        let objects = try Self.listObjects(folder.appendingPathComponent("list.json"))
        let mainPaths = objects.filter { $0["Main"] as? Bool == true }.compactMap { $0["Path"] as? String }
        for o in objects where o["Main"] as? Bool != true {
            selected[o["Path"] as! String] = o["Version"] as? String ?? ""
        }
        nodes = mainPaths + selected.keys.sorted().map { "\($0)@\(selected[$0]!)" }
        mains = Array(0..<mainPaths.count)
        var index: [String: Int] = [:]
        for (i, n) in nodes.enumerated() { index[n] = i }
        var byPath: [String: Int] = [:]
        for (i, n) in nodes.enumerated() { byPath[i < mainPaths.count ? n : String(n[..<n.lastIndex(of: "@")!])] = i }
        let text = try String(contentsOf: folder.appendingPathComponent("graph.txt"), encoding: .utf8)
        for line in text.split(separator: "\n") {
            let f = line.split(separator: " ").map(String.init)
            guard f.count == 2, !f.contains(where: { $0.hasPrefix("go@") || $0.hasPrefix("toolchain@") }) else { continue }
            rawEdges.append((f[0], f[1]))
            guard let from = index[f[0]] else { continue }
            let toPath = f[1].contains("@") ? String(f[1][..<f[1].lastIndex(of: "@")!]) : f[1]
            guard let to = byPath[toPath], to != from else { continue }
            edges[from, default: []].insert(to)
        }
    }

    func successors(_ i: Int) -> Set<Int> { edges[i] ?? [] }

    /// The module path of a node (a main module's node is its path).
    func path(_ i: Int) -> String {
        mains.contains(i) ? nodes[i] : String(nodes[i][..<nodes[i].lastIndex(of: "@")!])
    }

    /// Nodes reachable from `start` (itself included), by BFS.
    func reach(from start: Int) -> Set<Int> {
        var seen: Set<Int> = [start]
        var queue = [start]
        while let v = queue.popLast() {
            for w in successors(v) where seen.insert(w).inserted { queue.append(w) }
        }
        return seen
    }

    /// Strongly connected components by mutual reachability (quadratic, fine for corpus sizes).
    func components() -> [Set<Int>] {
        let reaches = nodes.indices.map { reach(from: $0) }
        var assigned = Set<Int>()
        var out: [Set<Int>] = []
        for v in nodes.indices where !assigned.contains(v) {
            let c = Set(reaches[v].filter { reaches[$0].contains(v) })
            assigned.formUnion(c)
            out.append(c)
        }
        return out
    }

    /// Shortest-path depth of every node from the main modules (-1 unreachable).
    func depths() -> [Int] {
        var depth = [Int](repeating: -1, count: nodes.count)
        var queue = mains
        for m in mains { depth[m] = 0 }
        var head = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            for w in successors(v).sorted() where depth[w] < 0 {
                depth[w] = depth[v] + 1
                queue.append(w)
            }
        }
        return depth
    }

    /// The longest path from a main module after condensing components, by memoized DFS.
    func longestChain() -> Int {
        let comps = components()
        var compOf = [Int](repeating: 0, count: nodes.count)
        for (c, members) in comps.enumerated() { for v in members { compOf[v] = c } }
        var memo: [Int: Int] = [:]
        func longest(_ c: Int) -> Int {
            if let m = memo[c] { return m }
            var best = 0
            for v in comps[c] {
                for w in successors(v) where compOf[w] != c { best = max(best, 1 + longest(compOf[w])) }
            }
            memo[c] = best
            return best
        }
        return mains.map { longest(compOf[$0]) }.max() ?? 0
    }
}
