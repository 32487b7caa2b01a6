import Foundation
import Testing
@testable import ModGraphRender

/// Choosing an engine that keeps a layout within its budget, and rendering within it.
@Suite struct LayoutBudgetTests {
    /// Layouts measured on the corpora and synthetic graphs (`modgraph bench --calibrate-layouts`):
    /// nodes, edges, clusters, strategy, seconds.
    static let measured: [(Int, Int, Int, LayoutBudget.Strategy, Double)] = [
        (331, 486, 47, .dot, 0.42), (494, 698, 73, .dot, 1.66), (751, 1147, 69, .dot, 6.0),
        (1036, 1588, 113, .dot, 27.3), (1036, 1588, 0, .dot, 20.5), (1036, 1588, 113, .dotCapped, 5.2),
        (751, 1147, 69, .sfdp, 2.8), (1036, 1588, 113, .sfdp, 4.6), (2008, 8931, 1, .sfdp, 23.0),
        (10008, 45010, 1, .sfdp, 170), (1008, 4357, 1, .sfdpScaled, 1.5), (2008, 8931, 1, .sfdpScaled, 3.1),
        (10008, 45010, 1, .sfdpScaled, 28.9),
    ]

    @Test func theModelsFollowTheMeasurementsAndErrOnTheSlowSide() {
        for (nodes, edges, clusters, strategy, seconds) in Self.measured {
            let estimate = LayoutBudget.estimate(strategy, GraphSize(nodes: nodes, edges: edges, clusters: clusters))
            #expect(estimate >= seconds * 0.75 && estimate <= seconds * 3, "\(strategy) \(nodes)/\(edges): \(estimate) s for \(seconds) s")
        }
        // Dense graphs that dot did not finish in 300 s are predicted to take longer than that.
        #expect(LayoutBudget.estimate(.dot, GraphSize(nodes: 1008, edges: 4357)) > 300)
        #expect(LayoutBudget.estimate(.dotCapped, GraphSize(nodes: 1008, edges: 4357)) > 300)
    }

    @Test func plansPickTheBestStrategyThatFits() {
        let budget = LayoutBudget(seconds: 10)
        #expect(budget.plan(GraphSize(nodes: 160, edges: 250, clusters: 30))?.options.engine == .dot)
        #expect(budget.plan(GraphSize(nodes: 160, edges: 250))?.fallback == nil)
        let capped = budget.plan(GraphSize(nodes: 1036, edges: 1588, clusters: 113))
        #expect(capped?.options == LayoutBudget.Strategy.dotCapped.options)
        #expect(capped?.fallback?.contains("dot with its iterations capped") == true)
        let dense = budget.plan(GraphSize(nodes: 2008, edges: 8931))
        #expect(dense?.options == LayoutBudget.Strategy.sfdpScaled.options)
        #expect(budget.plan(GraphSize(nodes: 10008, edges: 45010)) == nil)
        #expect(LayoutBudget(seconds: 300).plan(GraphSize(nodes: 10008, edges: 45010))?.options.engine == .sfdp)
        // No model for neato: laid out as asked.
        #expect(budget.plan(GraphSize(nodes: 100_000, edges: 1), preferred: .neato)?.options.engine == .neato)
    }

    @Test func secondsReadAsPeopleWriteThem() {
        #expect(LayoutBudget.seconds(0.01) == "0.01 s")
        #expect(LayoutBudget.seconds(0.5) == "0.5 s")
        #expect(LayoutBudget.seconds(1.54) == "1.5 s")
        #expect(LayoutBudget.seconds(34.4) == "34 s")
        #expect(LayoutBudget.seconds(600) == "10 min")
        #expect(LayoutBudget.about(7200) == "over an hour")
    }

    @Test func maxNodesFitsAndGrowsWithTheBudget() {
        let small = LayoutBudget(seconds: 10).maxNodes(edgesPerNode: 4.5)
        let large = LayoutBudget(seconds: 60).maxNodes(edgesPerNode: 4.5)
        #expect(small > 1_000 && small < large)
        #expect(LayoutBudget(seconds: 10).plan(GraphSize(nodes: small, edges: Int(Double(small) * 4.5))) != nil)
        #expect(LayoutBudget(seconds: 10).plan(GraphSize(nodes: small + 1, edges: Int(Double(small + 1) * 4.5))) == nil)
        #expect(LayoutBudget(seconds: 0.01).maxNodes(edgesPerNode: 1) == 0)
    }

    /// A chain with shortcuts: `n` nodes, about 3n edges, no two the same.
    static func graph(_ n: Int) -> String {
        var dot = "digraph g {\n"
        for i in 0..<n {
            for step in [1, 2, 5] where i + step < n { dot += "  n\(i) -> n\(i + step)\n" }
        }
        return dot + "}\n"
    }

    @Test func renderingWithinABudgetFallsBackOrGivesUpBeforeLayingOut() throws {
        let renderer = SVGRenderer()
        let small = try renderer.render(dot: Self.graph(20), budget: .standard)
        #expect(small.plan.options.engine == .dot && small.plan.fallback == nil)
        #expect(small.size == GraphSize(nodes: 20, edges: 52))
        // 600 nodes and 1,800 edges: over a second with dot, well under with sfdp.
        let tight = try renderer.render(dot: Self.graph(600), budget: LayoutBudget(seconds: 2))
        #expect(tight.plan.options.engine == .sfdp, "\(tight.plan)")
        #expect(String(decoding: tight.svg, as: UTF8.self).contains("<svg"))
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(throws: RenderError.overBudget(GraphSize(nodes: 3000, edges: 8992), budgetSeconds: 0.5)) {
                _ = try renderer.render(dot: Self.graph(3000), budget: LayoutBudget(seconds: 0.5))
            }
        }
        #expect(elapsed < .seconds(5), "refused after reading the graph, without a layout")
    }

    @Test func aDeadlineEndsTheWaitNotTheProcess() throws {
        let renderer = SVGRenderer()
        let ok = try renderer.render(dot: Self.graph(30), budget: .standard, deadline: .seconds(60))
        #expect(String(decoding: ok.svg, as: UTF8.self).contains("<svg"))
        // A layout of a few seconds against a deadline of a millisecond.
        #expect(throws: RenderError.timedOut(seconds: 0.001)) {
            _ = try renderer.render(dot: Self.graph(400), budget: LayoutBudget(seconds: 600), deadline: .milliseconds(1))
        }
        // The abandoned layout ends on its own; later renders wait for the lock, then work.
        let after = try renderer.render(dot: Self.graph(10), budget: .standard, deadline: .seconds(120))
        #expect(after.plan.options.engine == .dot)
    }
}
