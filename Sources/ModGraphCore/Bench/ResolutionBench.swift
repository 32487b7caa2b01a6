/// The resolution cases of `bench`: minimal version selection, stats, every check of `analyze`,
/// parse to findings without reports, and `why` for the module deepest in the selected graph.
public enum ResolutionBench {
    /// One timed case: its name, what it works on, and the work.
    public struct Case {
        public var name: String
        public var input: String
        public var run: () throws -> Void
    }

    /// The cases on parsed `inputs`, named after `name`.
    /// - Throws: `ParseError` when the inputs do not load.
    public static func cases(_ inputs: InputSet, name: String) throws(ParseError) -> [Case] {
        let context = try ModuleLoad.load(inputs)
        var cases: [Case] = []
        if let graph = context.graph {
            let edges = "\(graph.edgeCount) edges"
            cases.append(Case(name: "mvs \(name)", input: edges) { _ = MVS.buildList(graph) })
            cases.append(Case(name: "stats \(name)", input: edges) {
                _ = GraphStats(graph: graph, buildList: context.buildList,
                               selected: SelectedGraph(graph: graph, buildList: context.buildList))
            })
        }
        cases.append(Case(name: "checks \(name)", input: "\(Analyzer.checks.count) checks") {
            _ = Analyzer.checks.flatMap { $0(context) }
        })
        cases.append(Case(name: "parse+resolve+checks \(name)", input: "no reports") {
            _ = try Analyzer.analyze(inputs, name: name)
        })
        let depths = context.selected.depths()
        if let deepest = depths.indices.max(by: { depths[$0] < depths[$1] }), depths[deepest] > 0 {
            let module = context.selected.nodes[deepest].path
            cases.append(Case(name: "why \(module) (\(name))", input: "depth \(depths[deepest])") {
                _ = Why.answer(context, module: module)
            })
        }
        return cases
    }
}
