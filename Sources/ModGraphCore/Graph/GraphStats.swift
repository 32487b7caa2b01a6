/// The headline numbers of an analysis (report.json's `stats`).
///
/// Counts over the build list:
/// - selectedModules: the build list without the main modules.
/// - total: the whole build list, main modules included (what `go list -m all` prints).
/// - direct / indirect: selected modules split by go.mod's `// indirect` (list.json's Indirect).
/// - transitive: selected modules no main module requires in the selected graph, so reached
///   only through other modules (shortest-path depth 2 or more).
///
/// Over the `go mod graph` graph (`go@`/`toolchain@` pseudo-modules and their edges left out):
/// - graphNodes / graphEdges: its distinct nodes and edges.
///
/// Over the selected graph (one node per selected module, edges from each selected version's
/// own requirements, projected onto the selected versions):
/// - maxDepth: the largest shortest-path distance from a main module to a selected module
///   (modules it does not reach are not counted).
/// - longestChain: the number of edges on the longest path from a main module once every
///   cycle is condensed into one node (steps inside a cycle are not counted);
///   longestChainModules is one such chain, a module per condensed step.
/// - cycles: the module-level cycles: sets of two or more modules that all require each
///   other (strongly connected components), each counted once.
/// - topFanIn: the selected modules with the most requirers (main modules count), at most
///   five, most first, ties by path; topFanOut: the selected modules with the most
///   requirements, likewise (main modules are not ranked).
///
/// Every figure over a graph needs `go mod graph` (graph.txt): without it they are unknown,
/// nil here and `null` in report.json, never 0. The counts over the build list are always
/// known (from list.json, MVS over graph.txt, or go.mod's requirements).
struct GraphStats: Hashable, Sendable, Encodable {
    @UnknownAsNull var graphNodes: Int? = nil
    @UnknownAsNull var graphEdges: Int? = nil
    var selectedModules: Int
    var direct: Int
    var indirect: Int
    @UnknownAsNull var maxDepth: Int? = nil
    var total: Int
    @UnknownAsNull var transitive: Int? = nil
    @UnknownAsNull var longestChain: Int? = nil
    @UnknownAsNull var longestChainModules: [String]? = nil
    @UnknownAsNull var cycles: Int? = nil
    @UnknownAsNull var topFanIn: [Ranked]? = nil
    @UnknownAsNull var topFanOut: [Ranked]? = nil

    /// Whether the figures over the graph are known (graph.txt was read).
    var hasGraph: Bool { graphNodes != nil }

    /// What a figure that needs graph.txt says when there is none.
    static let unknownText = "unknown (no go mod graph)"

    /// How many modules `topFanIn` and `topFanOut` list.
    static let topCount = 5

    /// A module and a count: one row of a top list.
    struct Ranked: Hashable, Sendable, Codable {
        var module: String
        var version: String
        var count: Int
    }

    init(graph: ModuleGraph?, buildList: BuildList, selected: SelectedGraph) {
        self.init(graph: graph, buildList: buildList, selected: selected,
                  cycles: Cycles(successors: selected.successors))
    }

    /// Stats with the selected graph's components already computed.
    init(graph: ModuleGraph?, buildList: BuildList, selected: SelectedGraph, cycles components: Cycles) {
        selectedModules = buildList.modules.count
        indirect = buildList.modules.filter(\.indirect).count
        direct = selectedModules - indirect
        total = selectedModules + buildList.mainModules.count
        guard let graph else { return }
        graphNodes = graph.nodeCount
        graphEdges = graph.edgeCount
        let depths = selected.depths()
        maxDepth = depths.max().map { max($0, 0) } ?? 0
        let isMain = Set(selected.mainNodes)
        transitive = depths.indices.filter { !isMain.contains(Int32($0)) && depths[$0] >= 2 }.count
        let chain = components.longestChain(from: selected.mainNodes, successors: selected.successors)
        longestChain = chain.length
        longestChainModules = chain.length == 0 ? [] : chain.chain.map { selected.nodes[Int($0)].text }
        cycles = components.cycles.count
        topFanIn = Self.top(selected, isMain) { selected.predecessors[$0].count }
        topFanOut = Self.top(selected, isMain) { selected.successors[$0].count }
    }

    /// The `topCount` non-main nodes with the highest positive `count`, ties by path.
    static func top(_ selected: SelectedGraph, _ isMain: Set<Int32>, _ count: (Int) -> Int) -> [Ranked] {
        var rows: [(node: Int, count: Int)] = []
        for i in selected.nodes.indices where !isMain.contains(Int32(i)) {
            let c = count(i)
            if c > 0 { rows.append((i, c)) }
        }
        // Node ids follow path order, so the id breaks ties by path.
        rows.sort { $0.count != $1.count ? $0.count > $1.count : $0.node < $1.node }
        return rows.prefix(topCount).map {
            let id = selected.nodes[$0.node]
            return Ranked(module: id.path, version: id.version, count: $0.count)
        }
    }
}
