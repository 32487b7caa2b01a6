extension EnvironmentReport {
    /// The readable explanation `modgraph env` prints by default: what is wrong first, then
    /// each part of the decision in the order the go command makes it.
    public func renderText() -> String {
        // Tabs in go's messages are shown as indentation; other control characters escaped.
        let safe = { (s: String) in Escaping.terminal(s.replacingOccurrences(of: "\t", with: "    ")) }
        var out: [String] = []
        out.append("modgraph env: \(safe(directory))")
        out.append("")
        if findings.isEmpty {
            out.append("Nothing wrong found.")
        } else {
            out.append("Findings (\(countsText)), most important first:")
            for f in findings {
                out.append("  \(f.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(f.id)\(f.module.isEmpty ? "" : " " + safe(f.module))")
                for line in f.message.split(separator: "\n", omittingEmptySubsequences: false) { out.append("          \(safe(String(line)))") }
                if let loc = f.location { out.append("          at \(safe(loc.file))\(loc.line.map { ":\($0)" } ?? "")") }
                if let hint = f.hint { out.append("          fix: \(safe(hint))") }
            }
        }
        for (title, lines) in sectionLines() {
            out += ["", title]
            for line in lines {
                out += line.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + safe(String($0)) }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// "1 error, 2 warnings".
    public var countsSummary: String { countsText }

    var countsText: String {
        let order: [Severity] = [.error, .warning, .note]
        return order.compactMap { s in
            let n = findings.filter { $0.severity == s }.count
            return n == 0 ? nil : FindingText.count(n, s.rawValue)
        }.joined(separator: ", ")
    }

    /// The explanation, section by section, as plain lines (shared by text and Markdown).
    func sectionLines() -> [(title: String, lines: [String])] {
        var sections: [(String, [String])] = []

        var go: [String] = []
        if goBinaries.isEmpty { go.append("no go on PATH") }
        for (i, b) in goBinaries.enumerated() {
            let version = b.version.map { "go\($0)" } ?? "version unknown"
            let link = b.resolved != b.path ? " -> \(b.resolved)" : ""
            let how = b.version == nil ? b.versionSource : b.versionSource == "buildinfo" ? "read from its build information" : "from \(b.versionSource)"
            go.append("\(i == 0 ? "runs:  " : "hidden:") \(b.path)\(link)  \(version) (\(how))")
        }
        if let goroot = setting("GOROOT") {
            let own = goBinaries.first?.goroot
            var line = "GOROOT \(goroot.value.isEmpty ? "(unknown)" : goroot.value)"
            switch goroot.source {
            case .environment: line += " from the environment" + (own.map { $0 == goroot.value ? " (the binary's own)" : "; the binary's own is \($0)" } ?? "")
            case .goEnvFile: line += " from the go env file (\(goroot.detail))" + (own.map { "; the binary's own is \($0)" } ?? "")
            default: line += " (the binary's own installation)"
            }
            go.append(line)
        }
        sections.append(("Which go", go))

        var settingsLines: [String] = []
        settingsLines.append("go env file: " + (envFile.map { "\($0) (\(envFileHow))\(envFileExists ? "" : ", does not exist")" } ?? envFileHow))
        let width = (settings.map(\.name.count).max() ?? 10) + 2
        let valueWidth = min(34, (settings.map { max($0.value.count, 7) }.max() ?? 10) + 2)
        for s in settings where s.name != "GOROOT" {
            var value = s.value.isEmpty ? "(empty)" : s.value
            if value.count < valueWidth { value = value.padding(toLength: valueWidth, withPad: " ", startingAt: 0) }
            var from: String
            switch s.source {
            case .environment: from = "environment"
            case .goEnvFile: from = "go env file \(s.detail)"
            case .gorootGoEnv: from = "$GOROOT/go.env \(s.detail)"
            case .default: from = "default: \(s.detail)"
            }
            if let hidden = s.shadowedFileValue { from += "; hides the go env file's \(hidden.isEmpty ? "(empty)" : hidden)" }
            settingsLines.append(s.name.padding(toLength: width, withPad: " ", startingAt: 0) + value + " [" + from + "]")
        }
        sections.append(("Settings (value [where it comes from])", settingsLines))

        var mode: [String] = []
        mode.append(modes.modeReason)
        if let goMod = modes.goMod, modes.mode == "module" { mode.append("main module: \(goMod)") }
        if let mod = modes.buildMod { mode.append("-mod=\(mod): \(modes.buildModReason)") }
        if let e = modes.error { mode.append("go stops: \(e)") }
        sections.append(("Module mode and vendor mode", mode))

        var work: [String] = []
        if let file = workspace.file {
            work.append("\(file) (\(workspace.how))")
            for u in workspace.modules { work.append("use \(u.directory)  \(u.module ?? "(no module)")") }
        } else {
            work.append("no go.work applies (\(workspace.how))")
        }
        if let e = workspace.error { work.append("go stops: \(e)") }
        sections.append(("Workspace", work))

        var tc: [String] = []
        var line = "GOTOOLCHAIN=\(toolchain.setting.isEmpty ? "(unset)" : toolchain.setting), local go\(toolchain.localVersion ?? "?")"
        if let file = toolchain.file {
            line += "; \(file): go \(toolchain.goLine ?? "(none)")" + (toolchain.toolchainLine.map { ", toolchain \($0)" } ?? "")
        }
        tc.append(line)
        tc.append("\(toolchain.outcome.rawValue): \(toolchain.explanation)")
        if let m = toolchain.message { tc.append(m) }
        sections.append(("Toolchain", tc))

        var routing: [String] = []
        routing.append("GOPROXY: " + (proxies.error.map { "invalid: \($0)" } ?? proxies.entries.filter { $0.url != "noproxy" }.map(\.url).joined(separator: " ")))
        let sumdb = setting("GOSUMDB")?.value ?? ""
        routing.append("GOSUMDB: \(sumdb.isEmpty ? "(empty)" : sumdb)")
        if routes.isEmpty {
            routing.append(buildListSource == nil ? "no build list (no go.mod, or it could not be read)" : "no modules besides the main module")
        } else {
            routing.append("\(FindingText.count(routes.count, "module")) of the build list (\(buildListSource ?? "")):")
            var groups: [String: [ModuleRoute]] = [:]
            for r in routes {
                let key = r.summary + "; checksum " + (r.sumdbChecked ? "checked against \(sumdb)" : r.noSumdbGlob.map { "not checked (GONOSUMDB glob \($0))" } ?? "not checked (GOSUMDB=off)")
                    + (r.insecureGlob.map { "; insecure (GOINSECURE glob \($0))" } ?? "")
                groups[key, default: []].append(r)
            }
            for key in groups.keys.sorted(by: { groups[$0]!.count > groups[$1]!.count || (groups[$0]!.count == groups[$1]!.count && $0 < $1) }) {
                let members = groups[key]!
                routing.append("\(FindingText.count(members.count, "module")): \(key)")
                routing.append("    " + FindingText.list(members.map(\.module), limit: 6))
            }
        }
        sections.append(("Routing", routing))

        var sums: [String] = []
        if checksums.modules > 0 {
            sums.append("\(checksums.sumFiles.isEmpty ? "no go.sum" : checksums.sumFiles.joined(separator: ", ")): \(checksums.complete) of \(checksums.modules) with both lines, \(checksums.goModOnly) with the go.mod line only, \(checksums.missing.count) with none" + (checksums.missing.isEmpty ? "" : " (\(checksums.missingNeeded.count) of them needed to load the module graph)"))
        } else {
            sums.append(checksums.sumFiles.isEmpty ? "no go.sum" : checksums.sumFiles.joined(separator: ", "))
        }
        if let cache = checksums.moduleCache {
            var counts: [String: Int] = [:]
            for v in checksums.verify { counts[v.status, default: 0] += 1 }
            let text = counts.keys.sorted().map { "\(counts[$0]!) \($0)" }.joined(separator: ", ")
            sums.append("module cache \(cache): \(text.isEmpty ? "nothing to verify" : text) (as go mod verify)")
        } else {
            sums.append("no module cache on disk: go mod verify has nothing to check")
        }
        sections.append(("Checksums", sums))

        if goEnvCompared {
            sections.append(("go env -json", disagreements.isEmpty
                ? ["agrees with every value above"]
                : disagreements.map { "\($0.name): go says \($0.go), modgraph \($0.modgraph)" }))
        }
        return sections
    }

    func setting(_ name: String) -> GoSetting? { settings.first { $0.name == name } }
}
