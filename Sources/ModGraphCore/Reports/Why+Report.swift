import Foundation

/// Renderings of a `Why` answer: text for people, JSON for tools, a graph view for DOT/SVG.
extension Why {
    /// The answer as plain text, ending with a newline.
    ///
    /// Module names are printed with control characters escaped (they are untrusted).
    public func text() -> String {
        let safe = { (text: String) in Escaping.terminal(text) }
        var out: [String] = []
        if let selected {
            out.append("\(safe(module)) \(safe(selected)) is selected")
        } else {
            out.append("\(safe(module)) is in the module graph but not in the build list")
        }
        if let requested, requested != selected {
            out.append("asked about \(safe(module))@\(safe(requested)), which is not selected: paths go through the full module graph")
        }
        if vendorKnown {
            out.append(vendored.map { "vendored: \(safe(module)) \(safe($0)) (vendor/modules.txt)" }
                ?? "not vendored: vendor/modules.txt does not list \(safe(module))")
        }
        out.append("")
        if !graphKnown {
            out.append("paths: unknown (no go mod graph): capture it with `go mod graph > graph.txt` in the module, or put a go command on PATH")
        } else if paths.isEmpty {
            out.append("no path from the main module reaches \(safe(target.text))")
        } else {
            let shown = paths.count == 1 ? "1 path" : "\(paths.count) paths"
            let shortest = shortestPathCount == 1 ? "1 path" : "\(shortestPathCount) paths"
            out.append("\(shown) from the main module, shortest first (\(shortest) of the shortest length, \(paths[0].count - 1)):")
            for p in paths { out.append("  " + p.map { safe($0.text) }.joined(separator: " → ")) }
            if pathsTruncated { out.append("  ... more paths not shown (raise --max-paths)") }
        }
        out.append("")
        if requiredBy.isEmpty {
            out.append(graphKnown
                ? "no version of \(safe(module)) is required in the module graph"
                : "no main module's go.mod requires \(safe(module)) (its requirers are in the module graph)")
        } else {
            out.append(graphKnown ? "versions in the module graph and their requirers:" : "versions the main modules' go.mod files require:")
            let width = requiredBy.map(\.version.count).max() ?? 0
            for row in requiredBy {
                let mark = row.version == selected ? " *" : "  "
                let pad = String(repeating: " ", count: width - row.version.count)
                let who = row.requirers.isEmpty ? "(no requirer)" : row.requirers.map { safe($0.text) }.joined(separator: ", ")
                out.append("  \(safe(row.version))\(pad)\(mark) \(who)")
            }
        }
        if let selected {
            out.append("")
            if forcedBy.isEmpty {
                out.append("no requirer asks for exactly \(safe(selected))")
            } else {
                out.append("\(safe(selected)) is selected because these require exactly it: "
                    + forcedBy.map { safe($0.text) }.joined(separator: ", "))
            }
        }
        for (title, list) in [("replace", replacements), ("exclude", exclusions)] where !list.isEmpty {
            out.append("")
            out.append("\(title) directives:")
            for d in list {
                let note = title == "replace" ? (d.applies ? " (in effect)" : " (not in effect for the selected version)") : ""
                out.append("  \(safe(d.file)):\(d.line): \(safe(d.text))\(note)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The module version the paths lead to.
    var target: ModuleID {
        ModuleID(path: module, version: (requested ?? selected) ?? "")
    }

    struct Document: Encodable {
        var module: String
        var selected: String?
        var requested: String?
        var pathGraph: String
        var paths: [[String]]
        var pathsTruncated: Bool
        var shortestPaths: Int
        var requiredBy: [String: [String]]
        var forcedBy: [String]
        var replace: [DirectiveRecord]
        var exclude: [DirectiveRecord]

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(module, forKey: .module)
            try c.encode(selected, forKey: .selected)  // null, not omitted, when not selected
            try c.encodeIfPresent(requested, forKey: .requested)
            try c.encode(pathGraph, forKey: .pathGraph)
            try c.encode(paths, forKey: .paths)
            try c.encode(pathsTruncated, forKey: .pathsTruncated)
            try c.encode(shortestPaths, forKey: .shortestPaths)
            try c.encode(requiredBy, forKey: .requiredBy)
            try c.encode(forcedBy, forKey: .forcedBy)
            try c.encode(replace, forKey: .replace)
            try c.encode(exclude, forKey: .exclude)
        }

        enum CodingKeys: String, CodingKey {
            case module, selected, requested, pathGraph, paths, pathsTruncated, shortestPaths
            case requiredBy, forcedBy, replace, exclude
        }
    }

    struct DirectiveRecord: Encodable {
        var directive: String
        var file: String
        var line: Int
        var inEffect: Bool?
    }

    /// The answer as pretty-printed JSON with sorted keys and a final newline.
    public func json() -> Data {
        var required: [String: [String]] = [:]
        for row in requiredBy { required[row.version] = row.requirers.map(\.text) }
        let doc = Document(
            module: module, selected: selected, requested: requested, pathGraph: pathGraph.rawValue,
            paths: paths.map { $0.map(\.text) }, pathsTruncated: pathsTruncated, shortestPaths: shortestPathCount,
            requiredBy: required, forcedBy: forcedBy.map(\.text),
            replace: replacements.map { DirectiveRecord(directive: $0.text, file: $0.file, line: $0.line, inEffect: $0.applies) },
            exclude: exclusions.map { DirectiveRecord(directive: $0.text, file: $0.file, line: $0.line, inEffect: nil) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain values cannot fail; a failure here is a programming error.
        var data = Escaping.json((try? encoder.encode(doc)) ?? Data("{}".utf8))
        data.append(0x0A)
        return data
    }

    /// The subgraph the paths cover, for DOT and SVG: edges on a shortest path highlighted.
    ///
    /// - Parameter buildList: colours nodes as direct or indirect requirements.
    public func graphView(buildList: BuildList) -> GraphView {
        var nodes: [ModuleID: GraphView.Node] = [:]
        var edges: Set<GraphView.Edge> = []
        let shortest = paths.first?.count ?? 0
        var onShortest: Set<[ModuleID]> = []
        for p in paths where p.count == shortest {
            for (a, b) in zip(p, p.dropFirst()) { onShortest.insert([a, b]) }
        }
        for p in paths {
            for id in p where nodes[id] == nil {
                let role: GraphView.Role
                if id.version.isEmpty && buildList.mainModules.contains(id.path) {
                    role = .main
                } else if let m = buildList.module(id.path), m.version == id.version {
                    role = m.indirect ? .indirect : .direct
                } else {
                    role = .indirect
                }
                let replacement = buildList.module(id.path).flatMap { m in
                    m.version == id.version ? m.replacement.map(GraphViewBuilder.replacementText) : nil
                }
                nodes[id] = GraphView.Node(id: id, role: role, replacement: replacement)
            }
            for (a, b) in zip(p, p.dropFirst()) {
                edges.insert(GraphView.Edge(from: a, to: b, style: onShortest.contains([a, b]) ? .highlighted : .normal))
            }
        }
        if nodes[target] == nil {
            nodes[target] = GraphView.Node(id: target, role: .indirect)
        }
        let title = "why \(target.path) \(target.version)" + (pathsTruncated ? " (first \(paths.count) paths)" : "")
        return GraphView(title: title, nodes: Array(nodes.values), edges: Array(edges))
    }
}
