/// Writes a `DiffGraphView` as Graphviz DOT text.
///
/// Left to right (the picture is a tree of paths, so it grows down rather than sideways),
/// one colour per kind of change, the folded rest as one dashed box. Deterministic, and
/// every string is escaped with `Escaping.dot`.
struct DiffDOTWriter: Sendable {
    /// Whether to add the key to the colours.
    var includeLegend: Bool

    init(includeLegend: Bool = true) {
        self.includeLegend = includeLegend
    }

    /// The DOT text for `view`, ending with a newline.
    func write(_ view: DiffGraphView) -> String {
        let nodes = view.nodes.sorted { a, b in
            if (a.change == .main) != (b.change == .main) { return a.change == .main }
            return a.id < b.id
        }
        var out = "digraph \(Escaping.dot(view.title)) {\n"
        let title = Escaping.dot(view.title)
        out += "  graph [rankdir=LR, bgcolor=\"#ffffff\", pad=0.3, nodesep=0.2, ranksep=0.6, "
            + "fontname=\"\(Self.font)\", fontsize=16, fontcolor=\"\(Self.text)\", labelloc=t, "
            + "label=\(title), tooltip=\(title), outputorder=edgesfirst]\n"
        out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", color=\"#d0d7de\", "
            + "fontname=\"\(Self.labelFont)\", fontsize=11, fontcolor=\"\(Self.text)\", margin=\"0.15,0.06\", height=0.4]\n"
        out += "  edge [color=\"#0969da\", penwidth=1.4, arrowsize=0.6]\n"
        let mains = nodes.filter { $0.change == .main }
        if includeLegend || !mains.isEmpty || view.foldedModules > 0 {
            var first = mains.map { Escaping.dot($0.id.text) }
            if includeLegend { first.append(Self.legendID) }
            if !first.isEmpty { out += "  { rank=min; " + first.map { $0 + ";" }.joined(separator: " ") + " }\n" }
        }
        if includeLegend { out += Self.legend }
        // Each id is escaped once: edges reuse the nodes' quoted ids.
        var quoted: [ModuleID: String] = [:]
        func id(_ m: ModuleID) -> String {
            if let q = quoted[m] { return q }
            let q = Escaping.dot(m.text)
            quoted[m] = q
            return q
        }
        for node in nodes {
            out += "  \(id(node.id)) [\(Self.attributes(of: node))]\n"
        }
        if view.foldedModules > 0 {
            let n = view.foldedModules
            let text = "\(n) unchanged module\(n == 1 ? "" : "s") folded"
            out += "  \(Self.foldedID) [label=\"\(text)\", style=\"rounded,dashed\", color=\"#8c959f\", "
                + "fontcolor=\"#57606a\", tooltip=\"\(text): not changed and on no drawn path\"]\n"
        }
        for edge in Set(view.edges).sorted() {
            out += "  \(id(edge.from)) -> \(id(edge.to))"
            switch edge.style {
            case .normal: break
            case .highlighted: break  // the default edge style
            case .weak: out += " [style=dashed, color=\"#cf222e\", penwidth=1.2]"
            }
            out += "\n"
        }
        if view.foldedModules > 0, let main = mains.first {
            out += "  \(id(main.id)) -> \(Self.foldedID) [style=dotted, color=\"#8c959f\", arrowhead=none]\n"
        }
        out += "}\n"
        return out
    }

    // MARK: Style

    static let font = "Helvetica,Arial,sans-serif"
    /// Monospace labels: Graphviz sizes them with Courier metrics, which every monospace font matches.
    static let labelFont = "Courier New,Courier,monospace"
    static let text = "#1f2328"
    /// Ids with a lone backslash, which `Escaping.dot` never writes (it doubles every
    /// backslash), so they cannot collide with a module.
    static let foldedID = "\"modgraph\\ folded\""
    static let legendID = "\"modgraph\\ legend\""

    /// How each kind of change is drawn.
    struct Style {
        var fill: String
        var border: String
        var penwidth: String
        /// Other attributes, or empty.
        var extra: String
    }

    static func style(_ change: DiffGraphView.Change) -> Style {
        switch change {
        case .main: Style(fill: "#0969da", border: "#0550ae", penwidth: "2", extra: "fontcolor=\"#ffffff\", fontsize=13")
        case .added: Style(fill: "#dafbe1", border: "#1a7f37", penwidth: "1.6", extra: "")
        case .removed: Style(fill: "#ffebe9", border: "#cf222e", penwidth: "1.6", extra: "style=\"rounded,filled,dashed\"")
        case .upgraded: Style(fill: "#ddf4ff", border: "#0969da", penwidth: "1.6", extra: "")
        case .downgraded: Style(fill: "#fff1e5", border: "#bc4c00", penwidth: "1.6", extra: "")
        case .replaced: Style(fill: "#fbefff", border: "#8250df", penwidth: "1.6", extra: "")
        case .unchanged: Style(fill: "#ffffff", border: "#d0d7de", penwidth: "1", extra: "fontcolor=\"#57606a\"")
        }
    }

    static func attributes(of node: DiffGraphView.Node) -> String {
        let s = style(node.change)
        var (border, penwidth) = (s.border, s.penwidth)
        if let severity = node.newFinding {
            // A new finding colours the border by severity, thicker.
            border = severity == .error ? "#cf222e" : severity == .warning ? "#e16f24" : "#6e7781"
            penwidth = "3"
        }
        var attrs = ["label=\(Escaping.dot(lines: node.label))", "fillcolor=\"\(s.fill)\"", "color=\"\(border)\""]
        if penwidth != "1" { attrs.append("penwidth=\(penwidth)") }
        if !s.extra.isEmpty { attrs.append(s.extra) }
        attrs.append("tooltip=\(Escaping.dot(lines: node.tooltip))")
        return attrs.joined(separator: ", ")
    }

    /// The key: one HTML-like table of fixed text.
    static let legend: String = {
        let rows: [(String, DiffGraphView.Change)] = [
            ("added", .added), ("removed", .removed), ("upgraded", .upgraded),
            ("downgraded", .downgraded), ("replace changed", .replaced), ("unchanged, on a path", .unchanged),
        ]
        var html = "<table border=\"0\" cellborder=\"1\" cellspacing=\"2\" cellpadding=\"4\">"
        html += "<tr><td border=\"0\"><b>Legend</b></td></tr>"
        for (name, change) in rows {
            let s = style(change)
            html += "<tr><td bgcolor=\"\(s.fill)\" color=\"\(s.border)\">\(name)</td></tr>"
        }
        html += "</table>"
        return "  \(legendID) [shape=plaintext, style=\"\", fontname=\"\(font)\", fontsize=10, label=<\(html)>, "
            + "tooltip=\"Legend: blue arrows are the head's requirement paths, dashed red ones the base's path to a removed module\"]\n"
    }()
}
