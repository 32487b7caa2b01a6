/// How to lay out a graph before rendering it.
public struct RenderOptions: Hashable, Sendable {
    /// The Graphviz layout engine; `dot` (layered, top to bottom) by default.
    public var engine: LayoutEngine

    /// Caps each iterative phase of a layout at about this many iterations, for very large
    /// graphs; nil leaves Graphviz's defaults.
    ///
    /// For `dot` it bounds network simplex (`nslimit`, `nslimit1`) and crossing minimization
    /// (`mclimit`); for the other engines it sets `maxiter`. Overrides those attributes if the
    /// DOT text sets them.
    public var maxIterations: Int?

    /// How long a render is expected to take at most. Not enforced yet: Graphviz offers no
    /// way to interrupt a layout in progress, so callers may use it to choose `maxIterations`
    /// or a faster engine.
    public var timeoutHint: Duration?

    /// Graph attributes set before the layout, over what the DOT text says (`overlap`, ...).
    public var graphAttributes: [String: String]

    public init(
        engine: LayoutEngine = .dot, maxIterations: Int? = nil, timeoutHint: Duration? = nil,
        graphAttributes: [String: String] = [:]
    ) {
        self.engine = engine
        self.maxIterations = maxIterations
        self.timeoutHint = timeoutHint
        self.graphAttributes = graphAttributes
    }

    /// Graph attributes that implement the options for `engine` on a graph of `nodeCount` nodes.
    func graphAttributes(forEngine engine: String, nodeCount: Int) -> [(name: String, value: String)] {
        graphAttributes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            + iterationAttributes(forEngine: engine, nodeCount: nodeCount)
    }

    private func iterationAttributes(forEngine engine: String, nodeCount: Int) -> [(name: String, value: String)] {
        guard let maxIterations else { return [] }
        let n = max(1, maxIterations)
        switch engine {
        case "dot":
            // Network simplex stops after nslimit × (node count) iterations; crossing
            // minimization runs 24 × mclimit iterations a pass.
            let simplex = Double(n) / Double(max(1, nodeCount))
            let mincross = min(1.0, Double(n) / 24)
            return [("nslimit", format(simplex)), ("nslimit1", format(simplex)), ("mclimit", format(mincross))]
        default:
            return [("maxiter", String(n))]
        }
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        return String(max(rounded, 0.0001))
    }
}

/// A Graphviz layout engine, named as Graphviz names it (`dot`, `sfdp`, ...).
///
/// Any name is accepted here; rendering with one that the installed plugins do not
/// provide throws `RenderError.unknownEngine`.
public struct LayoutEngine: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var name: String

    public init(_ name: String) { self.name = name }
    public init(stringLiteral name: String) { self.name = name }

    public var description: String { name }

    /// Layered drawing, top to bottom: the default for dependency graphs.
    public static let dot = LayoutEngine("dot")
    /// Multiscale force-directed: the fastest for large graphs.
    public static let sfdp = LayoutEngine("sfdp")
    public static let neato = LayoutEngine("neato")
    public static let fdp = LayoutEngine("fdp")
    public static let circo = LayoutEngine("circo")
    public static let twopi = LayoutEngine("twopi")
}
