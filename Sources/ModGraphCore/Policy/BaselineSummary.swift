/// The lines `analyze --baseline` prints: how many findings are new, known and gone.
public enum BaselineSummary {
    /// How many new and gone findings are listed before summarizing the rest.
    static let listed = 20

    public static func render(_ c: Baseline.Comparison, file: String) -> String {
        let safe = { (text: String) in Escaping.terminal(text) }
        var lines = ["baseline \(safe(file)): \(c.new.count) new, \(c.known.count) known, \(c.gone.count) gone"]
        for f in c.new.prefix(listed) {
            let module = f.module.isEmpty ? "" : " \(safe(f.module))"
            lines.append("  new \(f.severity.rawValue): [\(f.id)]\(module): \(safe(f.message))")
        }
        if c.new.count > listed { lines.append("  ... \(c.new.count - listed) more new") }
        for e in c.gone.prefix(listed) {
            let module = e.module.isEmpty ? "" : " \(safe(e.module))"
            lines.append("  gone \(e.severity.rawValue): [\(e.id)]\(module): \(safe(e.message))")
        }
        if c.gone.count > listed { lines.append("  ... \(c.gone.count - listed) more gone") }
        if !c.gone.isEmpty { lines.append("  (run `modgraph baseline` to drop the gone ones from the baseline)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
