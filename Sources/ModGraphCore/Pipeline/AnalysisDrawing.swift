import Foundation

/// What `analyze` draws: the view graph.dot shows, and graph.svg as the drawing step laid it out.
struct AnalysisDrawing: Sendable {
    var dot: String
    var view: GraphView
    var svg: Data?
    /// The view graph.svg shows: fewer modules than `view` when the budget asked for it.
    var svgView: GraphView?
    /// How graph.svg was drawn when not as asked, or why there is none.
    var note: String?
}
