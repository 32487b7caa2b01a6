import Foundation

/// The last stages of every command that reports on a module: an analysis (or a diff of two)
/// in, the report set out: the graph view, its DOT text, the SVG (drawn by the caller's drawing
/// step), Markdown, JSON, SARIF and HTML.
///
/// `analyze` and `diff` write the set into a report folder; `bench` produces it the same way and
/// throws it away, so it times exactly what `analyze` does. The drawing step (DOT → SVG) is
/// passed in: Graphviz lives in ModGraphRender, which this target does not import.
///
/// The pipeline never prints: progress lines, the start of each step (for a progress bar) and
/// the end of each timed stage (for `--timings`) go to the closures it holds.
public struct ReportPipeline {
    /// A step that is about to start, for a progress bar.
    public enum Step: Sendable, Equatable {
        /// analyze: building the view, writing its DOT and laying it out.
        case graph
        /// The text reports (analyze: also the HTML page; diff: also the DOT).
        case reports
        /// diff: laying out diff.svg.
        case layout
    }

    /// The drawing step: lays `graph` out as SVG; `smaller(n)` is the same graph drawn with at
    /// most `n` modules, for a drawing step that shrinks what does not fit its budget.
    public typealias Draw = (_ graph: DrawableGraph, _ smaller: (Int) -> DrawableGraph) throws -> DrawnGraph

    /// Called when a step starts.
    var began: (Step) -> Void
    /// Called when a timed stage ends, with its name (analyze: view, draw, markdown, html).
    var finished: (String) -> Void
    /// A progress line for stderr.
    var progress: (String) -> Void

    public init(
        began: @escaping (Step) -> Void = { _ in }, finished: @escaping (String) -> Void = { _ in },
        progress: @escaping (String) -> Void = { _ in }
    ) {
        self.began = began
        self.finished = finished
        self.progress = progress
    }

    /// Build lists this long make reports that take seconds to write: progress says so.
    static let progressModules = 5_000
}
