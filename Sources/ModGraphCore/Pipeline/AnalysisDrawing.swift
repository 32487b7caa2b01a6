import Foundation

/// What `analyze` draws: the view graph.dot shows, and graph.svg as the drawing step laid it out.
public struct AnalysisDrawing: Sendable {
    public var dot: String
    public var view: GraphView
    public var svg: Data?
    /// The view graph.svg shows: fewer modules than `view` when the budget asked for it.
    public var svgView: GraphView?
    /// How graph.svg was drawn when not as asked, or why there is none.
    public var note: String?
}
