extension VendorReport {
    /// The human summary `vendor-check` prints by default: the verdict, what was read, then
    /// every finding with its location and hint.
    public func renderText() -> String {
        let safe = { (text: String) in Escaping.terminal(text) }
        var lines: [String] = []
        lines.append("modgraph vendor-check: \(safe(vendorRoot ?? "no main module")) (go \(goVersion))")
        var rows: [(String, String)] = [("consistency", verdict)]
        if vendorPresent {
            rows.append(("vendor tree", treeSource.map { "\(safe($0)) (\(FindingText.count(treeFiles, "file")))" } ?? "none"))
            let list: String
            switch buildListSource {
            case .list?: list = "list.json (go list -m -json all)"
            case .mvs?: list = "minimal version selection over graph.txt"
            case .goMod?: list = "go.mod only (no list.json or graph.txt)"
            case nil: list = "unavailable"
            }
            rows.append(("build list", list))
            if let moduleCache {
                var text = safe(moduleCache)
                if let s = cacheSummary {
                    text += " (\(FindingText.count(s.modulesCompared, "module")) and \(FindingText.count(s.filesCompared, "file")) compared, \(s.modulesVerified) verified against go.sum"
                    if s.modulesNotCached > 0 { text += ", \(s.modulesNotCached) not cached" }
                    text += ")"
                }
                rows.append(("module cache", text))
            }
        }
        rows.append(("findings", countsText))
        for (k, v) in rows { lines.append("  \(k.padding(toLength: 14, withPad: " ", startingAt: 0))\(v)") }
        if let limitation = consistency.limitation { lines.append("  note: \(safe(limitation))") }
        for f in findings {
            var head = "\(f.severity.rawValue): [\(f.id)]"
            if let loc = f.location { head += " \(safe(loc.line.map { "\(loc.file):\($0)" } ?? loc.file))" }
            lines.append("")
            lines.append(head)
            lines.append("  \(safe(f.message))")
            if let hint = f.hint { lines.append("  hint: \(safe(hint))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
