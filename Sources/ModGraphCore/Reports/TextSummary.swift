/// The short human summary `analyze` prints on stdout.
public enum TextSummary {
    /// How many findings are listed before pointing at the full report.
    static let listedFindings = 10

    /// - Parameter markdownCut: report.md was cut to its size limit, so the findings left out
    ///   here are all only in report.json.
    public static func render(_ a: Analysis, wrote files: [String] = [], markdownCut: Bool = false) -> String {
        let s = a.stats
        var lines: [String] = []
        let title = a.mainModules.isEmpty ? a.name : a.mainModules.joined(separator: ", ")
        lines.append("modgraph: \(Escaping.terminal(title))")
        let vendor: String
        switch (a.vendor.present, a.vendor.consistent) {
        case (false, _): vendor = "none"
        case (true, true?): vendor = "consistent"
        case (true, false?): vendor = "INCONSISTENT"
        case (true, nil): vendor = "present, not checked"
        }
        let rows: [(String, String)] = [
            ("selected modules", "\(s.selectedModules) (\(s.direct) direct, \(s.indirect) indirect)"),
            ("module graph", s.graphNodes.map { "\($0) versions, \(s.graphEdges ?? 0) requirements" } ?? GraphStats.unknownText),
            ("max depth", s.maxDepth.map { depth in
                let cycles = s.cycles ?? 0
                return "\(depth) (longest chain \(s.longestChain ?? 0), \(cycles) cycle\(cycles == 1 ? "" : "s"))"
            } ?? GraphStats.unknownText),
            ("vendor", vendor),
            ("findings", MarkdownReport.countsText(a.findings)),
        ]
        for (k, v) in rows { lines.append("  \(k.padding(toLength: 17, withPad: " ", startingAt: 0))\(v)") }
        for f in a.findings.prefix(listedFindings) {
            let module = f.module.isEmpty ? "" : " \(Escaping.terminal(f.module))"
            lines.append("  \(f.severity.rawValue): [\(f.id)]\(module): \(Escaping.terminal(f.message))")
        }
        if a.findings.count > listedFindings {
            lines.append("  ... \(a.findings.count - listedFindings) more in \(markdownCut ? "report.json (report.md is cut to 64 KiB)" : "report.md")")
        }
        for f in files { lines.append("  wrote \(Escaping.terminal(f))") }
        return lines.joined(separator: "\n") + "\n"
    }
}
