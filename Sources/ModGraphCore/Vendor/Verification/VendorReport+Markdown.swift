extension VendorReport {
    /// A Markdown report for a pull-request comment: the verdict, what was read, the findings
    /// by severity and, when the go command failed, its exact message.
    public func renderMarkdown() -> String {
        let code = Escaping.markdownInlineCode
        let cell = Escaping.markdownTableCell
        var out: [String] = []
        out.append("## modgraph vendor-check: \(vendorRoot.map(code) ?? "no main module")")
        out.append("")
        out.append("| | |")
        out.append("|---|---|")
        let verdictCell: String
        if consistency.consistent {
            verdictCell = "consistent"
        } else if failure != nil || consistency.exitStatus != 0 {
            verdictCell = "**\(cell(verdict))**"
        } else {
            verdictCell = cell(verdict)
        }
        out.append("| Consistency (go \(cell(goVersion))) | \(verdictCell) |")
        if vendorPresent {
            out.append("| Vendor tree | \(treeSource.map { "\(code($0)) (\(FindingText.count(treeFiles, "file")))" } ?? "none") |")
            let list: String
            switch buildListSource {
            case .list?: list = "`go list -m -json all` (list.json)"
            case .mvs?: list = "minimal version selection over `go mod graph`"
            case .goMod?: list = "go.mod only"
            case nil: list = "unavailable"
            }
            out.append("| Build list | \(list) |")
            if let moduleCache {
                var text = code(moduleCache)
                if let s = cacheSummary {
                    text += ": \(FindingText.count(s.modulesCompared, "module")), \(FindingText.count(s.filesCompared, "file")) compared; \(s.modulesVerified) verified against go.sum"
                }
                out.append("| Module cache | \(text) |")
            }
        }
        out.append("| Findings | \(countsText) |")
        out.append("")
        if consistency.exitStatus != 0 && !consistency.stderr.isEmpty {
            out.append("<details><summary>What the go command says</summary>")
            out.append("")
            out.append(Self.fencedBlock(consistency.stderr))
            out.append("")
            out.append("</details>")
            out.append("")
        }
        out.append(contentsOf: MarkdownReport.findingsSection(findings, budget: nil) ?? [])
        return out.joined(separator: "\n") + "\n"
    }

    /// A fenced code block showing `text` verbatim: the fence is longer than any backtick run
    /// in it, and characters a reader cannot see (other than newlines and tabs) are escaped.
    static func fencedBlock(_ text: String) -> String {
        var body = ""
        var longestRun = 0
        var run = 0
        for scalar in text.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
            if scalar != "\n" && scalar != "\t", let visible = Escaping.visibleEscape(scalar) {
                body += visible
            } else {
                body.unicodeScalars.append(scalar)
            }
        }
        if body.hasSuffix("\n") { body.removeLast() }
        let fence = String(repeating: "`", count: max(3, longestRun + 1))
        return fence + "\n" + body + "\n" + fence
    }
}
