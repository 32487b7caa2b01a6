/// `diff.md`: the diff of two analyses as a pull-request comment.
///
/// A stats table with deltas, new findings, then added, removed, upgraded and downgraded
/// modules and changed replace directives; long tables are collapsed. The whole text stays
/// within a character budget (GitHub rejects comments over 65,536 characters): untrusted
/// text is clipped per cell, and when the tables are still too long each is cut to the same
/// number of rows, with a note pointing to `diff.json` for the rest.
public enum DiffMarkdownReport {
    /// GitHub's limit on the body of a comment.
    static let githubCommentLimit = 65_536
    /// The default budget: GitHub's limit less room for text a CI step adds around it.
    public static let defaultLimit = 60_000
    /// A hidden first line, so a CI step can find and update its earlier comment.
    static let marker = "<!-- modgraph-diff -->"
    /// Tables with more rows than this are collapsed.
    static let openRows = 10
    /// Characters of one untrusted string shown before it is clipped.
    static let maxText = 160
    /// Requirement chains longer than this show their ends only.
    static let maxChain = 6
    /// Rows per table tried in turn until the text fits the budget (nil: all).
    static let rowCaps: [Int?] = [nil, 1000, 500, 200, 100, 50, 20, 10, 5, 0]

    /// Renders the diff.
    /// - Parameters:
    ///   - limit: the most UTF-8 bytes the result may have (bytes bound characters).
    ///   - mermaid: whether to draw the change as a Mermaid flowchart (GitHub shows it inline);
    ///     it gets at most two fifths of `limit`.
    static func render(_ diff: AnalysisDiff, limit: Int = defaultLimit, mermaid: Bool = true) -> String {
        var head = header(diff)
        if mermaid { head += diagram(diff, budget: min(50_000, limit * 2 / 5)) }
        let sections = sections(diff)
        var text = ""
        for (i, cap) in rowCaps.enumerated() {
            let truncated = sections.contains { s in cap.map { s.rows.count > $0 } ?? false }
            var out = head
            if truncated {
                out.append(
                    "_Long tables are cut to \(cap ?? 0) rows to fit a comment; `diff.json` lists every change._")
                out.append("")
            }
            for s in sections { out.append(contentsOf: s.render(cap: cap)) }
            text = out.joined(separator: "\n") + "\n"
            if text.utf8.count <= limit || i == rowCaps.count - 1 { break }
        }
        return text
    }

    // MARK: Parts

    static func header(_ diff: AnalysisDiff) -> [String] {
        let base = diff.base.analysis
        let head = diff.head.analysis
        let mains = head.mainModules.isEmpty ? base.mainModules : head.mainModules
        let title = mains.isEmpty ? text(clip(diff.head.label)) : mains.prefix(3).map { code(clip($0)) }.joined(separator: ", ")
        var out = [
            marker,
            "## modgraph diff: \(title)",
            "",
            "Base \(code(clip(diff.base.label))) → head \(code(clip(diff.head.label)))",
            "",
            "**\(headline(diff))**",
            "",
        ]
        if diff.mainModulesDiffer {
            let b = base.mainModules.prefix(3).map { code(clip($0)) }.joined(separator: ", ")
            let h = head.mainModules.prefix(3).map { code(clip($0)) }.joined(separator: ", ")
            out.append("> **Note:** the base's main module is \(b.isEmpty ? "unknown" : b) and the head's is "
                + "\(h.isEmpty ? "unknown" : h): these may not be two revisions of one module.")
            out.append("")
        }
        func how(_ source: BuildList.Source) -> String {
            source == .mvs
                ? "recomputed by minimal version selection over `go mod graph` (no list.json)"
                : "taken from go.mod's requirements only (no graph.txt or list.json): modules go.mod does not list are not compared"
        }
        if base.buildList.source == head.buildList.source, head.buildList.source != .list {
            out.append("> Both build lists were \(how(head.buildList.source)).")
            out.append("")
        } else {
            for (name, side) in [("base", base), ("head", head)] where side.buildList.source != .list {
                out.append("> The \(name)'s build list was \(how(side.buildList.source)).")
                out.append("")
            }
        }
        out.append(contentsOf: statsTable(diff))
        out.append("")
        return out
    }

    /// The Mermaid flowchart of the change, with a note of what was folded; nothing when no
    /// module changed.
    static func diagram(_ diff: AnalysisDiff, budget: Int) -> [String] {
        guard !(diff.added.isEmpty && diff.removed.isEmpty && diff.upgraded.isEmpty && diff.downgraded.isEmpty
            && diff.replaceChanges.isEmpty)
        else { return [] }
        let rendered = MermaidDiagram.diff(DiffGraphViewBuilder.view(of: diff))
            .render(limits: MermaidDiagram.Limits(characters: budget))
        var out = ["### Graph of the change", ""]
        out.append(
            "Added green, removed red (dashed: the base's path to it), upgraded blue, downgraded orange; "
                + "each with the requirement path from the main module that pulls it in.")
        out.append("")
        out.append(rendered.block.hasSuffix("\n") ? String(rendered.block.dropLast()) : rendered.block)
        out.append("")
        if let note = rendered.note {
            out.append(note)
            out.append("")
        }
        return out
    }

    /// "3 added, 1 removed, ...; findings: 1 new, 0 gone" or a no-change sentence.
    static func headline(_ diff: AnalysisDiff) -> String {
        let counts = [
            (diff.added.count, "added"), (diff.removed.count, "removed"),
            (diff.upgraded.count, "upgraded"), (diff.downgraded.count, "downgraded"),
        ]
        var parts: [String] = []
        let (ma, mr) = (diff.mainModulesAdded.count, diff.mainModulesRemoved.count)
        if ma > 0 { parts.append("\(ma) main module\(ma == 1 ? "" : "s") added") }
        if mr > 0 { parts.append("\(mr) main module\(mr == 1 ? "" : "s") removed") }
        parts += counts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        let r = diff.replaceChanges.count
        if r > 0 { parts.append("\(r) replace directive\(r == 1 ? "" : "s") changed") }
        let modules = parts.isEmpty
            ? "No module changes" : parts.joined(separator: ", ")
        return "\(modules); findings: \(diff.newFindings.count) new, \(diff.goneFindings.count) gone"
    }

    static func statsTable(_ diff: AnalysisDiff) -> [String] {
        let (b, h, d) = (diff.base.analysis.stats, diff.head.analysis.stats, diff.statsDelta)
        let rows: [(String, Int?, Int?, Int?)] = [
            ("Selected modules", b.selectedModules, h.selectedModules, d.selectedModules),
            ("Direct", b.direct, h.direct, d.direct),
            ("Indirect", b.indirect, h.indirect, d.indirect),
            ("Module versions in graph", b.graphNodes, h.graphNodes, d.graphNodes),
            ("Requirements in graph", b.graphEdges, h.graphEdges, d.graphEdges),
            ("Max depth", b.maxDepth, h.maxDepth, d.maxDepth),
        ]
        var out = ["| | base | head | change |", "|---|---:|---:|---:|"]
        // A figure that needs graph.txt is unknown on a side without one.
        func cell(_ v: Int?) -> String { v.map(String.init) ?? GraphStats.unknownText }
        for (name, x, y, delta) in rows {
            out.append("| \(name) | \(cell(x)) | \(cell(y)) | \(delta.map(signed) ?? "unknown") |")
        }
        let bf = diff.base.analysis.findings
        let hf = diff.head.analysis.findings
        out.append(
            "| Findings | \(MarkdownReport.countsText(bf)) | \(MarkdownReport.countsText(hf)) | "
                + "\(diff.newFindings.count) new, \(diff.goneFindings.count) gone |")
        return out
    }

    static func sections(_ diff: AnalysisDiff) -> [Section] {
        let mains = Set(diff.head.analysis.mainModules)
        func was(_ c: AnalysisDiff.MainModuleChange, _ side: String) -> String {
            c.asDependency.map { "a dependency at \(code(clip($0))) in the \(side)" } ?? "—"
        }
        return [
            Section(
                title: "New findings", header: [], rows: diff.newFindings.map(item), alwaysOpen: true),
            Section(
                title: "Main modules added", header: ["| Module | Before |", "|---|---|"],
                rows: diff.mainModulesAdded.map { "| \(code(clip($0.path))) | \(was($0, "base")) |" }, alwaysOpen: true),
            Section(
                title: "Main modules removed", header: ["| Module | After |", "|---|---|"],
                rows: diff.mainModulesRemoved.map { "| \(code(clip($0.path))) | \(was($0, "head")) |" }, alwaysOpen: true),
            Section(
                title: "Added", header: ["| Module | Version | Pulled in by |", "|---|---|---|"],
                rows: diff.added.map { a in
                    var version = code(clip(a.version))
                    if let r = a.module.replacement { version += " => \(code(clip(r.text)))" }
                    return "| \(code(clip(a.path))) | \(version) | \(chain(a.pulledInBy, mains: mains)) |"
                }),
            Section(
                title: "Removed", header: ["| Module | Version |", "|---|---|"],
                rows: diff.removed.map { "| \(code(clip($0.path))) | \(code(clip($0.version))) |" }),
            Section(
                title: "Upgraded", header: ["| Module | From | To |", "|---|---|---|"],
                rows: diff.upgraded.map(changeRow)),
            Section(
                title: "Downgraded", header: ["| Module | From | To |", "|---|---|---|"],
                rows: diff.downgraded.map(changeRow)),
            Section(
                title: "Replace directives changed",
                header: ["| File | Replaces | Before | After |", "|---|---|---|---|"],
                rows: diff.replaceChanges.map { c in
                    let old = c.key.version.map { "\(c.key.path) \($0)" } ?? c.key.path
                    let before = c.from.map { code(clip($0.newText)) } ?? "—"
                    let after = c.to.map { code(clip($0.newText)) } ?? "—"
                    return "| \(code(c.key.file)) | \(code(clip(old))) | \(before) | \(after) |"
                }),
            Section(title: "Gone findings", header: [], rows: diff.goneFindings.map(item)),
        ]
    }

    static func changeRow(_ c: AnalysisDiff.VersionChange) -> String {
        "| \(code(clip(c.path))) | \(code(clip(c.from))) | \(code(clip(c.to))) |"
    }

    /// `main` → `a@v1` → `b@v2`, the middle elided when long; "main module" for a direct requirement.
    static func chain(_ modules: [ModuleID], mains: Set<String>) -> String {
        guard !modules.isEmpty else { return "unknown (no `go mod graph`)" }
        if modules.count == 1, modules[0].version.isEmpty, mains.contains(modules[0].path) {
            return "main module (direct)"
        }
        var parts = modules.map { code(clip($0.text)) }
        if parts.count > maxChain {
            parts = parts.prefix(2) + ["…"] + parts.suffix(maxChain - 3)
        }
        return parts.joined(separator: " → ")
    }

    /// A finding as one list item.
    static func item(_ f: Finding) -> String {
        var line = "- **\(f.severity.rawValue)** \(text(f.id))"
        if !f.module.isEmpty { line += " \(code(clip(f.module)))" }
        line += ": \(text(clip(f.message, 400)))"
        if let hint = f.hint { line += " — \(text(clip(hint, 400)))" }
        return line
    }

    // MARK: Text

    static func code(_ s: String) -> String { Escaping.markdownInlineCode(s) }
    static func text(_ s: String) -> String { Escaping.markdownTableCell(s) }

    /// At most `limit` Unicode scalars of `s`, ending in "…" when cut. (Scalars, not
    /// characters: one character can hold any number of combining marks.)
    static func clip(_ s: String, _ limit: Int = maxText) -> String {
        guard s.unicodeScalars.count > limit else { return s }
        var out = String.UnicodeScalarView(s.unicodeScalars.prefix(limit - 1))
        out.append("…")
        return String(out)
    }

    static func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : n < 0 ? "−\(-n)" : "0" }

    /// One titled list or table of the report.
    struct Section {
        var title: String
        /// Table header lines; empty for a bullet list.
        var header: [String]
        var rows: [String]
        /// Never collapsed (the rows a reviewer must see).
        var alwaysOpen = false

        /// The section with at most `cap` rows; nothing when it has no rows.
        func render(cap: Int?) -> [String] {
            guard !rows.isEmpty else { return [] }
            let shown = cap.map { Array(rows.prefix($0)) } ?? rows
            var out = ["### \(title) (\(rows.count))", ""]
            let collapse = !alwaysOpen && rows.count > DiffMarkdownReport.openRows && !shown.isEmpty
            if collapse {
                out.append("<details><summary>Show \(rows.count) rows</summary>")
                out.append("")
            }
            if !shown.isEmpty {
                out.append(contentsOf: header)
                out.append(contentsOf: shown)
            }
            if shown.count < rows.count {
                if !shown.isEmpty { out.append("") }
                out.append("_\(rows.count - shown.count) more not shown: see `diff.json`._")
            }
            if collapse {
                out.append("")
                out.append("</details>")
            }
            out.append("")
            return out
        }
    }
}
