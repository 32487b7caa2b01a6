/// Writes a `GraphView` as Graphviz DOT text.
///
/// The output is deterministic (nodes and edges sorted, one line each) and every string is
/// escaped with `Escaping.dot`, so hostile module paths cannot change the graph's structure.
/// Styles are set once as defaults; nodes and edges carry only what differs from them,
/// which keeps large graphs small and quick to lay out.
public struct DOTWriter: Sendable {
    /// Whether to add the legend explaining colours and borders.
    public var includeLegend: Bool
    /// Whether to leave out requirements implied by others (a transitive reduction).
    ///
    /// Since Go 1.17 a go.mod lists every module its build needs, so most modules require
    /// most of their dependencies' dependencies too, and drawn in full the graph is a flat,
    /// very wide tangle. With this on, an edge `a -> c` is dropped when `c` stays reachable
    /// from `a` through the edges that remain; what depends on what (reachability) is
    /// unchanged. Highlighted edges are always drawn.
    public var omitImpliedEdges: Bool

    public init(includeLegend: Bool = true, omitImpliedEdges: Bool = true) {
        self.includeLegend = includeLegend
        self.omitImpliedEdges = omitImpliedEdges
    }

    /// The DOT text for `view`, ending with a newline.
    public func write(_ view: GraphView) -> String {
        let nodes = Self.uniqueSorted(view.nodes + Self.missingEnds(of: view))
        var edges = Set(view.edges).sorted()
        if omitImpliedEdges { edges = Self.withoutImpliedEdges(edges) }
        var out = ""
        out.reserveCapacity(256 + nodes.count * 120 + edges.count * 80)

        out += "digraph \(Escaping.dot(view.title)) {\n"
        out += "  graph [\(Self.graphAttributes(title: view.title))]\n"
        out += "  node [\(Self.defaultNodeAttributes)]\n"
        out += "  edge [\(Self.defaultEdgeAttributes)]\n"
        if includeLegend { out += Self.legend }

        let mains = nodes.filter { $0.role == .main }
        if !mains.isEmpty {
            out += "  { rank=min; " + mains.map { Escaping.dot($0.id.text) + ";" }.joined(separator: " ") + " }\n"
        }
        for node in nodes {
            out += "  \(Escaping.dot(node.id.text)) [\(Self.attributes(of: node))]\n"
        }
        let minlen = Self.staggeredLeafLengths(edges)
        for edge in edges {
            out += "  \(Escaping.dot(edge.from.text)) -> \(Escaping.dot(edge.to.text))"
            var attrs: [String] = []
            if let style = Self.edgeAttributes[edge.style] { attrs.append(style) }
            if let length = minlen[edge], length > 1 { attrs.append("minlen=\(length)") }
            if !attrs.isEmpty { out += " [\(attrs.joined(separator: ", "))]" }
            out += "\n"
        }
        out += "}\n"
        return out
    }

    /// Plain nodes, with the standard tooltip, for edge ends that `view.nodes` lacks.
    static func missingEnds(of view: GraphView) -> [GraphView.Node] {
        let known = Set(view.nodes.map(\.id))
        var requirers: [ModuleID: [ModuleID]] = [:]
        for edge in view.edges {
            if !known.contains(edge.to) { requirers[edge.to, default: []].append(edge.from) }
            if !known.contains(edge.from), requirers[edge.from] == nil { requirers[edge.from] = [] }
        }
        return requirers.map { id, from in
            var node = GraphView.Node(id: id, role: .indirect)
            node.tooltip = node.standardTooltip(requiredBy: from)
            return node
        }
    }

    /// Nodes sorted main first, then by module; one per id (the first in that order).
    static func uniqueSorted(_ nodes: [GraphView.Node]) -> [GraphView.Node] {
        let sorted = nodes.sorted { a, b in
            if a.role.rank != b.role.rank { return a.role.rank < b.role.rank }
            if a.id != b.id { return a.id < b.id }
            return a.tooltip.lexicographicallyPrecedes(b.tooltip)
        }
        var seen = Set<ModuleID>()
        return sorted.filter { seen.insert($0.id).inserted }
    }

    /// `edges` (sorted) less those whose target stays reachable without them.
    ///
    /// Edges are considered one at a time in order, each against the edges kept so far, so
    /// every removal keeps reachability exactly, cycles included, and the result is
    /// deterministic. Parallel edges (same ends, different styles) go or stay together, and
    /// stay if any of them is highlighted.
    static func withoutImpliedEdges(_ edges: [GraphView.Edge]) -> [GraphView.Edge] {
        var index: [ModuleID: Int] = [:]
        for edge in edges {
            if index[edge.from] == nil { index[edge.from] = index.count }
            if index[edge.to] == nil { index[edge.to] = index.count }
        }
        func pair(_ edge: GraphView.Edge) -> Pair { Pair(from: index[edge.from]!, to: index[edge.to]!) }

        var successors = [[Int]](repeating: [], count: index.count)
        var pinned = Set<Pair>()
        var seenPairs = Set<Pair>()
        for edge in edges {
            let p = pair(edge)
            if seenPairs.insert(p).inserted { successors[p.from].append(p.to) }
            if edge.style == .highlighted || p.from == p.to { pinned.insert(p) }
        }

        var removed = Set<Pair>()
        var visitedStamp = [Int](repeating: 0, count: index.count)
        var stamp = 0
        var stack: [Int] = []

        /// Whether `target` is reachable from `source` through kept edges other than the direct one.
        func reachableIndirectly(_ source: Int, _ target: Int) -> Bool {
            stamp += 1
            visitedStamp[source] = stamp
            stack.removeAll(keepingCapacity: true)
            for next in successors[source] where next != target && visitedStamp[next] != stamp {
                if removed.contains(Pair(from: source, to: next)) { continue }
                visitedStamp[next] = stamp
                stack.append(next)
            }
            while let node = stack.popLast() {
                if node == target { return true }
                for next in successors[node] where visitedStamp[next] != stamp {
                    if removed.contains(Pair(from: node, to: next)) { continue }
                    visitedStamp[next] = stamp
                    stack.append(next)
                }
            }
            return false
        }

        var decided = Set<Pair>()
        for edge in edges {
            let p = pair(edge)
            guard decided.insert(p).inserted, !pinned.contains(p) else { continue }
            if reachableIndirectly(p.from, p.to) { removed.insert(p) }
        }
        return edges.filter { !removed.contains(pair($0)) }
    }

    /// At most this many leaves of one parent share a row.
    static let leavesPerRow = 8

    /// Rank lengths for edges to leaves, staggered so a module with many leaf dependencies
    /// draws them on several rows instead of one very wide one (what Graphviz's `unflatten`
    /// does). Only lengths above 1 are returned.
    static func staggeredLeafLengths(_ edges: [GraphView.Edge]) -> [GraphView.Edge: Int] {
        var hasSuccessor = Set<ModuleID>()
        for edge in edges where edge.from != edge.to && edge.style != .weak { hasSuccessor.insert(edge.from) }
        var leafEdges: [ModuleID: [GraphView.Edge]] = [:]
        for edge in edges where edge.style != .weak && !hasSuccessor.contains(edge.to) {
            leafEdges[edge.from, default: []].append(edge)
        }
        var lengths: [GraphView.Edge: Int] = [:]
        for (_, group) in leafEdges where group.count > leavesPerRow {
            let rows = min(6, (group.count + leavesPerRow - 1) / leavesPerRow)
            for (i, edge) in group.enumerated() where i % rows > 0 {  // group is in sorted order
                lengths[edge] = 1 + i % rows
            }
        }
        return lengths
    }

    struct Pair: Hashable {
        var from: Int
        var to: Int
    }

    // MARK: Style

    /// Colours chosen to read on a white canvas, which the graph sets explicitly so it
    /// stays legible when GitHub shows it on a dark page.
    enum Palette {
        static let background = "#ffffff"
        static let text = "#1f2328"
        static let mainFill = "#0969da"
        static let mainText = "#ffffff"
        static let mainBorder = "#0550ae"
        static let directFill = "#ddf4ff"
        static let directBorder = "#218bff"
        static let indirectFill = "#f6f8fa"
        static let indirectBorder = "#8c959f"
        static let replacedBorder = "#8250df"
        static let error = "#cf222e"
        static let warning = "#e16f24"
        static let note = "#6e7781"
        static let edge = "#8c959f"
        static let weakEdge = "#c8d1da"
        static let legendBorder = "#d0d7de"
    }

    /// Titles and the legend. Graphviz sizes text with built-in Arial metrics for font names
    /// starting with Helvetica or Arial (no font files needed, same result on every machine).
    static let font = "Helvetica,Arial,sans-serif"
    /// Module labels: monospace, which Graphviz sizes with Courier metrics (0.6 em a
    /// character). Every monospace font has about that advance, so labels fit their boxes
    /// whatever font the viewer has; proportional fonts vary by 15% or more.
    static let labelFont = "Courier New,Courier,monospace"

    static func graphAttributes(title: String) -> String {
        let label = Escaping.dot(title)
        return "rankdir=TB, bgcolor=\"\(Palette.background)\", pad=0.3, nodesep=0.25, ranksep=0.55, "
            + "fontname=\"\(font)\", fontsize=16, fontcolor=\"\(Palette.text)\", labelloc=t, "
            + "label=\(label), tooltip=\(label), outputorder=edgesfirst, overlap=false"
    }

    static let defaultNodeAttributes =
        "shape=box, style=\"rounded,filled\", fillcolor=\"\(Palette.indirectFill)\", "
        + "color=\"\(Palette.indirectBorder)\", fontname=\"\(labelFont)\", fontsize=11, "
        + "fontcolor=\"\(Palette.text)\", margin=\"0.15,0.06\", height=0.4"

    static let defaultEdgeAttributes = "color=\"\(Palette.edge)\", arrowsize=0.6"

    static let edgeAttributes: [GraphView.Style: String] = [
        .weak: "style=dashed, color=\"\(Palette.weakEdge)\", constraint=false",
        .highlighted: "color=\"\(Palette.error)\", penwidth=1.8",
    ]

    /// The attributes where `node` differs from the defaults.
    static func attributes(of node: GraphView.Node) -> String {
        var label = [node.id.path]
        if !node.id.version.isEmpty { label.append(node.id.version) }
        if let replacement = node.replacement { label.append("=> \(replacement)") }
        var attrs = ["label=\(Escaping.dot(lines: label))"]

        var border: String?
        var penwidth: String?
        switch node.role {
        case .main:
            attrs.append("fillcolor=\"\(Palette.mainFill)\", fontcolor=\"\(Palette.mainText)\", fontsize=13")
            border = Palette.mainBorder
            penwidth = "2"
        case .direct:
            attrs.append("fillcolor=\"\(Palette.directFill)\"")
            border = Palette.directBorder
        case .indirect:
            break
        }
        if node.isReplaced {
            attrs.append("style=\"rounded,filled,dashed\"")
            border = Palette.replacedBorder
            penwidth = "1.6"
        }
        if let severity = node.worstSeverity {
            border = Self.color(of: severity)
            penwidth = severity == .note ? "2" : "2.5"
        }
        if let border { attrs.append("color=\"\(border)\"") }
        if let penwidth { attrs.append("penwidth=\(penwidth)") }
        attrs.append("tooltip=\(Escaping.dot(lines: node.tooltip))")
        return attrs.joined(separator: ", ")
    }

    static func color(of severity: Severity) -> String {
        switch severity {
        case .error: Palette.error
        case .warning: Palette.warning
        case .note: Palette.note
        }
    }

    /// A boxed key to the styles. Its node names contain a lone backslash, which
    /// `Escaping.dot` never produces (it doubles every backslash), so they cannot collide
    /// with the graph's own nodes.
    static let legend: String = {
        let items: [(name: String, label: String, attributes: String, tooltip: String)] = [
            ("legend\\ main", "main module",
             "fillcolor=\"\(Palette.mainFill)\", fontcolor=\"\(Palette.mainText)\", color=\"\(Palette.mainBorder)\", penwidth=2",
             "The module being analyzed"),
            ("legend\\ direct", "direct",
             "fillcolor=\"\(Palette.directFill)\", color=\"\(Palette.directBorder)\"",
             "Required directly by the main module"),
            ("legend\\ indirect", "indirect", "",
             "Reached only through other modules"),
            ("legend\\ replaced", "replaced\\n=> replacement",
             "style=\"rounded,filled,dashed\", color=\"\(Palette.replacedBorder)\", penwidth=1.6",
             "Substituted by a replace directive; the label shows the replacement"),
            ("legend\\ error", "error finding",
             "color=\"\(Palette.error)\", penwidth=2.5", "Has a finding of severity error"),
            ("legend\\ warning", "warning finding",
             "color=\"\(Palette.warning)\", penwidth=2.5", "Has a finding of severity warning"),
            ("legend\\ note", "note finding",
             "color=\"\(Palette.note)\", penwidth=2", "Has a finding of severity note"),
        ]
        var out = "  subgraph cluster_legend {\n"
        out += "    graph [label=\"Legend\", fontsize=12, style=\"rounded\", color=\"\(Palette.legendBorder)\", "
            + "margin=10, tooltip=\"Legend\"]\n"
        out += "    node [fontname=\"\(font)\", fontsize=10, height=0.3]\n"
        for item in items {
            let extra = item.attributes.isEmpty ? "" : ", \(item.attributes)"
            out += "    \"\(item.name)\" [label=\"\(item.label)\"\(extra), tooltip=\"\(item.tooltip)\"]\n"
        }
        // One row, kept in order by invisible edges; it sits on the top rank beside the main
        // module, where a dependency graph has room to spare.
        let names = items.map { "\"\($0.name)\"" }
        out += "    { rank=same; " + names.joined(separator: "; ") + "; }\n"
        out += "    " + names.joined(separator: " -> ") + " [style=invis]\n"
        out += "  }\n"
        return out
    }()
}

extension GraphView.Role {
    /// Main first, then direct, then indirect.
    var rank: Int {
        switch self {
        case .main: 0
        case .direct: 1
        case .indirect: 2
        }
    }
}
