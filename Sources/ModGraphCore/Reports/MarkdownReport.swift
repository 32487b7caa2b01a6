/// `report.md`: a report fit for a pull-request comment.
///
/// A summary table, findings grouped by severity (long groups collapsed), and the build
/// list and inputs in collapsed sections. Every module name is escaped: names are untrusted.
///
/// The report never exceeds `limit` UTF-8 bytes (GitHub's 65,536-character comment limit by
/// default). When the whole report would, it is cut (`compact`): the summary, then findings
/// grouped by id (worst first, with counts and the modules most concerned), as many of
/// each group's findings as fit in collapsed sections, and "N more in report.json".
public enum MarkdownReport {
    /// How many findings of one severity are shown before the rest is collapsed.
    static let visibleFindings = 15
    /// GitHub's limit on a pull-request comment, in characters (bytes here: never fewer).
    static let defaultLimit = 65_536

    /// - Parameters:
    ///   - mermaid: whether to draw the main module, its direct requirements and the modules
    ///     with errors or warnings as a Mermaid flowchart (GitHub shows it inline).
    ///   - limit: the most UTF-8 bytes the report may take.
    static func render(_ analysis: Analysis, mermaid: Bool = true, limit: Int = defaultLimit) -> String {
        rendering(analysis, mermaid: mermaid, limit: limit).text
    }

    /// The report and how much of it was cut.
    struct Rendering: Sendable {
        var text: String
        /// Findings listed in the report (all of them unless it was cut).
        var shownFindings: Int
        /// Build-list modules listed in the report.
        var shownModules: Int
        var isCut: Bool
    }

    static func rendering(_ analysis: Analysis, mermaid: Bool = true, limit: Int = defaultLimit) -> Rendering {
        var out: [String] = []
        let title = analysis.mainModules.isEmpty
            ? Escaping.markdownTableCell(analysis.name)
            : analysis.mainModules.map(code).joined(separator: ", ")
        out.append("## modgraph: \(title)")
        out.append("")
        out.append(contentsOf: summaryTable(analysis))
        out.append("")
        out.append(contentsOf: workspaceSection(analysis.workspace))
        let summary = out
        let chart = mermaid ? diagram(analysis) : []
        out.append(contentsOf: chart)
        let head = out
        let inputs = inputsSection(analysis.inputs)
        // The whole report, given up as soon as it cannot fit.
        var budget = LineBudget(limit: limit)
        budget.add(head)
        budget.add(inputs)
        if let findings = findingsSection(analysis.findings, budget: budget), budget.add(findings),
           let list = buildListSection(analysis, budget: budget), budget.add(list) {
            out.append(contentsOf: findings)
            out.append(contentsOf: list)
            out.append(contentsOf: inputs)
            return Rendering(
                text: out.joined(separator: "\n") + "\n", shownFindings: analysis.findings.count,
                shownModules: analysis.buildList.modules.count, isCut: false)
        }
        // Cut: the diagram keeps at most half of the room (folded further to fit), the
        // findings the rest; a diagram that cannot fit even folded is said to be left out.
        func bytes(_ lines: [String]) -> Int { lines.reduce(0) { $0 + $1.utf8.count + 1 } }
        let summaryBytes = bytes(summary)
        guard mermaid, summaryBytes + bytes(chart) > limit / 2 else {
            return compact(analysis, head: head, inputs: inputs, limit: limit)
        }
        let room = limit / 2 - summaryBytes - 1_000  // the diagram's heading and notes
        let smaller = room >= 2_000 ? diagram(analysis, characters: room) : []
        if !smaller.isEmpty, summaryBytes + bytes(smaller) <= limit / 2 {
            return compact(analysis, head: summary + smaller, inputs: inputs, limit: limit)
        }
        let leftOut = [
            "### Graph", "",
            "The Mermaid graph is left out: even folded it does not fit beside the findings within "
                + "GitHub's comment limit (graph.svg and report.html draw the modules).", "",
        ]
        return compact(analysis, head: summary + leftOut, inputs: inputs, limit: limit)
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
    static func diagram(_ a: Analysis, characters: Int? = nil) -> [String] {
        guard !a.mainModules.isEmpty, !a.buildList.modules.isEmpty else { return [] }
        let chart = MermaidDiagram.analysis(a)
        let rendered = characters.map { chart.render(limits: MermaidDiagram.Limits(characters: $0)) } ?? chart.render()
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
            "| Module graph | \(known(s.graphNodes) { "\($0) module versions, \(s.graphEdges ?? 0) requirements" }) |",
            "| Max depth | \(known(s.maxDepth) { "\($0)" }) |",
            "| Transitive only | \(known(s.transitive) { "\($0) of \(s.total) modules in the build list" }) |",
            "| Longest chain | \(known(s.longestChain) { "\($0)\($0 > 0 ? ": " + chainText(s.longestChainModules ?? []) : "")" }) |",
            "| Cycles | \(known(s.cycles) { "\($0)" }) |",
            "| Top fan-in | \(known(s.topFanIn, ranked)) |",
            "| Top fan-out | \(known(s.topFanOut, ranked)) |",
            "| Vendor | \(vendor) |",
            "| Findings | \(countsText(a.findings)) |",
            "| Build list from | \(source) |",
        ]
    }

    /// A figure as text, or "unknown (no go mod graph)" when it needs graph.txt and there is none.
    static func known<T>(_ value: T?, _ text: (T) -> String) -> String {
        value.map(text) ?? GraphStats.unknownText
    }

    /// "`a` → `b` → `c`"; a chain of more than 12 modules shows its first and last five.
    static func chainText(_ chain: [String]) -> String {
        guard chain.count > 12 else { return chain.map(code).joined(separator: " → ") }
        return (chain.prefix(5).map(code) + ["… \(chain.count - 10) more …"] + chain.suffix(5).map(code)).joined(separator: " → ")
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

    /// The findings by severity; nil when a `budget` is given and they do not fit in it.
    static func findingsSection(_ findings: [Finding], budget: LineBudget?) -> [String]? {
        guard !findings.isEmpty else { return ["No findings.", ""] }
        var out = ["### Findings", ""]
        var budget = budget
        func add(_ line: String) -> Bool {
            out.append(line)
            return budget?.add(line) ?? true
        }
        for sev in Severity.allCases.reversed() {
            let group = findings.filter { $0.severity == sev }
            guard !group.isEmpty else { continue }
            let heading = "\(sev.rawValue.prefix(1).uppercased())\(sev.rawValue.dropFirst())s"
            out.append("#### \(heading) (\(group.count))")
            out.append("")
            for f in group.prefix(visibleFindings) { guard add(item(f)) else { return nil } }
            if group.count > visibleFindings {
                out.append("")
                out.append("<details><summary>\(group.count - visibleFindings) more</summary>")
                out.append("")
                for f in group.dropFirst(visibleFindings) { guard add(item(f)) else { return nil } }
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

    /// The build list as a table; nil when a `budget` is given and it does not fit in it.
    static func buildListSection(_ a: Analysis, budget: LineBudget?) -> [String]? {
        guard !a.buildList.modules.isEmpty else { return [] }
        var budget = budget
        var out = [
            "<details><summary>Build list (\(a.buildList.modules.count) modules)</summary>",
            "",
            "| Module | Version | Notes |",
            "|---|---|---|",
        ]
        var findingCounts: [String: Int] = [:]
        for f in a.findings where !f.module.isEmpty { findingCounts[f.module, default: 0] += 1 }
        for m in a.buildList.modules {
            let row = moduleRow(m, findings: findingCounts[m.path, default: 0], requiredBy: a.workspace?.requiredBy[m.path])
            if budget != nil { guard budget!.add(row) else { return nil } }
            out.append(row)
        }
        out.append("")
        out.append("</details>")
        out.append("")
        return out
    }

    /// - Parameter requiredBy: in a workspace, the workspace modules whose go.mod requires it.
    static func moduleRow(_ m: SelectedModule, findings n: Int, requiredBy: [String]? = nil) -> String {
        var notes: [String] = [m.indirect ? "indirect" : "direct"]
        if let requiredBy, !requiredBy.isEmpty { notes.append("required by " + requiredBy.map(code).joined(separator: ", ")) }
        if let r = m.replacement { notes.append("replaced by \(code(r.text))") }
        if n > 0 { notes.append("\(n) finding\(n == 1 ? "" : "s")") }
        return "| \(code(m.path)) | \(code(m.version)) | \(notes.joined(separator: ", ")) |"
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
