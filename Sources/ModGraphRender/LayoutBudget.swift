import Foundation

/// The size of a graph as Graphviz read it: what a layout's cost depends on.
public struct GraphSize: Hashable, Sendable {
    public var nodes: Int
    public var edges: Int
    /// Subgraphs drawn as boxes (`cluster...`).
    public var clusters: Int

    public init(nodes: Int, edges: Int, clusters: Int = 0) {
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
    }
}

/// How long a layout may take, and the engine and attributes that keep a graph within it.
///
/// Graphviz cannot stop a layout once started, so the choice is made before, from the graph's
/// size (nodes plus edges, `W`), with cost models fitted to layouts of this project's graphs:
/// the corpora (runc, containerd, buildah; default views, every selected module, every version)
/// and synthetic graphs of 1,000 to 10,000 modules, on the 2-core machine CI runs on, with other
/// builds running (so the models err on the slow side). `modgraph bench --calibrate-layouts` re-measures.
///
/// | strategy | measured (W = nodes + edges) | model (seconds) |
/// |---|---|---|
/// | dot | W 410: 0.14 s, 817: 0.42 s, 1,192: 1.7 s, 1,898: 6.0 s, 2,624: 20–27 s; dense W 5,365: > 300 s | 0.1 + 2.5e-11 · W^3.5 · density · clusters |
/// | dot, iterations capped | W 2,624: 5.2 s (4.5× faster); dense W 5,365: still > 300 s | dot / 4 when sparse |
/// | sfdp, overlaps removed (prism) | W 1,898: 2.8 s, 2,624: 4.2–7.1 s, 10,939: 23 s, 55,018: 170 s | 0.3 + 3e-4 · W^1.24 |
/// | sfdp, overlaps scaled apart | W 2,624: 1.1–1.7 s, 5,365: 1.5 s, 10,939: 2.0–3.1 s, 55,018: 29 s | 1 + 1.25e-5 · W^1.38 |
///
/// density: (edges per node / 1.5)^1.5 above 1.5 (Go module graphs after the transitive
/// reduction have 1.1 to 1.5 edges per node, the synthetic ones 4.3); clusters: 1 + clusters / 300
/// (113 boxes made dot 35% slower). So within 10 s dot draws about 900 sparse nodes, and sfdp
/// about 17,000 nodes plus edges.
public struct LayoutBudget: Hashable, Sendable {
    /// The longest a layout should take.
    public var seconds: Double

    public init(seconds: Double = 10) {
        self.seconds = seconds
    }

    /// Ten seconds.
    public static let standard = LayoutBudget()

    /// A way to lay out, from best looking to cheapest.
    public enum Strategy: String, Hashable, Sendable, CaseIterable {
        /// `dot` as the DOT text asks.
        case dot
        /// `dot` with network simplex and crossing minimization capped.
        case dotCapped
        /// `sfdp`, overlapping nodes pushed apart (what the DOT text's `overlap=false` asks).
        case sfdp
        /// `sfdp`, overlaps removed by scaling the layout up: far cheaper on big graphs.
        case sfdpScaled

        /// The options that implement the strategy.
        public var options: RenderOptions {
            switch self {
            case .dot: RenderOptions(engine: .dot)
            case .dotCapped: RenderOptions(engine: .dot, maxIterations: LayoutBudget.cappedIterations)
            case .sfdp: RenderOptions(engine: .sfdp)
            case .sfdpScaled: RenderOptions(engine: .sfdp, graphAttributes: ["overlap": "scale"])
            }
        }

        var summary: String {
            switch self {
            case .dot: "dot"
            case .dotCapped: "dot with its iterations capped"
            case .sfdp: "sfdp"
            case .sfdpScaled: "sfdp (overlaps scaled apart)"
            }
        }
    }

    /// Iterations a capped `dot` may spend in each phase.
    static let cappedIterations = 24

    /// Seconds `strategy` is expected to take on a graph of `size`.
    public static func estimate(_ strategy: Strategy, _ size: GraphSize) -> Double {
        let w = Double(size.nodes + size.edges)
        let perNode = Double(size.edges) / Double(max(1, size.nodes))
        let density = perNode > 1.5 ? pow(perNode / 1.5, 1.5) : 1
        let dot = 0.1 + 2.5e-11 * pow(w, 3.5) * density * (1 + Double(size.clusters) / 300)
        switch strategy {
        case .dot: return dot
        case .dotCapped: return perNode > 2 ? dot : 0.1 + (dot - 0.1) / 4
        case .sfdp: return 0.3 + 3e-4 * pow(w, 1.24)
        case .sfdpScaled: return 1 + 1.25e-5 * pow(w, 1.38)
        }
    }

    /// How to lay out a graph of `size`: as asked (`preferred`) when it fits the budget, or
    /// when there is no cost model for it; else the best strategy that fits; nil when none does.
    public func plan(_ size: GraphSize, preferred: LayoutEngine = .dot) -> LayoutPlan? {
        let strategies: [Strategy]
        switch preferred {
        case .dot: strategies = [.dot, .dotCapped, .sfdp, .sfdpScaled]
        case .sfdp: strategies = [.sfdp, .sfdpScaled]
        default: return LayoutPlan(options: RenderOptions(engine: preferred), estimate: .nan, fallback: nil)
        }
        let asked = Self.estimate(strategies[0], size)
        for strategy in strategies {
            let estimate = Self.estimate(strategy, size)
            guard estimate <= seconds else { continue }
            let fallback = strategy == strategies[0] ? nil
                : "\(size.nodes) nodes and \(size.edges) edges would take \(Self.about(asked)) to lay out with "
                    + "\(preferred) (budget \(Self.seconds(seconds))); laid out with \(strategy.summary) instead"
            return LayoutPlan(options: strategy.options, estimate: estimate, fallback: fallback)
        }
        return nil
    }

    /// The most nodes, at `edgesPerNode` edges each, that some strategy lays out within the budget.
    public func maxNodes(edgesPerNode: Double, clusters: Int = 0) -> Int {
        func fits(_ n: Int) -> Bool {
            let size = GraphSize(nodes: n, edges: Int(Double(n) * edgesPerNode), clusters: clusters)
            return Strategy.allCases.contains { Self.estimate($0, size) <= seconds }
        }
        guard fits(1) else { return 0 }
        var low = 1
        var high = 2
        while fits(high), high < 1 << 30 {
            low = high
            high *= 2
        }
        while high - low > 1 {
            let mid = (low + high) / 2
            if fits(mid) { low = mid } else { high = mid }
        }
        return low
    }

    /// "about 12 s", "over an hour".
    static func about(_ s: Double) -> String {
        s >= 3600 ? "over an hour" : "about " + seconds(s)
    }

    /// "0.05 s", "1.5 s", "12 s", "3 min".
    public static func seconds(_ s: Double) -> String {
        if s >= 120 { return "\(Int((s / 60).rounded())) min" }
        if s >= 10 { return "\(Int(s.rounded())) s" }
        if s < 1 { return String(format: "%.2g s", s) }
        return "\((s * 10).rounded() / 10) s"
    }
}

/// The engine and options chosen for a layout, and what the choice expects.
public struct LayoutPlan: Hashable, Sendable {
    public var options: RenderOptions
    /// Expected seconds; NaN for an engine without a cost model.
    public var estimate: Double
    /// Why the engine is not the one asked for; nil when it is.
    public var fallback: String?
}
