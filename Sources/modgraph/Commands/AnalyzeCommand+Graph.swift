import Foundation
import ModGraphCore
import ModGraphRender

extension AnalyzeCommand {
    /// What `analyze` draws: the view graph.dot shows, and graph.svg laid out within the budget.
    struct Drawing {
        var dot: String
        var view: GraphView
        var svg: Data?
        /// The view graph.svg shows: fewer modules than `view` when the budget asked for it.
        var svgView: GraphView?
        /// How graph.svg was drawn when not as asked, or why there is none.
        var note: String?
    }

    /// Builds the view, writes its DOT and lays it out within `--layout-budget`.
    ///
    /// When no engine fits the budget the SVG shows fewer modules (the nearest ones) and says
    /// so on stderr; when a layout overruns anyway, the SVG is skipped at the deadline
    /// (three times the budget, at least 30 s) rather than hang.
    /// - Throws: `RenderError` when Graphviz fails (not when it is slow).
    func draw(_ analysis: Analysis) throws(RenderError) -> Drawing {
        let view = GraphViewBuilder.view(of: analysis, options: viewOptions)
        let rendered = DOTWriter().render(view)
        for note in rendered.notes { Console.progress("graph.dot: \(note)") }
        var drawing = Drawing(dot: rendered.text, view: view)
        guard !layout.noSvg else {
            drawing.note = "graph not drawn (--no-svg)"
            return drawing
        }
        let budget = LayoutBudget(seconds: layout.layoutBudget)
        let renderer = SVGRenderer(options: RenderOptions(engine: LayoutEngine(layout.engine)))
        let deadline = Duration.seconds(max(30, 3 * layout.layoutBudget))
        var current = view
        var dot = rendered.text
        let modules = { (v: GraphView) in v.nodes.filter { $0.role != .main }.count }
        while true {
            if current.nodes.count > 300 {
                Console.progress("laying out \(current.nodes.count) modules...")
            }
            do throws(RenderError) {
                let result = try renderer.render(dot: dot, budget: budget, deadline: deadline)
                if let fallback = result.plan.fallback {
                    Console.progress("graph.svg: \(fallback)")
                    drawing.note = (drawing.note.map { $0 + "; " } ?? "") + fallback
                }
                drawing.svg = result.svg
                drawing.svgView = current
                return drawing
            } catch {
                switch error {
                case .overBudget(let size, _):
                    let perNode = Double(size.edges) / Double(max(1, size.nodes))
                    let fitting = budget.maxNodes(edgesPerNode: perNode, clusters: size.clusters)
                    let shown = modules(current)
                    let smaller = min(shown / 2, max(1, fitting - 20))
                    guard smaller >= 1, smaller < shown else { throw error }
                    var options = viewOptions
                    options.maxNodes = smaller
                    current = GraphViewBuilder.view(of: analysis, options: options)
                    dot = DOTWriter().write(current)
                    let message = "\(size.nodes) nodes are too many to lay out within \(LayoutBudget.seconds(layout.layoutBudget)); "
                        + "graph.svg draws \(modules(current)) of the \(modules(view)) modules of graph.dot"
                    Console.progress("graph.svg: \(message)")
                    drawing.note = message
                case .timedOut:
                    let message = "graph.svg skipped: the layout did not finish within \(LayoutBudget.seconds(max(30, 3 * layout.layoutBudget))) "
                        + "(lower --max-nodes, or raise --layout-budget)"
                    Console.warning(message)
                    drawing.note = message
                    return drawing
                default:
                    throw error
                }
            }
        }
    }
}
