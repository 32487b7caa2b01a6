import ModGraphCore
import ModGraphRender

extension LayoutPolicy {
    /// The report pipeline's drawing step: this policy, saying on stderr what it does.
    /// - Throws: `RenderError`, as `layOut` does.
    var draw: ReportPipeline.Draw {
        { graph, smaller in
            let outcome = try layOut(Graph(graph), smaller: { Graph(smaller($0)) }) { message in
                switch message {
                case .progress(let text): Console.progress(text)
                case .warning(let text): Console.warning(text)
                }
            }
            return DrawnGraph(svg: outcome.svg, fewerModules: outcome.fewerModules, note: outcome.note)
        }
    }
}

extension LayoutPolicy.Graph {
    init(_ graph: DrawableGraph) {
        self.init(dot: graph.dot, nodes: graph.nodes, modules: graph.modules)
    }
}
