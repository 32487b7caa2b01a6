import Foundation
import Synchronization

/// Renders DOT text to SVG through Graphviz, linked in-process.
///
/// Safe to use from any task: Graphviz itself is not thread-safe, so every render
/// takes one process-wide lock, and concurrent renders run one after another.
public struct SVGRenderer: Sendable {
    public var options: RenderOptions

    public init(options: RenderOptions = RenderOptions()) {
        self.options = options
    }

    /// Lays out `dot` and renders it as an SVG document.
    /// - Returns: the SVG bytes (UTF-8 XML).
    /// - Throws: `RenderError`, carrying Graphviz's own message. Graphviz prints nothing.
    public func render(dot: String) throws(RenderError) -> Data {
        try Graphviz.renderSVG(dot: dot, options: options)
    }

    /// The layout engines the installed Graphviz plugins provide, sorted by name.
    public static func availableEngines() throws(RenderError) -> [LayoutEngine] {
        try Graphviz.availableEngines().map { LayoutEngine($0) }
    }
}

/// An SVG laid out within a budget, and how.
public struct BudgetedSVG: Sendable {
    public var svg: Data
    public var plan: LayoutPlan
    public var size: GraphSize
}

extension SVGRenderer {
    /// Lays out `dot` as `budget` plans from the graph's size (`options` when they fit, else
    /// the best cheaper strategy that does) and renders it.
    /// - Throws: `RenderError.overBudget` before any layout when no engine fits.
    public func render(dot: String, budget: LayoutBudget) throws(RenderError) -> BudgetedSVG {
        var chosen: LayoutPlan?
        var measured = GraphSize(nodes: 0, edges: 0)
        let result = try Graphviz.renderSVG(dot: dot) { size throws(RenderError) -> RenderOptions in
            measured = size
            guard var plan = budget.plan(size, preferred: options.engine) else {
                throw .overBudget(size, budgetSeconds: budget.seconds)
            }
            if plan.fallback == nil { plan.options = options }
            chosen = plan
            return plan.options
        }
        return BudgetedSVG(svg: result.svg, plan: chosen!, size: measured)
    }

    /// Like `render(dot:budget:)`, on a thread of its own with a large stack, giving up after
    /// `deadline`: then it throws `RenderError.timedOut` and the layout keeps running (holding
    /// the Graphviz lock) until it ends, so a command line should write what it has and exit.
    public func render(dot: String, budget: LayoutBudget, deadline: Duration) throws(RenderError) -> BudgetedSVG {
        let outcome = Outcome()
        let renderer = self
        let thread = Thread {
            outcome.finish(Result { () throws(RenderError) -> BudgetedSVG in try renderer.render(dot: dot, budget: budget) })
        }
        // Graphviz recurses over the graph (ranking, mincross); give big graphs room.
        thread.stackSize = 256 << 20
        thread.start()
        let seconds = Double(deadline.components.seconds) + Double(deadline.components.attoseconds) / 1e18
        guard let result = outcome.wait(seconds: seconds) else { throw .timedOut(seconds: seconds) }
        return try result.get()
    }
}

/// A result handed from the layout thread to the waiting one.
private final class Outcome: Sendable {
    private let result = Mutex<Result<BudgetedSVG, RenderError>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    func finish(_ value: Result<BudgetedSVG, RenderError>) {
        result.withLock { $0 = value }
        done.signal()
    }

    /// The result, or nil when none came within `seconds`.
    func wait(seconds: Double) -> Result<BudgetedSVG, RenderError>? {
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return result.withLock { $0 }
    }
}
