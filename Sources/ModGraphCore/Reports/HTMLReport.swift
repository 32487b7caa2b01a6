import Crypto
import Foundation

/// `report.html`: one self-contained page with the graph, the findings and the modules.
///
/// The SVG is inlined with pan and zoom; the tables sort by any column; a search box filters
/// them and marks matching modules in the graph. Nothing is loaded from anywhere: the style
/// and the script are inline, and a Content-Security-Policy allows exactly those two (by
/// hash) and nothing else, so the page cannot reach the network. Every name is escaped.
enum HTMLReport {
    /// The page for `analysis`.
    /// - Parameters:
    ///   - view: the drawn view, for its notes and which modules it shows.
    ///   - svg: the rendered graph; nil when it was not drawn.
    ///   - graphNote: why there is no graph, or how it was drawn (a fallback), if anything.
    static func render(_ analysis: Analysis, view: GraphView?, svg: Data?, graphNote: String? = nil) -> String {
        let title = analysis.mainModules.isEmpty ? analysis.name : analysis.mainModules.joined(separator: ", ")
        var out = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "style-src '\(hash(style))'; script-src '\(hash(script))'; img-src data:\">\n"
        out += "<meta name=\"generator\" content=\"modgraph\">\n"
        out += "<title>modgraph: \(Escaping.xmlText(title))</title>\n"
        out += "<style>\(style)</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>modgraph: <code>\(Escaping.xmlText(title))</code></h1>\n"
        out += "<p class=\"counts\">\(Escaping.xmlText(summaryLine(analysis)))</p>\n"
        out += "<div class=\"search\"><label for=\"mg-search\">Search modules and findings</label> "
            + "<input id=\"mg-search\" type=\"search\" placeholder=\"module path, finding id or text\" autocomplete=\"off\"> "
            + "<output id=\"mg-search-count\" for=\"mg-search\"></output></div>\n"
        out += "<nav><a href=\"#mg-graph\">Graph</a> <a href=\"#mg-findings\">Findings (\(analysis.findings.count))</a> "
            + "<a href=\"#mg-modules\">Modules (\(analysis.buildList.modules.count))</a> <a href=\"#mg-summary\">Summary</a></nav>\n"
        out += "</header>\n<main>\n"
        out += graphSection(view: view, svg: svg, note: graphNote)
        if analysis.findings.count + analysis.buildList.modules.count <= staticRows {
            out += findingsSection(analysis.findings)
            out += modulesSection(analysis, view: view)
            out += summarySection(analysis)
            out += "</main>\n<script>\(script)</script>\n</body>\n</html>\n"
            return out
        }
        let data = pagedData(analysis, view: view, limit: dataLimit)
        out += pagedSection(
            id: "findings", title: "Findings", columns: findingColumns, total: analysis.findings.count, listed: data.findings,
            empty: "No findings.", cut: "the most severe first")
        out += pagedSection(
            id: "modules", title: "Modules", columns: moduleColumns(analysis), total: analysis.buildList.modules.count,
            listed: data.modules, empty: "No modules besides the main module.", cut: "in build-list order")
        out += summarySection(analysis)
        out += "</main>\n<script type=\"application/json\" id=\"mg-data\">"
        out += String(decoding: data.json, as: UTF8.self)
        out += "</script>\n<script>\(script)</script>\n</body>\n</html>\n"
        return out
    }

    /// `'sha256-…'` of a style or script, for the Content-Security-Policy.
    static func hash(_ text: String) -> String {
        "sha256-" + Data(SHA256.hash(data: Data(text.utf8))).base64EncodedString()
    }

    static func summaryLine(_ a: Analysis) -> String {
        let s = a.stats
        let graph = s.graphNodes.map { "\($0) module versions and \(s.graphEdges ?? 0) requirements in the graph" }
            ?? "module graph \(GraphStats.unknownText)"
        return "\(s.selectedModules) modules (\(s.direct) direct, \(s.indirect) indirect), "
            + "\(graph); findings: " + MarkdownReport.countsText(a.findings)
    }

    // MARK: Sections

    static func graphSection(view: GraphView?, svg: Data?, note: String?) -> String {
        var out = "<section id=\"mg-graph\">\n<h2>Graph</h2>\n"
        if let view, !view.notes.isEmpty {
            out += "<p class=\"note\">" + view.notes.map(Escaping.xmlText).joined(separator: "<br>") + "</p>\n"
        }
        if let note { out += "<p class=\"note\">\(Escaping.xmlText(note))</p>\n" }
        if let svg {
            out += "<div class=\"toolbar\" role=\"toolbar\" aria-label=\"Graph zoom\">"
                + "<button type=\"button\" data-zoom=\"in\" title=\"Zoom in (+)\">+</button>"
                + "<button type=\"button\" data-zoom=\"out\" title=\"Zoom out (-)\">\u{2212}</button>"
                + "<button type=\"button\" data-zoom=\"fit\" title=\"Fit the whole graph (0)\">Fit</button>"
                + "<span class=\"hint\">Drag to pan, wheel or +/\u{2212} to zoom; hover a module for its versions, requirers and findings; "
                + "click a module in the tables to find it here.</span></div>\n"
            out += "<div id=\"mg-viewport\" class=\"viewport\" tabindex=\"0\" aria-label=\"Module graph\">\n"
            out += inlineSVG(svg)
            out += "\n</div>\n"
        } else {
            out += "<p class=\"note\">No graph drawn.</p>\n"
        }
        return out + "</section>\n"
    }

    static func findingsSection(_ findings: [Finding]) -> String {
        var out = "<section id=\"mg-findings\">\n<h2>Findings</h2>\n"
        guard !findings.isEmpty else { return out + "<p>No findings.</p>\n</section>\n" }
        out += "<table class=\"sortable\" id=\"mg-findings-table\">\n<thead><tr>"
        for (name, kind) in findingColumns {
            out += "<th scope=\"col\" data-type=\"\(kind)\" aria-sort=\"none\"><button type=\"button\">\(name)</button></th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for f in findings {
            let rank = f.severity == .error ? 0 : f.severity == .warning ? 1 : 2
            let location = f.location.map { l in l.line.map { "\(l.file):\($0)" } ?? l.file } ?? ""
            var message = Escaping.xmlText(f.message)
            if let hint = f.hint { message += "<div class=\"hint\">\(Escaping.xmlText(hint))</div>" }
            out += "<tr>"
            out += "<td data-sort=\"\(rank)\"><span class=\"sev sev-\(f.severity.rawValue)\">\(f.severity.rawValue)</span></td>"
            out += "<td><code>\(Escaping.xmlText(f.id))</code></td>"
            out += "<td>\(moduleCell(f.module, node: nil))</td>"
            out += "<td>\(message)</td>"
            out += "<td>\(location.isEmpty ? "" : "<code>\(Escaping.xmlText(location))</code>")</td>"
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    static func modulesSection(_ a: Analysis, view: GraphView?) -> String {
        var out = "<section id=\"mg-modules\">\n<h2>Modules</h2>\n"
        guard !a.buildList.modules.isEmpty else { return out + "<p>No modules besides the main module.</p>\n</section>\n" }
        let depths = a.selected.depths()
        var nodeIndex: [String: Int] = [:]
        for (i, id) in a.selected.nodes.enumerated() where nodeIndex[id.path] == nil { nodeIndex[id.path] = i }
        var findings: [String: [Finding]] = [:]
        for f in a.findings where !f.module.isEmpty { findings[f.module, default: []].append(f) }
        let drawn = Set(view?.nodes.map(\.id) ?? [])
        out += "<table class=\"sortable\" id=\"mg-modules-table\">\n<thead><tr>"
        for (name, kind) in moduleColumns(a) {
            out += "<th scope=\"col\" data-type=\"\(kind)\" aria-sort=\"none\"><button type=\"button\">\(name)</button></th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for m in a.buildList.modules {
            let i = nodeIndex[m.path]
            let depth = i.map { depths[$0] } ?? -1
            let own = findings[m.path] ?? []
            let worst = own.map(\.severity).max()
            out += "<tr>"
            out += "<td>\(moduleCell(m.path, node: drawn.contains(m.id) ? m.id.text : nil))</td>"
            out += "<td><code>\(Escaping.xmlText(m.version))</code></td>"
            out += "<td>\(m.indirect ? "indirect" : "direct")</td>"
            out += "<td data-sort=\"\(depth < 0 ? 1_000_000 : depth)\">\(depth < 0 ? "–" : String(depth))</td>"
            out += "<td>\(i.map { a.selected.predecessors[$0].count } ?? 0)</td>"
            out += "<td>\(i.map { a.selected.successors[$0].count } ?? 0)</td>"
            let severityRank = worst == .error ? 3 : worst == .warning ? 2 : worst == .note ? 1 : 0
            out += "<td data-sort=\"\(severityRank * 100_000 + own.count)\">"
            if let worst { out += "<span class=\"sev sev-\(worst.rawValue)\">\(own.count)</span>" } else { out += "0" }
            out += "</td>"
            out += "<td>\(m.replacement.map { "<code>\(Escaping.xmlText($0.text))</code>" } ?? "")</td>"
            if let workspace = a.workspace {
                // The workspace modules whose go.mod requires it (report.json's requiredBy).
                let by = workspace.requiredBy[m.path] ?? []
                out += "<td>" + by.map { "<code>\(Escaping.xmlText($0))</code>" }.joined(separator: ", ") + "</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    static let findingColumns = [("Severity", "num"), ("Id", "text"), ("Module", "text"), ("Message", "text"), ("Where", "text")]
    static let moduleColumns = [("Module", "text"), ("Version", "text"), ("Requirement", "text"), ("Depth", "num"),
                                ("Required by", "num"), ("Requires", "num"), ("Findings", "num"), ("Replaced by", "text")]

    /// The modules table's columns: in a workspace, one more saying which workspace modules'
    /// go.mod files require each module.
    static func moduleColumns(_ a: Analysis) -> [(String, String)] {
        a.workspace == nil ? moduleColumns : moduleColumns + [(workspaceColumn, "text")]
    }

    static let workspaceColumn = "Required by (workspace modules)"

    /// A table the page builds from the embedded data, a page of rows at a time, with a pager;
    /// says plainly when the data lists fewer rows than there are.
    static func pagedSection(
        id: String, title: String, columns: [(String, String)], total: Int, listed: Int, empty: String, cut: String
    ) -> String {
        var out = "<section id=\"mg-\(id)\">\n<h2>\(title)</h2>\n"
        guard total > 0 else { return out + "<p>\(empty)</p>\n</section>\n" }
        if listed < total {
            out += "<p class=\"note cut\"><strong>Cut:</strong> this page lists \(listed) of the \(total) \(title.lowercased()) "
                + "(\(cut)) to stay a few MB; every one is in report.json.</p>\n"
        }
        out += "<table class=\"paged\" id=\"mg-\(id)-table\" data-source=\"\(id)\">\n<thead><tr>"
        for (name, kind) in columns {
            out += "<th scope=\"col\" data-type=\"\(kind)\" aria-sort=\"none\"><button type=\"button\">\(name)</button></th>"
        }
        out += "</tr></thead>\n<tbody></tbody>\n</table>\n"
        out += "<div class=\"pager\" data-for=\"mg-\(id)-table\"><button type=\"button\" data-page=\"prev\">Previous</button> "
            + "<output></output> <button type=\"button\" data-page=\"next\">Next</button></div>\n"
        return out + "</section>\n"
    }

    static func summarySection(_ a: Analysis) -> String {
        let s = a.stats
        var rows: [(String, String)] = [
            ("Selected modules", "\(s.selectedModules) (\(s.direct) direct, \(s.indirect) indirect)"),
            ("Module graph", MarkdownReport.known(s.graphNodes) { "\($0) module versions, \(s.graphEdges ?? 0) requirements" }),
            ("Max depth", MarkdownReport.known(s.maxDepth) { "\($0)" }),
            ("Transitive only", MarkdownReport.known(s.transitive) { "\($0) of \(s.total) modules in the build list" }),
            ("Longest chain", MarkdownReport.known(s.longestChain) { length in
                let chain = s.longestChainModules ?? []
                return "\(length)" + (chain.isEmpty ? "" : ": " + chain.joined(separator: " → "))
            }),
            ("Cycles", MarkdownReport.known(s.cycles) { "\($0)" }),
            ("Top fan-in", MarkdownReport.known(s.topFanIn) { $0.map { "\($0.module) (\($0.count))" }.joined(separator: ", ") }),
            ("Top fan-out", MarkdownReport.known(s.topFanOut) { $0.map { "\($0.module) (\($0.count))" }.joined(separator: ", ") }),
        ]
        switch (a.vendor.present, a.vendor.consistent) {
        case (false, _): rows.append(("Vendor", "no vendor directory"))
        case (true, true?): rows.append(("Vendor", "consistent with go.mod"))
        case (true, false?): rows.append(("Vendor", "inconsistent with go.mod"))
        case (true, nil): rows.append(("Vendor", "present, not checked"))
        }
        for input in a.inputs {
            let how: String
            switch input.origin {
            case .file: how = input.name
            case .stdin: how = "standard input"
            case .goCommand: how = "ran \(input.name)"
            case .missing: how = "not available"
            }
            rows.append(("Input: \(input.role)", how))
        }
        var out = "<section id=\"mg-summary\">\n<h2>Summary</h2>\n<table class=\"summary\">\n<tbody>\n"
        for (name, value) in rows {
            out += "<tr><th scope=\"row\">\(Escaping.xmlText(name))</th><td>\(Escaping.xmlText(value.isEmpty ? "none" : value))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    /// A module path as code; when the graph draws it, a button that finds it there.
    static func moduleCell(_ path: String, node: String?) -> String {
        guard !path.isEmpty else { return "" }
        let code = "<code>\(Escaping.xmlText(path))</code>"
        guard let node else { return code }
        return "<button type=\"button\" class=\"find\" data-node=\"\(Escaping.xmlAttribute(node))\" "
            + "title=\"Show in the graph\">\(code)</button>"
    }

    /// Graphviz's SVG without its XML declaration, doctype and comments, ready to inline.
    ///
    /// Graphviz escapes `<` in every text and attribute, so a `<!--` in its output can only
    /// start a comment.
    static func inlineSVG(_ data: Data) -> String {
        // One pass over the bytes: Graphviz writes a comment per node and edge.
        let bytes = [UInt8](data)
        let open = Array("<!--".utf8), close = Array("-->".utf8), svg = Array("<svg".utf8)
        func matches(_ pattern: [UInt8], at i: Int) -> Bool {
            i + pattern.count <= bytes.count && bytes[i..<(i + pattern.count)].elementsEqual(pattern)
        }
        var i = 0
        while i < bytes.count, !matches(svg, at: i) {
            if matches(open, at: i) {
                i += open.count
                while i < bytes.count, !matches(close, at: i) { i += 1 }
                i += close.count
            } else {
                i += 1
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - min(i, bytes.count))
        while i < bytes.count {
            if matches(open, at: i) {
                i += open.count
                while i < bytes.count, !matches(close, at: i) { i += 1 }
                i += close.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
