/// Why a render failed. Messages are Graphviz's own words, captured rather than printed.
public enum RenderError: Error, Hashable, Sendable {
    /// The DOT text did not parse.
    case invalidDOT(String)
    /// The engine is not among those the installed plugins provide.
    case unknownEngine(String, available: [String])
    /// The layout engine reported an error.
    case layoutFailed(engine: String, message: String)
    /// Writing the SVG failed.
    case renderFailed(String)
    /// Graphviz or its plugins could not be loaded.
    case graphvizUnavailable(String)
    /// No engine would lay the graph out within the budget; nothing was laid out.
    case overBudget(GraphSize, budgetSeconds: Double)
    /// The layout was still running at the deadline; it is abandoned (Graphviz cannot be
    /// interrupted), and until it ends further renders wait for it.
    case timedOut(seconds: Double)
}

extension RenderError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .invalidDOT(let message):
            "invalid DOT: \(message)"
        case .unknownEngine(let engine, let available):
            "unknown layout engine \"\(engine)\"; available: \(available.joined(separator: ", "))"
        case .layoutFailed(let engine, let message):
            "\(engine) layout failed: \(message)"
        case .renderFailed(let message):
            "SVG rendering failed: \(message)"
        case .graphvizUnavailable(let message):
            message
        case .overBudget(let size, let budget):
            "\(size.nodes) nodes and \(size.edges) edges are too many to lay out within \(LayoutBudget.seconds(budget))"
        case .timedOut(let seconds):
            "the layout did not finish within \(LayoutBudget.seconds(seconds))"
        }
    }
}
