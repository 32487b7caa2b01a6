/// A Mermaid `flowchart` for a Markdown report, which GitHub draws inline (issues, pull-request
/// comments, job summaries).
///
/// GitHub's Mermaid refuses a diagram over 50,000 characters or with more than 500 edges, so
/// `render` folds modules that share a path prefix (`github.com/OWNER`, `golang.org/x`, else the
/// host) into one node each, the largest group first, until the diagram fits, and says what it
/// folded. Node ids are generated (`n0`, `n1`, ...); every label is escaped with
/// `Escaping.mermaidLabel`, so no module name can end a label or add a statement.
struct MermaidDiagram: Hashable, Sendable {
    /// A look: a class of the flowchart.
    struct Style: Hashable, Sendable {
        var name: String
        var fill: String
        var stroke: String
        var color: String
        var strokeWidth: Int = 1
        var dashed: Bool = false
    }

    /// One box.
    struct Node: Hashable, Sendable {
        /// Unique among the nodes (a module's `path@version`).
        var key: String
        /// Label lines, untrusted text welcome: they are escaped when written.
        var lines: [String]
        /// The name of its `Style`.
        var style: String
        /// The fold group (a path prefix); nil for a node never folded (a main module).
        var group: String?
        /// What it stands for when folded: how many modules of each kind ("upgraded", "direct", ...).
        var counts: [String: Int]
        /// A border colour that overrides the style's (a finding's severity).
        var border: String?

        init(key: String, lines: [String], style: String, group: String?, kind: String, border: String? = nil) {
            self.key = key
            self.lines = lines
            self.style = style
            self.group = group
            self.counts = [kind: 1]
            self.border = border
        }
    }

    /// One arrow, or a line without a head.
    struct Edge: Hashable, Sendable {
        var from: String
        var to: String
        /// Dashed (the base's path to a removed module; the line to folded modules).
        var dashed: Bool = false
        /// Whether it ends in an arrow head (`-->`, `-.->`) or not (`---`, `-.-`).
        var arrow: Bool = true
        /// Its colour, overriding the diagram's `edgeColor` / `dashedEdgeColor`.
        var colour: String?
    }

    /// Nodes in order of importance: when even folding is not enough, the last are left out.
    var nodes: [Node]
    var edges: [Edge]
    var styles: [Style]
    /// The colour of solid arrows; dashed ones get `dashedEdgeColor`.
    var edgeColor: String
    var dashedEdgeColor: String

    /// GitHub's limits (Mermaid's defaults: `maxTextSize` 50,000 and `maxEdges` 500).
    struct Limits: Hashable, Sendable {
        var characters: Int
        var edges: Int

        init(characters: Int = 50_000, edges: Int = 500) {
            self.characters = characters
            self.edges = edges
        }
    }

    /// A diagram as written, and what was folded to make it fit.
    struct Rendered: Hashable, Sendable {
        /// The fenced ```` ```mermaid ```` block, ending with a newline.
        var block: String
        /// Each folded group and how many modules it holds, in folding order.
        var folded: [(group: String, modules: Int)]
        /// Modules left out entirely (after folding every group it still did not fit).
        var omitted: Int
        /// The limits it was made to fit.
        var limits: Limits = Limits()

        static func == (a: Rendered, b: Rendered) -> Bool {
            a.block == b.block && a.omitted == b.omitted
                && a.folded.map(\.group) == b.folded.map(\.group) && a.folded.map(\.modules) == b.folded.map(\.modules)
        }

        func hash(into hasher: inout Hasher) { hasher.combine(block) }

        /// A Markdown sentence saying what was folded, or nil when nothing was.
        var note: String? {
            guard !folded.isEmpty || omitted > 0 else { return nil }
            var parts: [String] = []
            if !folded.isEmpty {
                let shown = folded.prefix(12).map { "\(Escaping.markdownInlineCode($0.group + "/…")) (\($0.modules))" }
                let rest = folded.count > 12 ? ", and \(folded.count - 12) more groups" : ""
                parts.append("modules folded by path prefix: " + shown.joined(separator: ", ") + rest)
            }
            if omitted > 0 { parts.append("\(omitted) modules left out") }
            var chars = String(limits.characters)
            for i in stride(from: chars.count - 3, to: 0, by: -3) { chars.insert(",", at: chars.index(chars.startIndex, offsetBy: i)) }
            return "_To keep the diagram within \(chars) characters and \(limits.edges) edges "
                + "(GitHub draws at most 50,000 and 500): "
                + parts.joined(separator: "; ") + "._"
        }
    }

    /// The diagram within `limits`, folding and then leaving out modules as needed.
    func render(limits: Limits = Limits()) -> Rendered {
        var nodes = self.nodes
        var edges = self.edges
        var folded: [(group: String, modules: Int)] = []
        var omitted = 0
        var hostPhase = false
        while true {
            let block = write(nodes: nodes, edges: edges)
            if block.utf8.count <= limits.characters && edges.count <= limits.edges {
                return Rendered(block: block, folded: folded, omitted: omitted, limits: limits)
            }
            // The largest group of two or more nodes, by path prefix and then by host.
            var members: [String: [Int]] = [:]
            for (i, n) in nodes.enumerated() {
                guard let g = n.group else { continue }
                members[hostPhase ? ModuleGrouping.host(of: g) : g, default: []].append(i)
            }
            let largest = members.filter { $0.value.count >= 2 }
                .max { a, b in a.value.count != b.value.count ? a.value.count < b.value.count : a.key > b.key }
            if let (group, indexes) = largest {
                let count = indexes.reduce(0) { $0 + Self.moduleCount(nodes[$1]) }
                (nodes, edges) = Self.fold(indexes, into: group, nodes: nodes, edges: edges)
                folded.removeAll { $0.group.hasPrefix(group + "/") || $0.group == group }
                folded.append((group, count))
                continue
            }
            if !hostPhase {
                hostPhase = true
                continue
            }
            // Still too big: leave out the least important tenth (never the first node).
            let drop = max(1, (nodes.count - 1) / 10)
            guard nodes.count > 1 else { return Rendered(block: block, folded: folded, omitted: omitted, limits: limits) }
            let gone = Set(nodes.suffix(drop).map(\.key))
            omitted += nodes.suffix(drop).reduce(0) { $0 + Self.moduleCount($1) }
            nodes.removeLast(drop)
            edges.removeAll { gone.contains($0.from) || gone.contains($0.to) }
        }
    }

    /// How many modules a node stands for.
    static func moduleCount(_ node: Node) -> Int { node.counts.values.reduce(0, +) }

    /// Replaces the nodes at `indexes` by one node standing for all of them.
    static func fold(_ indexes: [Int], into group: String, nodes: [Node], edges: [Edge]) -> ([Node], [Edge]) {
        let key = "modgraph folded \(group)"
        var counts: [String: Int] = [:]
        var total = 0
        for i in indexes {
            for (k, n) in nodes[i].counts { counts[k, default: 0] += n }
            total += moduleCount(nodes[i])
        }
        let summary = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        var node = Node(key: key, lines: [group + "/…", "\(total) modules folded", summary], style: "folded", group: group, kind: "")
        node.counts = counts
        let gone = Set(indexes.map { nodes[$0].key })
        var out = nodes
        out[indexes[0]] = node  // the folded node takes the place of the group's first
        for i in indexes.dropFirst().reversed() { out.remove(at: i) }
        var seen = Set<String>()
        var newEdges: [Edge] = []
        for e in edges {
            let from = gone.contains(e.from) ? key : e.from
            let to = gone.contains(e.to) ? key : e.to
            guard from != to, seen.insert(from + "\u{0}" + to).inserted else { continue }
            var moved = e
            (moved.from, moved.to) = (from, to)
            newEdges.append(moved)
        }
        return (out, newEdges)
    }

    /// The fenced block for these nodes and edges.
    func write(nodes: [Node], edges: [Edge]) -> String {
        var id: [String: String] = [:]
        for (i, n) in nodes.enumerated() { id[n.key] = "n\(i)" }
        var out = "```mermaid\nflowchart LR\n"
        for n in nodes {
            let label = n.lines.map(Escaping.mermaidLabel).joined(separator: "\n")
            out += "  \(id[n.key]!)[\"\(label)\"]:::\(n.style)\n"
        }
        // Links coloured other than `edgeColor`, by colour in order of first use.
        var coloured: [(colour: String, links: [Int])] = []
        var drawn = 0
        for e in edges {
            guard let a = id[e.from], let b = id[e.to] else { continue }
            let link = e.dashed ? (e.arrow ? "-.->" : "-.-") : (e.arrow ? "-->" : "---")
            out += "  \(a) \(link) \(b)\n"
            if let colour = e.colour ?? (e.dashed ? dashedEdgeColor : nil) {
                if let i = coloured.firstIndex(where: { $0.colour == colour }) {
                    coloured[i].links.append(drawn)
                } else {
                    coloured.append((colour, [drawn]))
                }
            }
            drawn += 1
        }
        for s in styles where nodes.contains(where: { $0.style == s.name }) {
            out += "  classDef \(s.name) fill:\(s.fill),stroke:\(s.stroke),color:\(s.color),stroke-width:\(s.strokeWidth)px"
            out += s.dashed ? ",stroke-dasharray:5 3\n" : "\n"
        }
        if nodes.contains(where: { $0.style == "folded" }) {
            out += "  classDef folded fill:#ffffff,stroke:#8c959f,color:#57606a,stroke-width:1px,stroke-dasharray:5 3\n"
        }
        for n in nodes {
            if let border = n.border { out += "  style \(id[n.key]!) stroke:\(border),stroke-width:3px\n" }
        }
        if drawn > 0 { out += "  linkStyle default stroke:\(edgeColor),stroke-width:1.5px\n" }
        for (colour, links) in coloured {
            out += "  linkStyle \(links.map(String.init).joined(separator: ",")) stroke:\(colour),stroke-width:1.2px\n"
        }
        out += "```\n"
        return out
    }
}
