extension MarkdownReport {
    /// Lines added against a size limit in UTF-8 bytes (each line counts its newline).
    struct LineBudget {
        var remaining: Int

        init(limit: Int) { remaining = limit }

        /// Takes `line` from the budget; false when it does not fit (nothing is taken then).
        @discardableResult
        mutating func add(_ line: String) -> Bool {
            let cost = line.utf8.count + 1
            guard cost <= remaining else { return false }
            remaining -= cost
            return true
        }

        /// Takes every line, or none when they do not all fit; nil lines never fit.
        @discardableResult
        mutating func add(_ lines: [String]?) -> Bool {
            guard let lines else { return false }
            let cost = lines.reduce(0) { $0 + $1.utf8.count + 1 }
            guard cost <= remaining else { return false }
            remaining -= cost
            return true
        }
    }

    /// Findings of one id, the worst first.
    struct FindingGroup {
        var id: String
        var severity: Severity
        var findings: [Finding]
        /// The modules with the most findings of this id, most first.
        var topModules: [(module: String, count: Int)]
    }

    static func groups(_ findings: [Finding]) -> [FindingGroup] {
        var order: [String] = []
        var byID: [String: [Finding]] = [:]
        for f in findings {
            if byID[f.id] == nil { order.append(f.id) }
            byID[f.id, default: []].append(f)
        }
        let groups = order.map { id -> FindingGroup in
            let members = byID[id] ?? []
            var counts: [String: Int] = [:]
            var first: [String] = []
            for f in members where !f.module.isEmpty {
                if counts[f.module] == nil { first.append(f.module) }
                counts[f.module, default: 0] += 1
            }
            let ranked = first.enumerated()
                .sorted { a, b in
                    let ca = counts[a.element] ?? 0, cb = counts[b.element] ?? 0
                    return ca != cb ? ca > cb : a.offset < b.offset
                }
                .prefix(3)
                .map { (module: $0.element, count: counts[$0.element] ?? 0) }
            return FindingGroup(
                id: id, severity: members.map(\.severity).max() ?? .note, findings: members, topModules: Array(ranked))
        }
        return groups.enumerated().sorted { a, b in
            if a.element.severity != b.element.severity { return a.element.severity > b.element.severity }
            if a.element.findings.count != b.element.findings.count { return a.element.findings.count > b.element.findings.count }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// The report cut to `limit` bytes: the summary, findings grouped by id with as many of
    /// each group as fit, the first modules of the build list, the inputs.
    static func compact(_ a: Analysis, head: [String], inputs: [String], limit: Int) -> Rendering {
        let total = a.findings.count
        let modules = a.buildList.modules
        let groups = groups(a.findings)
        var intro: [String] = []
        if total > 0 {
            intro = [
                "### Findings",
                "",
                "\(total) findings (\(countsText(a.findings))) of \(groups.count) kind\(groups.count == 1 ? "" : "s"). "
                    + "**This report is cut** to fit a pull-request comment (\(limit) characters): "
                    + "SHOWN. Every finding and module is in `report.json`.",
                "",
                "| Finding | Severity | Count | Modules most concerned |",
                "|---|---|---|---|",
            ]
            for g in groups {
                let top = g.topModules.map { "\(code($0.module)) (\($0.count))" }.joined(separator: ", ")
                intro.append(
                    "| **\(Escaping.markdownTableCell(g.id))** | \(g.severity.rawValue) | \(g.findings.count) | \(top.isEmpty ? "–" : top) |")
            }
            intro.append("")
        } else {
            intro = [
                "No findings.", "",
                "**This report is cut** to fit a pull-request comment (\(limit) characters): SHOWN. "
                    + "Every module is in `report.json`.", "",
            ]
        }
        // Room for the filled-in counts, closing tags and "more" lines.
        var budget = LineBudget(limit: limit - 400 - 120 * groups.count)
        budget.add(head)
        budget.add(inputs)
        budget.add(intro)
        var listed: [[String]] = []
        var shownFindings = 0
        let moduleShare = modules.isEmpty ? 0 : budget.remaining / (groups.isEmpty ? 1 : 4)
        // Each group's lines, as many as the whole room could hold; then the room is shared out
        // smallest group first, so what a small group leaves goes to the bigger ones.
        let room = max(0, budget.remaining - moduleShare)
        var candidates: [[String]] = groups.map { g in
            var lines: [String] = [], used = 0
            for f in g.findings {
                let line = item(f)
                used += line.utf8.count + 1
                guard used <= room else { break }
                lines.append(line)
            }
            return lines
        }
        var left = room
        for (n, i) in groups.indices.sorted(by: { candidates[$0].count < candidates[$1].count }).enumerated() {
            var share = LineBudget(limit: left / (groups.count - n))
            let fitting = candidates[i].prefix { share.add($0) }
            candidates[i] = Array(fitting)
            left -= fitting.reduce(0) { $0 + $1.utf8.count + 1 }
        }
        for (n, g) in groups.enumerated() {
            let lines = candidates[n]
            shownFindings += lines.count
            let plural = g.findings.count == 1 ? "" : "s"
            var section = [
                "<details><summary><b>\(Escaping.xmlText(g.id))</b>: \(g.findings.count) \(g.severity.rawValue)\(plural)"
                    + (lines.count < g.findings.count ? " (\(lines.count) listed)" : "") + "</summary>",
                "",
            ]
            section += lines
            if lines.count < g.findings.count {
                section += ["", "… and \(g.findings.count - lines.count) more in `report.json`."]
            }
            section += ["", "</details>", ""]
            listed.append(section)
        }
        budget.remaining = left + moduleShare
        var moduleRows: [String] = []
        if !modules.isEmpty {
            var counts: [String: Int] = [:]
            for f in a.findings where !f.module.isEmpty { counts[f.module, default: 0] += 1 }
            for m in modules {
                let row = moduleRow(m, findings: counts[m.path, default: 0], requiredBy: a.workspace?.requiredBy[m.path])
                guard budget.add(row) else { break }
                moduleRows.append(row)
            }
        }
        let shown = total > 0
            ? "it lists \(shownFindings) of the \(total) findings and \(moduleRows.count) of the \(modules.count) modules"
            : "it lists \(moduleRows.count) of the \(modules.count) modules"
        var out = head
        out += intro.map { $0.replacingOccurrences(of: "SHOWN", with: shown) }
        for section in listed { out += section }
        if !modules.isEmpty {
            out += [
                "<details><summary>Build list (\(modules.count) modules"
                    + (moduleRows.count < modules.count ? ", the first \(moduleRows.count) listed" : "") + ")</summary>",
                "",
                "| Module | Version | Notes |",
                "|---|---|---|",
            ]
            out += moduleRows
            if moduleRows.count < modules.count {
                out += ["", "… and \(modules.count - moduleRows.count) more in `report.json`."]
            }
            out += ["", "</details>", ""]
        }
        out += inputs
        var text = out.joined(separator: "\n") + "\n"
        if text.utf8.count > limit {
            // Only a huge summary (module names of any length) can get here: cut at a line.
            let note = "\n… cut: the rest is in `report.json`.\n"
            var bytes = Array(text.utf8.prefix(max(0, limit - note.utf8.count)))
            while let last = bytes.last, last != 0x0A { bytes.removeLast() }
            text = String(decoding: bytes, as: UTF8.self) + note
        }
        return Rendering(text: text, shownFindings: shownFindings, shownModules: moduleRows.count, isCut: true)
    }
}
