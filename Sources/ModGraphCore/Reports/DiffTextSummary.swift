/// The short human summary `diff` prints on stdout.
public enum DiffTextSummary {
    /// How many changed modules are listed before pointing at the full report.
    static let listedChanges = 20
    /// How many new findings are listed.
    static let listedFindings = 10

    public static func render(_ diff: AnalysisDiff, wrote files: [String] = []) -> String {
        let (b, h, d) = (diff.base.analysis.stats, diff.head.analysis.stats, diff.statsDelta)
        let mains = diff.head.analysis.mainModules
        var lines = ["modgraph diff: \(safe(mains.isEmpty ? diff.head.label : mains.joined(separator: ", ")))"]
        func arrow(_ x: Int?, _ y: Int?, _ delta: Int?) -> String {
            // A figure that needs graph.txt is unknown on a side without one.
            let unknown = GraphStats.unknownText
            return "\(x.map(String.init) ?? unknown) → \(y.map(String.init) ?? unknown)"
                + (delta.map { " (\(DiffMarkdownReport.signed($0)))" } ?? "")
        }
        let rows: [(String, String)] = [
            ("base", safe(diff.base.label)),
            ("head", safe(diff.head.label)),
            ("selected modules", arrow(b.selectedModules, h.selectedModules, d.selectedModules)),
            ("module graph", "\(arrow(b.graphNodes, h.graphNodes, d.graphNodes)) versions, "
                + "\(arrow(b.graphEdges, h.graphEdges, d.graphEdges)) requirements"),
            ("max depth", arrow(b.maxDepth, h.maxDepth, d.maxDepth)),
            ("changes", DiffMarkdownReport.headline(diff)),
        ]
        for (k, v) in rows { lines.append("  \(k.padding(toLength: 17, withPad: " ", startingAt: 0))\(v)") }
        if diff.mainModulesDiffer {
            lines.append("  note: the base and the head have different main modules")
        }

        var changes: [String] = []
        for m in diff.mainModulesAdded {
            changes.append("+ main module \(m.path)" + (m.asDependency.map { "  (a dependency at \($0) in the base)" } ?? ""))
        }
        for m in diff.mainModulesRemoved {
            changes.append("- main module \(m.path)" + (m.asDependency.map { "  (a dependency at \($0) in the head)" } ?? ""))
        }
        for a in diff.added {
            let via: String
            switch a.pulledInBy.count {
            case 0: via = ""
            case 1: via = "  (direct)"
            default: via = "  (via \(a.pulledInBy.map(\.text).joined(separator: " → ")))"
            }
            changes.append("+ \(a.path) \(a.version)\(via)")
        }
        for r in diff.removed { changes.append("- \(r.path) \(r.version)") }
        for c in diff.upgraded { changes.append("↑ \(c.path) \(c.from) → \(c.to)") }
        for c in diff.downgraded { changes.append("↓ \(c.path) \(c.from) → \(c.to)") }
        for c in diff.replaceChanges {
            let old = c.key.version.map { "\(c.key.path) \($0)" } ?? c.key.path
            changes.append("~ \(c.key.file): replace \(old) => \(c.from?.newText ?? "(none)") → \(c.to?.newText ?? "(none)")")
        }
        for c in changes.prefix(listedChanges) { lines.append("  \(safe(c))") }
        if changes.count > listedChanges {
            lines.append("  ... \(changes.count - listedChanges) more in diff.md")
        }
        for f in diff.newFindings.prefix(listedFindings) {
            let module = f.module.isEmpty ? "" : " \(safe(f.module))"
            lines.append("  new \(f.severity.rawValue): [\(f.id)]\(module): \(safe(f.message))")
        }
        if diff.newFindings.count > listedFindings {
            lines.append("  ... \(diff.newFindings.count - listedFindings) more new findings in diff.md")
        }
        for f in files { lines.append("  wrote \(safe(f))") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func safe(_ text: String) -> String { Escaping.terminal(text) }
}
