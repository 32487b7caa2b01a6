import Foundation

/// How `analyze` and `diff` lay out their SVG within `--layout-budget`, and what each does
/// when the graph does not fit.
///
/// Both lay out as `LayoutBudget` plans (a cheaper strategy when the asked one would overrun,
/// said as progress) and give up at the deadline (three times the budget, at least 30 s) with a
/// warning rather than hang. They differ when no strategy fits, and the difference is kept
/// because it is what each command's users see (tests and README hold it):
/// - `.drawFewerModules` (analyze): graph.svg draws the nearest modules, fewer each time, until
///   a layout fits; graph.dot keeps the view asked for, and the report says what was left out.
/// - `.skip` (diff): diff.svg is left out with a warning; diff.dot has the whole change, and a
///   smaller picture of a change would hide exactly what changed.
public struct LayoutPolicy: Sendable {
    /// What to do when no strategy lays the graph out within the budget.
    public enum OverBudget: Sendable {
        case drawFewerModules
        case skip
    }

    /// A graph to lay out: its DOT text and its size as the command counts it.
    public struct Graph: Sendable {
        public var dot: String
        /// Every node drawn (the main module and the boxes' notes included).
        public var nodes: Int
        /// The modules drawn, the main module aside.
        public var modules: Int

        public init(dot: String, nodes: Int, modules: Int) {
            self.dot = dot
            self.nodes = nodes
            self.modules = modules
        }
    }

    /// What the layout produced.
    public struct Outcome: Sendable {
        /// The SVG; nil when it was skipped.
        public var svg: Data?
        /// The module limit of the smaller graph the SVG shows; nil when it shows the graph asked for.
        public var fewerModules: Int?
        /// How the SVG was drawn when not as asked, or why there is none.
        public var note: String?
    }

    /// A line for stderr: progress (silenced by -q) or a warning.
    public enum Message: Sendable, Equatable {
        case progress(String)
        case warning(String)
    }

    /// The file named in messages (graph.svg, diff.svg).
    public var file: String
    public var engine: LayoutEngine
    public var budget: LayoutBudget
    public var overBudget: OverBudget

    public init(file: String, engine: LayoutEngine, budget: LayoutBudget, overBudget: OverBudget) {
        self.file = file
        self.engine = engine
        self.budget = budget
        self.overBudget = overBudget
    }

    /// The DOT file beside the SVG, named in messages (graph.dot, diff.dot).
    var dotFile: String { file.hasSuffix(".svg") ? String(file.dropLast(4)) + ".dot" : file + ".dot" }

    /// Seconds after which a layout is abandoned: three times the budget, at least 30 s.
    public var deadlineSeconds: Double { max(30, 3 * budget.seconds) }

    /// Lays `graph` out within the budget.
    ///
    /// - Parameters:
    ///   - smaller: the same graph drawn with at most this many modules (`.drawFewerModules`).
    ///   - say: where progress and warnings go.
    /// - Throws: `RenderError` when Graphviz fails (not when it is slow), and, drawing fewer
    ///   modules, when not even one module fits.
    public func layOut(
        _ graph: Graph, smaller: (Int) -> Graph, say: (Message) -> Void
    ) throws(RenderError) -> Outcome {
        let renderer = SVGRenderer(options: RenderOptions(engine: engine))
        let deadline = deadlineSeconds
        var current = graph
        var outcome = Outcome()
        while true {
            // analyze says when a big layout starts; diff never did.
            if overBudget == .drawFewerModules, current.nodes > 300 {
                say(.progress("laying out \(current.nodes) modules..."))
            }
            do throws(RenderError) {
                let result = try renderer.render(dot: current.dot, budget: budget, deadline: .seconds(deadline))
                if let fallback = result.plan.fallback {
                    say(.progress("\(file): \(fallback)"))
                    outcome.note = (outcome.note.map { $0 + "; " } ?? "") + fallback
                }
                outcome.svg = result.svg
                return outcome
            } catch {
                switch (error, overBudget) {
                case (.overBudget(let size, _), .drawFewerModules):
                    let perNode = Double(size.edges) / Double(max(1, size.nodes))
                    let fitting = budget.maxNodes(edgesPerNode: perNode, clusters: size.clusters)
                    let shown = current.modules
                    let fewer = min(shown / 2, max(1, fitting - 20))
                    guard fewer >= 1, fewer < shown else { throw error }
                    current = smaller(fewer)
                    outcome.fewerModules = fewer
                    let message = "\(size.nodes) nodes are too many to lay out within \(LayoutBudget.seconds(budget.seconds)); "
                        + "\(file) draws \(current.modules) of the \(graph.modules) modules of \(dotFile)"
                    say(.progress("\(file): \(message)"))
                    outcome.note = message
                case (.overBudget(let size, _), .skip):
                    say(.warning("\(file) skipped: \(size.nodes) nodes and \(size.edges) edges cannot be laid out within "
                        + "\(LayoutBudget.seconds(budget.seconds)) (raise --layout-budget); \(dotFile) has the graph"))
                    return Outcome()
                case (.timedOut, .drawFewerModules):
                    let message = "\(file) skipped: the layout did not finish within \(LayoutBudget.seconds(deadline)) "
                        + "(lower --max-nodes, or raise --layout-budget)"
                    say(.warning(message))
                    return Outcome(svg: nil, fewerModules: nil, note: message)
                case (.timedOut, .skip):
                    say(.warning("\(file) skipped: the layout did not finish within \(Int(deadline)) s (raise --layout-budget)"))
                    return Outcome()
                default:
                    throw error
                }
            }
        }
    }
}
