extension MermaidDiagram {
    /// The diagram of `diff.md`: `diff.svg`'s picture (every changed module with a path from
    /// the main module to it, the base's path to a removed module dashed, the rest counted in
    /// one node), in diff.svg's colours.
    static func diff(_ view: DiffGraphView) -> MermaidDiagram {
        let rank: [DiffGraphView.Change: Int] = [
            .main: 0, .added: 1, .removed: 1, .upgraded: 1, .downgraded: 1, .replaced: 2, .unchanged: 3,
        ]
        let ordered = view.nodes.sorted { a, b in
            rank[a.change]! != rank[b.change]! ? rank[a.change]! < rank[b.change]! : a.id < b.id
        }
        var nodes = ordered.map { n in
            Node(
                key: n.id.text, lines: n.label, style: n.change.rawValue,
                group: n.change == .main ? nil : ModuleGrouping.prefix(of: n.id.path), kind: n.change.rawValue,
                border: n.newFinding.map(borderColour))
        }
        var edges = view.edges.map { Edge(from: $0.from.text, to: $0.to.text, dashed: $0.style == .weak) }
        if view.foldedModules > 0 {
            let n = view.foldedModules
            let key = "modgraph unchanged"
            nodes.append(Node(
                key: key, lines: ["\(n) unchanged module\(n == 1 ? "" : "s") not drawn"], style: "rest", group: nil,
                kind: "unchanged"))
            if let main = ordered.first(where: { $0.change == .main }) {
                // As diff.svg draws it: dotted, grey, no arrow head.
                edges.append(Edge(from: main.id.text, to: key, dashed: true, arrow: false, colour: "#8c959f"))
            }
        }
        let styles = DiffGraphView.Change.allCases.map { c -> Style in
            let s = DiffDOTWriter.style(c)
            let color = c == .main ? "#ffffff" : c == .unchanged ? "#57606a" : DiffDOTWriter.text
            return Style(
                name: c.rawValue, fill: s.fill, stroke: s.border, color: color,
                strokeWidth: c == .unchanged ? 1 : 2, dashed: c == .removed)
        } + [Style(name: "rest", fill: "#ffffff", stroke: "#8c959f", color: "#57606a", dashed: true)]
        return MermaidDiagram(nodes: nodes, edges: edges, styles: styles, edgeColor: "#0969da", dashedEdgeColor: "#cf222e")
    }

    /// The diagram of `report.md`: the main module(s), the direct requirements, and every module
    /// with an error or a warning with a path from the main module to it, in graph.svg's colours.
    static func analysis(_ a: Analysis) -> MermaidDiagram {
        var worst: [String: Severity] = [:]
        var counts: [String: [Severity: Int]] = [:]
        for f in a.findings where !f.module.isEmpty {
            worst[f.module] = max(worst[f.module] ?? f.severity, f.severity)
            counts[f.module, default: [:]][f.severity, default: 0] += 1
        }
        let sel = a.selected
        let mains = Set(a.mainModules)
        let buildList = a.buildList
        func nodeOf(_ path: String) -> SelectedGraph.NodeID? { SelectedGraph.node(ofPath: path, in: buildList) }
        let flagged = a.buildList.modules.filter { (worst[$0.path] ?? .note) >= .warning }.map(\.path)
        let tree = RequirementTree(sel, preferring: Set(flagged))
        // Errors, then direct requirements, then warnings; paths bring in what lies between.
        var order: [String] = a.mainModules
        var edges: [Edge] = []
        var seenEdge = Set<String>()
        func addEdge(_ from: String, _ to: String) {
            if seenEdge.insert(from + "\u{0}" + to).inserted { edges.append(Edge(from: from, to: to)) }
        }
        var placed = Set(order)
        func place(_ path: String) {
            guard let n = nodeOf(path) else {
                if placed.insert(path).inserted { order.append(path) }
                return
            }
            let chain = tree.chain(to: n).map { sel.nodes[Int($0)].path }
            for p in chain where placed.insert(p).inserted { order.append(p) }
            if placed.insert(path).inserted { order.append(path) }
            for (x, y) in zip(chain, chain.dropFirst()) { addEdge(x, y) }
        }
        let errors = a.buildList.modules.filter { worst[$0.path] == .error }.map(\.path)
        let direct = a.buildList.modules.filter { !$0.indirect }.map(\.path)
        let warnings = a.buildList.modules.filter { worst[$0.path] == .warning }.map(\.path)
        for p in errors + direct + warnings { place(p) }
        // A direct requirement is drawn from the main module even where a shorter path exists.
        for p in direct {
            if let main = a.mainModules.first, !edges.contains(where: { $0.to == p }) { addEdge(main, p) }
        }
        let nodes = order.map { path -> Node in
            if mains.contains(path) {
                return Node(key: path, lines: [path, "main module"], style: "main", group: nil, kind: "main")
            }
            let m = buildList.module(path)
            var lines = [path]
            if let m { lines.append(m.version) }
            if let r = m?.replacement { lines.append("=> " + r.text) }
            let c = counts[path] ?? [:]
            let found = Severity.allCases.reversed().compactMap { s -> String? in
                guard let n = c[s], n > 0 else { return nil }
                return "\(n) \(s.rawValue)\(n == 1 ? "" : "s")"
            }
            if !found.isEmpty { lines.append(found.joined(separator: ", ")) }
            let role = m.map { $0.indirect ? "indirect" : "direct" } ?? "indirect"
            let kind = worst[path].map { $0 >= .warning ? "with \($0.rawValue)s" : role } ?? role
            return Node(
                key: path, lines: lines, style: role, group: ModuleGrouping.prefix(of: path), kind: kind,
                border: worst[path].flatMap { $0 >= .warning ? borderColour($0) : nil })
        }
        let styles = [
            Style(name: "main", fill: "#0969da", stroke: "#0550ae", color: "#ffffff", strokeWidth: 2),
            Style(name: "direct", fill: "#ddf4ff", stroke: "#218bff", color: "#1f2328"),
            Style(name: "indirect", fill: "#f6f8fa", stroke: "#8c959f", color: "#1f2328"),
        ]
        return MermaidDiagram(nodes: nodes, edges: edges, styles: styles, edgeColor: "#8c959f", dashedEdgeColor: "#8c959f")
    }

    /// A finding's severity as a border colour (graph.svg's and diff.svg's).
    static func borderColour(_ s: Severity) -> String {
        switch s {
        case .error: "#cf222e"
        case .warning: "#e16f24"
        case .note: "#6e7781"
        }
    }
}
