/// Minimal version selection over a `go mod graph` graph.
///
/// The build list is the highest version of each module path among the nodes reachable
/// from the main modules; the main modules' own paths are not part of it (the main
/// module is selected at no version). `go mod graph` already omits excluded versions
/// and, for pruned module graphs, lists but does not expand what the go command did not
/// load, so reachability over its output is the set the go command chose from.
enum MVS {
    /// The selected version of every module path reachable from `roots`.
    ///
    /// - Parameter roots: the main modules' nodes; defaults to the graph's bare-path nodes.
    /// - Returns: selected version by path, main module paths excluded.
    static func buildList(
        _ graph: ModuleGraph, roots: [ModuleGraph.NodeID]? = nil
    ) -> [String: String] {
        let roots = roots ?? graph.mainNodes
        let mainPaths = Set(roots.map { graph.nodes[Int($0)].path })
        var selected: [String: String] = [:]
        for n in graph.reachable(from: roots) {
            let m = graph.nodes[Int(n)]
            if mainPaths.contains(m.path) { continue }
            if let current = selected[m.path] {
                if ModuleVersion.compare(path: m.path, m.version, current) > 0 {
                    selected[m.path] = m.version
                }
            } else {
                selected[m.path] = m.version
            }
        }
        return selected
    }
}
