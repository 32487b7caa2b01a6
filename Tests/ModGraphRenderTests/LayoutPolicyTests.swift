import Foundation
import Testing
@testable import ModGraphRender

/// The one layout policy analyze and diff share: drawn as planned when it fits; over budget,
/// analyze draws fewer modules and diff skips the SVG, each saying so.
@Suite struct LayoutPolicyTests {
    /// A chain of `n` modules (and the main module).
    static func chain(_ n: Int) -> LayoutPolicy.Graph {
        let edges = (0..<n).map { "\"m\($0)\" -> \"m\($0 + 1)\"" }.joined(separator: "; ")
        return LayoutPolicy.Graph(dot: "digraph { \(edges) }", nodes: n + 1, modules: n)
    }

    @Test func aGraphWithinTheBudgetIsDrawnAsAsked() throws {
        let policy = LayoutPolicy(file: "graph.svg", engine: .dot, budget: LayoutBudget(seconds: 10), overBudget: .drawFewerModules)
        var said: [LayoutPolicy.Message] = []
        let outcome = try policy.layOut(Self.chain(3), smaller: { _ in Issue.record("not asked"); return Self.chain(1) }) { said.append($0) }
        #expect(outcome.svg != nil && outcome.fewerModules == nil && outcome.note == nil)
        #expect(said.isEmpty)
    }

    @Test func overBudgetDiffSkipsTheSVG() throws {
        let policy = LayoutPolicy(file: "diff.svg", engine: .dot, budget: LayoutBudget(seconds: 0.01), overBudget: .skip)
        var said: [LayoutPolicy.Message] = []
        let outcome = try policy.layOut(Self.chain(3), smaller: { _ in Issue.record("not asked"); return Self.chain(1) }) { said.append($0) }
        #expect(outcome.svg == nil)
        #expect(said == [.warning("diff.svg skipped: 4 nodes and 3 edges cannot be laid out within 0.01 s (raise --layout-budget); diff.dot has the graph")])
    }

    @Test func overBudgetAnalyzeDrawsFewerModulesUntilNoneFits() throws {
        let policy = LayoutPolicy(file: "graph.svg", engine: .dot, budget: LayoutBudget(seconds: 0.01), overBudget: .drawFewerModules)
        var asked: [Int] = []
        var said: [LayoutPolicy.Message] = []
        // Not even one module fits 0.01 s: it draws the fewest it may (one), then gives up with
        // the over-budget error (analyze exits 2 with it).
        #expect(throws: RenderError.self) {
            try policy.layOut(Self.chain(8), smaller: { asked.append($0); return Self.chain($0) }) { said.append($0) }
        }
        #expect(asked == [1])
        #expect(said.first == .progress("graph.svg: 9 nodes are too many to lay out within 0.01 s; graph.svg draws 1 of the 8 modules of graph.dot"))
    }

    @Test func theDeadlineIsThreeTimesTheBudgetAndAtLeastThirtySeconds() {
        #expect(LayoutPolicy(file: "x.svg", engine: .dot, budget: LayoutBudget(seconds: 1), overBudget: .skip).deadlineSeconds == 30)
        #expect(LayoutPolicy(file: "x.svg", engine: .dot, budget: LayoutBudget(seconds: 20), overBudget: .skip).deadlineSeconds == 60)
    }
}
