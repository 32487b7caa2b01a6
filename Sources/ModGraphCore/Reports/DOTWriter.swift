/// Writes a `GraphView` as Graphviz DOT text.
///
/// The output is deterministic (nodes and edges sorted, one line each) and every string is
/// escaped with `Escaping.dot`, so hostile module paths cannot change the graph's structure.
/// Styles are set once as defaults; nodes and edges carry only what differs from them,
/// which keeps large graphs small and quick to lay out.
public struct DOTWriter: Sendable {
    /// Whether to add the legend explaining colours and borders.
    var includeLegend: Bool
    /// Which way requirements point.
    var direction: Direction

    /// Which way the layered layout runs.
    public enum Direction: String, Hashable, Sendable, CaseIterable {
        /// Requirers above what they require.
        case topToBottom
        /// Requirers left of what they require: each rank is a column, so the long module
        /// labels stack instead of making every row very wide.
        case leftToRight
        /// Top to bottom for up to `leftToRightFrom` - 1 modules, left to right from there.
        case automatic
    }

    /// From this many modules `automatic` lays out left to right.
    static let leftToRightFrom = 40

    public init(includeLegend: Bool = true, direction: Direction = .automatic) {
        self.includeLegend = includeLegend
        self.direction = direction
    }

    /// DOT text, and what the writer could not do as asked.
    struct Output: Hashable, Sendable {
        var text: String
        /// For the user: e.g. that implied requirements were drawn because the graph is too big.
        var notes: [String]
    }

    /// The DOT text for `view`, ending with a newline.
    public func write(_ view: GraphView) -> String { render(view).text }

    /// The DOT text for `view`, with notes on anything left undone.
    func render(_ view: GraphView) -> Output {
        let nodes = view.drawnNodes
        let edges = view.drawnEdges ?? Set(view.edges).sorted()
        let notes = view.drawingNotes
        var out = ""
        out.reserveCapacity(256 + nodes.count * 120 + edges.count * 80)

        out += "digraph \(Escaping.dot(view.title)) {\n"
        for note in notes { out += "  // \(note)\n" }
        let leftToRight = direction == .leftToRight || (direction == .automatic && nodes.count >= Self.leftToRightFrom)
        out += "  graph [\(Self.graphAttributes(title: view.title, notes: view.notes, leftToRight: leftToRight))]\n"
        out += "  node [\(Self.defaultNodeAttributes)]\n"
        out += "  edge [\(Self.defaultEdgeAttributes)]\n"
        if includeLegend { out += Self.legend(notSelected: nodes.contains { !$0.isSelected }, leftToRight: leftToRight) }
        if !view.foldedGroups.isEmpty { out += Self.foldedBox(view.foldedGroups) }

        let mains = nodes.filter { $0.role == .main }
        if !mains.isEmpty {
            out += "  { rank=min; " + mains.map { Escaping.dot($0.id.text) + ";" }.joined(separator: " ") + " }\n"
        }
        let boxes = Set(view.groups.map(\.key))
        var boxed: [String: [GraphView.Node]] = [:]
        for node in nodes {
            if let key = node.group, boxes.contains(key) {
                boxed[key, default: []].append(node)
            } else {
                out += "  \(Escaping.dot(node.id.text)) [\(Self.attributes(of: node))]\n"
            }
        }
        for group in Set(view.groups).sorted(by: { $0.key < $1.key }) {
            guard let members = boxed[group.key], !members.isEmpty else { continue }
            out += "  subgraph \(Escaping.dot("cluster " + group.key)) {\n"
            out += "    graph [\(Self.clusterAttributes(group, drawn: members.count))]\n"
            for node in members {
                out += "    \(Escaping.dot(node.id.text)) [\(Self.attributes(of: node))]\n"
            }
            out += "  }\n"
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
        return Output(text: out, notes: notes)
    }

    /// A group's box: its prefix and how many of its modules were left out.
    static func clusterAttributes(_ group: GraphView.Group, drawn: Int) -> String {
        var label = group.key
        var tooltip = ["\(group.key): \(drawn) drawn"]
        if group.leftOut > 0 {
            label += "  +\(group.leftOut) not drawn"
            tooltip[0] += ", \(group.leftOut) not drawn:"
            tooltip += group.leftOutExamples.map { "  " + $0 }
            if group.leftOut > group.leftOutExamples.count {
                tooltip.append("  and \(group.leftOut - group.leftOutExamples.count) more")
            }
        }
        return "label=\(Escaping.dot(label)), tooltip=\(Escaping.dot(lines: tooltip)), style=\"rounded,dashed\", "
            + "color=\"\(Palette.groupBorder)\", fontname=\"\(labelFont)\", fontsize=10, fontcolor=\"\(Palette.groupText)\", "
            + "labeljust=l, margin=8"
    }

    /// How many groups the box of groups with nothing drawn lists by name.
    static let listedFoldedGroups = 10

    /// A note listing the groups left out entirely, most modules first.
    static func foldedBox(_ groups: [GraphView.Group]) -> String {
        let total = groups.reduce(0) { $0 + $1.leftOut }
        var lines = ["Not drawn: \(total) more in \(groups.count) group\(groups.count == 1 ? "" : "s")"]
        let width = groups.prefix(listedFoldedGroups).map(\.key.count).max() ?? 0
        for group in groups.prefix(listedFoldedGroups) {
            lines.append(group.key.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(group.leftOut)")
        }
        if groups.count > listedFoldedGroups {
            let rest = groups.dropFirst(listedFoldedGroups)
            lines.append("and \(rest.count) more groups (\(rest.reduce(0) { $0 + $1.leftOut }))")
        }
        var tooltip = ["Left out, with nothing of their group drawn:"]
        for group in groups {
            tooltip.append("\(group.key): \(group.leftOut)")
        }
        // Left-justified lines: each ends with \l, which Escaping never produces (it doubles backslashes).
        let label = lines.map { Escaping.dot($0).dropFirst().dropLast() + "\\l" }.joined()
        return "  \"folded\\ groups\" [shape=note, style=filled, fillcolor=\"\(Palette.background)\", "
            + "color=\"\(Palette.groupBorder)\", fontcolor=\"\(Palette.groupText)\", fontsize=10, "
            + "label=\"\(label)\", tooltip=\(Escaping.dot(lines: tooltip))]\n"
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
        static let groupBorder = "#afb8c1"
        static let groupText = "#57606a"
        static let unselectedFill = "#ffffff"
        static let unselectedText = "#6e7781"
    }

    /// Titles and the legend. Graphviz sizes text with built-in Arial metrics for font names
    /// starting with Helvetica or Arial (no font files needed, same result on every machine).
    static let font = "Helvetica,Arial,sans-serif"
    /// Module labels: monospace, which Graphviz sizes with Courier metrics (0.6 em a
    /// character). Every monospace font has about that advance, so labels fit their boxes
    /// whatever font the viewer has; proportional fonts vary by 15% or more.
    static let labelFont = "Courier New,Courier,monospace"

    static func graphAttributes(title: String, notes: [String], leftToRight: Bool = false) -> String {
        let label = Escaping.dot(lines: [title] + notes)
        return "rankdir=\(leftToRight ? "LR" : "TB"), bgcolor=\"\(Palette.background)\", pad=0.3, nodesep=0.25, ranksep=0.55, "
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
        var label = Self.wrapped(node.id.path)
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
        if !node.isSelected {
            attrs.append("fillcolor=\"\(Palette.unselectedFill)\", fontcolor=\"\(Palette.unselectedText)\"")
        }
        if node.isReplaced || !node.isSelected {
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

    /// Longest label line before a module path is broken at a slash.
    static let labelWidth = 36

    /// A module path as label lines: broken after a slash where it is longer than
    /// `labelWidth`, so long paths do not make very wide boxes.
    static func wrapped(_ path: String) -> [String] {
        guard path.count > labelWidth else { return [path] }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        var lines: [String] = []
        var line = ""
        for (i, part) in parts.enumerated() {
            let piece = i < parts.count - 1 ? part + "/" : String(part)
            if !line.isEmpty, line.count + piece.count > labelWidth {
                lines.append(line)
                line = ""
            }
            line += piece
        }
        lines.append(line)
        return lines
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
    static func legend(notSelected: Bool, leftToRight: Bool = false) -> String {
        var items: [(name: String, label: String, attributes: String, tooltip: String)] = [
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
        if notSelected {
            items.insert(
                ("legend\\ unselected", "not selected",
                 "style=\"rounded,filled,dashed\", fillcolor=\"\(Palette.unselectedFill)\", fontcolor=\"\(Palette.unselectedText)\"",
                 "A version named in go mod graph that minimal version selection did not choose"),
                at: 4)
        }
        var out = "  subgraph cluster_legend {\n"
        out += "    graph [label=\"Legend\", fontsize=12, style=\"rounded\", color=\"\(Palette.legendBorder)\", "
            + "margin=10, tooltip=\"Legend\"]\n"
        out += "    node [fontname=\"\(font)\", fontsize=10, height=0.3]\n"
        for item in items {
            let extra = item.attributes.isEmpty ? "" : ", \(item.attributes)"
            out += "    \"\(item.name)\" [label=\"\(item.label)\"\(extra), tooltip=\"\(item.tooltip)\"]\n"
        }
        // One row (a column left to right), kept in order by invisible edges; it sits on the
        // first rank beside the main module, where a dependency graph has room to spare.
        let names = items.map { "\"\($0.name)\"" }
        out += "    { rank=same; " + names.joined(separator: "; ") + "; }\n"
        // Left to right, a rank is a column whose order runs against the edges: reverse them
        // so the key still reads from the top.
        out += "    " + (leftToRight ? names.reversed() : names).joined(separator: " -> ") + " [style=invis]\n"
        out += "  }\n"
        return out
    }
}
