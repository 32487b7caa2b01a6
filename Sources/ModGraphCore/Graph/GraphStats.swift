/// The headline numbers of an analysis (report.json's `stats`).
///
/// - graphNodes / graphEdges: distinct nodes and edges of `go mod graph`, without the
///   `go@`/`toolchain@` pseudo-modules and their edges.
/// - selectedModules: the build list without the main modules.
/// - direct / indirect: selected modules split by go.mod's `// indirect` (list.json's Indirect).
/// - maxDepth: the largest shortest-path distance from a main module to a selected module
///   in the selected graph (modules it does not reach are not counted).
public struct GraphStats: Hashable, Sendable, Codable {
    public var graphNodes: Int
    public var graphEdges: Int
    public var selectedModules: Int
    public var direct: Int
    public var indirect: Int
    public var maxDepth: Int

    public init(graph: ModuleGraph?, buildList: BuildList, selected: SelectedGraph) {
        graphNodes = graph?.nodeCount ?? 0
        graphEdges = graph?.edgeCount ?? 0
        selectedModules = buildList.modules.count
        indirect = buildList.modules.filter(\.indirect).count
        direct = selectedModules - indirect
        maxDepth = selected.depths().max().map { max($0, 0) } ?? 0
    }
}
