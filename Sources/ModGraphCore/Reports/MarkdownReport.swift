/// `report.md`: a report fit for a pull-request comment.
///
/// A summary table, findings grouped by severity (long groups collapsed), and the build
/// list and inputs in collapsed sections. Every module name is escaped: names are untrusted.
public enum MarkdownReport {
    /// How many findings of one severity are shown before the rest is collapsed.
    static let visibleFindings = 15

    /// - Parameter mermaid: whether to draw the main module, its direct requirements and the
    ///   modules with errors or warnings as a Mermaid flowchart (GitHub shows it inline).
    public static func render(_ analysis: Analysis, mermaid: Bool = true) -> String {
        var out: [String] = []
        let title = analysis.mainModules.isEmpty
            ? Escaping.markdownTableCell(analysis.name)
            : analysis.mainModules.map(code).joined(separator: ", ")
        out.append("## modgraph: \(title)")
        out.append("")
        out.append(contentsOf: summaryTable(analysis))
        out.append("")
        out.append(contentsOf: workspaceSection(analysis.workspace))
        if mermaid { out.append(contentsOf: diagram(analysis)) }
        out.append(contentsOf: findingsSection(analysis.findings))
        out.append(contentsOf: buildListSection(analysis))
        out.append(contentsOf: inputsSection(analysis.inputs))
        return out.joined(separator: "\n") + "\n"
    }

    static func code(_ s: String) -> String { Escaping.markdownInlineCode(s) }

    /// The workspace's modules with their requirement counts, and the replaces that wire them.
    static func workspaceSection(_ workspace: WorkspaceSummary?) -> [String] {
        guard let w = workspace else { return [] }
        var out = ["### Workspace (\(code(w.goWork)))", "", "| Module | go.mod | Direct | Indirect |", "|---|---|---|---|"]
        for m in w.modules {
            out.append("| \(code(m.path)) | \(code(m.goMod)) | \(m.direct) | \(m.indirect) |")
        }
        out.append("")
        if !w.wiring.isEmpty {
            out.append("Workspace wiring (replaces pointing at a workspace module): " + w.wiring.map(code).joined(separator: ", "))
            out.append("")
        }
        return out
    }

    /// The Mermaid flowchart, with a note of what was folded; nothing without a main module.
    static func diagram(_ a: Analysis) -> [String] {
        guard !a.mainModules.isEmpty, !a.buildList.modules.isEmpty else { return [] }
        let rendered = MermaidDiagram.analysis(a).render()
        var out = ["### Graph", ""]
        out.append(
            "The main module, its direct requirements (blue) and the modules with errors (red border) or "
                + "warnings (orange border), each with a path from the main module.")
        out.append("")
        out.append(String(rendered.block.dropLast()))
        out.append("")
        if let note = rendered.note {
            out.append(note)
            out.append("")
        }
        return out
    }

    static func summaryTable(_ a: Analysis) -> [String] {
        let s = a.stats
        let source: String
        switch a.buildList.source {
        case .list: source = "`go list -m -json all`"
        case .mvs: source = "minimal version selection over `go mod graph`"
        case .goMod: source = "go.mod requirements only (no graph, no list)"
        }
        let vendor: String
        switch (a.vendor.present, a.vendor.consistent) {
        case (false, _): vendor = "no vendor directory"
        case (true, true?): vendor = "consistent with go.mod"
        case (true, false?): vendor = "**inconsistent** with go.mod"
        case (true, nil): vendor = "present, not checked"
        }
        return [
            "| | |",
            "|---|---|",
            "| Selected modules | \(s.selectedModules) (\(s.direct) direct, \(s.indirect) indirect) |",
            "| Module graph | \(s.graphNodes) module versions, \(s.graphEdges) requirements |",
            "| Max depth | \(s.maxDepth) |",
            "| Transitive only | \(s.transitive) of \(s.total) modules in the build list |",
            "| Longest chain | \(s.longestChain)\(s.longestChain > 0 ? ": " + s.longestChainModules.map(code).joined(separator: " → ") : "") |",
            "| Cycles | \(s.cycles) |",
            "| Top fan-in | \(ranked(s.topFanIn)) |",
            "| Top fan-out | \(ranked(s.topFanOut)) |",
            "| Vendor | \(vendor) |",
            "| Findings | \(countsText(a.findings)) |",
            "| Build list from | \(source) |",
        ]
    }

    /// "`a` (12), `b` (7)" or "none".
    static func ranked(_ rows: [GraphStats.Ranked]) -> String {
        rows.isEmpty ? "none" : rows.map { "\(code($0.module)) (\($0.count))" }.joined(separator: ", ")
    }

    /// "1 error, 2 warnings" or "none".
    public static func countsText(_ findings: [Finding]) -> String {
        let parts = Severity.allCases.reversed().compactMap { sev -> String? in
            let n = findings.filter { $0.severity == sev }.count
            return n == 0 ? nil : "\(n) \(sev.rawValue)\(n == 1 ? "" : "s")"
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    static func findingsSection(_ findings: [Finding]) -> [String] {
        guard !findings.isEmpty else { return ["No findings.", ""] }
        var out = ["### Findings", ""]
        for sev in Severity.allCases.reversed() {
            let group = findings.filter { $0.severity == sev }
            guard !group.isEmpty else { continue }
            let heading = "\(sev.rawValue.prefix(1).uppercased())\(sev.rawValue.dropFirst())s"
            out.append("#### \(heading) (\(group.count))")
            out.append("")
            for f in group.prefix(visibleFindings) { out.append(item(f)) }
            if group.count > visibleFindings {
                out.append("")
                out.append("<details><summary>\(group.count - visibleFindings) more</summary>")
                out.append("")
                for f in group.dropFirst(visibleFindings) { out.append(item(f)) }
                out.append("")
                out.append("</details>")
            }
            out.append("")
        }
        return out
    }

    static func item(_ f: Finding) -> String {
        var line = "- **\(Escaping.markdownTableCell(f.id))**"
        if !f.module.isEmpty { line += " \(code(f.module))" }
        line += ": \(Escaping.markdownTableCell(f.message))"
        if let loc = f.location {
            line += " (\(code(loc.line.map { "\(loc.file):\($0)" } ?? loc.file)))"
        }
        if let hint = f.hint { line += " — \(Escaping.markdownTableCell(hint))" }
        return line
    }

    static func buildListSection(_ a: Analysis) -> [String] {
        guard !a.buildList.modules.isEmpty else { return [] }
        var out = [
            "<details><summary>Build list (\(a.buildList.modules.count) modules)</summary>",
            "",
            "| Module | Version | Notes |",
            "|---|---|---|",
        ]
        var findingCounts: [String: Int] = [:]
        for f in a.findings where !f.module.isEmpty { findingCounts[f.module, default: 0] += 1 }
        for m in a.buildList.modules {
            var notes: [String] = [m.indirect ? "indirect" : "direct"]
            if let r = m.replacement { notes.append("replaced by \(code(r.text))") }
            let n = findingCounts[m.path, default: 0]
            if n > 0 { notes.append("\(n) finding\(n == 1 ? "" : "s")") }
            out.append(
                "| \(code(m.path)) | \(code(m.version)) | \(notes.joined(separator: ", ")) |")
        }
        out.append("")
        out.append("</details>")
        out.append("")
        return out
    }

    static func inputsSection(_ inputs: [InputUse]) -> [String] {
        guard !inputs.isEmpty else { return [] }
        var out = ["<details><summary>Inputs</summary>", ""]
        for i in inputs {
            let how: String
            switch i.origin {
            case .file: how = code(i.name)
            case .stdin: how = "standard input"
            case .goCommand: how = "ran \(code(i.name))"
            case .missing: how = "not available"
            }
            out.append("- \(Escaping.markdownTableCell(i.role)): \(how)")
        }
        out.append("")
        out.append("</details>")
        return out
    }
}
