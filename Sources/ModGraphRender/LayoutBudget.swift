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

/// How long a layout may take, and the engine that keeps a graph within it.
///
/// Graphviz cannot stop a layout once started, so the choice is made before: from the graph's
/// size, with cost models measured on this project's graphs (the corpora and synthetic graphs
/// up to 10,000 modules, on a 2-core machine; `LayoutCalibrationTests` re-measures them).
/// `dot` draws the clearest dependency pictures but grows much faster than linearly; `sfdp`
/// stays nearly linear. The models err on the slow side.
public struct LayoutBudget: Hashable, Sendable {
    /// The longest a layout should take.
    public var seconds: Double

    public init(seconds: Double = 10) {
        self.seconds = seconds
    }

    /// Ten seconds.
    public static let standard = LayoutBudget()

    /// Seconds `engine` is expected to take on a graph of `size`; infinity for an engine
    /// without a model (only `dot` and `sfdp` have one).
    public static func estimate(_ engine: LayoutEngine, _ size: GraphSize) -> Double {
        let work = Double(size.nodes + size.edges)
        switch engine {
        case .dot:
            // dot: network simplex and crossing minimization grow with the square of the graph;
            // clusters add constraints.
            return dotBase + dotFactor * pow2(work) * (1 + Double(size.clusters) / 50)
        case .sfdp:
            return sfdpBase + sfdpFactor * work
        default:
            return .infinity
        }
    }

    static let dotBase = 0.05
    static let dotFactor = 1.0e-6
    static let sfdpBase = 0.1
    static let sfdpFactor = 1.0e-4

    private static func pow2(_ x: Double) -> Double { x * x }

    /// How to lay out a graph of `size`: with `preferred` when it fits the budget (or has no
    /// cost model), else with `sfdp` when that fits; nil when nothing does.
    public func plan(_ size: GraphSize, preferred: LayoutEngine = .dot) -> LayoutPlan? {
        let wanted = Self.estimate(preferred, size)
        if wanted <= seconds || wanted == .infinity {
            return LayoutPlan(options: RenderOptions(engine: preferred), estimate: wanted, fallback: nil)
        }
        let fast = Self.estimate(.sfdp, size)
        guard fast <= seconds else { return nil }
        return LayoutPlan(
            options: RenderOptions(engine: .sfdp), estimate: fast,
            fallback: "\(size.nodes) nodes would take about \(Self.seconds(wanted)) with \(preferred) "
                + "(budget \(Self.seconds(seconds))); laid out with sfdp instead")
    }

    /// The most nodes, at `edgesPerNode` edges each, that `engine` lays out within the budget.
    public func maxNodes(_ engine: LayoutEngine = .dot, edgesPerNode: Double, clusters: Int = 0) -> Int {
        var low = 1, high = 1
        func fits(_ n: Int) -> Bool {
            Self.estimate(engine, GraphSize(nodes: n, edges: Int(Double(n) * edgesPerNode), clusters: clusters)) <= seconds
        }
        guard fits(1) else { return 0 }
        while fits(high * 2), high < 1 << 30 { high *= 2 }
        low = high
        high *= 2
        while high - low > 1 {
            let mid = (low + high) / 2
            if fits(mid) { low = mid } else { high = mid }
        }
        return low
    }

    /// "12 s", "1.5 s", "3 min".
    static func seconds(_ s: Double) -> String {
        if s >= 120 { return "\(Int((s / 60).rounded())) min" }
        if s >= 10 { return "\(Int(s.rounded())) s" }
        return "\((s * 10).rounded() / 10) s"
    }
}

/// The engine and options chosen for a layout, and what the choice expects.
public struct LayoutPlan: Hashable, Sendable {
    public var options: RenderOptions
    /// Expected seconds.
    public var estimate: Double
    /// Why the engine is not the one asked for; nil when it is.
    public var fallback: String?
}
