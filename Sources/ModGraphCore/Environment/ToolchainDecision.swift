/// What the go command does with GOTOOLCHAIN before running a command here (`toolchain.Select`),
/// and whether the toolchain it ends up with accepts the go.mod / go.work `go` line.
public struct ToolchainDecision: Sendable, Hashable, Codable {
    public enum Outcome: String, Sendable, Codable {
        /// The local go runs the command.
        case local
        /// Another toolchain runs it: one on PATH named like it, or a download.
        case `switch`
        /// The go command stops, with `message`.
        case refuse
        /// Modules are off here: GOTOOLCHAIN is not consulted.
        case notApplicable = "not-applicable"
    }

    public var outcome: Outcome
    /// The GOTOOLCHAIN setting ("" when unset and no go.env gives it).
    var setting: String
    /// The local go's version (such as 1.23.5), when known.
    var localVersion: String?
    /// The file whose `go`/`toolchain` lines were read (go.work, else go.mod), as an absolute path.
    var file: String?
    var goLine: String?
    var toolchainLine: String?
    /// The toolchain chosen (`go1.24.0`), for `switch`.
    var target: String?
    /// Where a switch gets the toolchain: a binary on PATH, or `download` (golang.org/toolchain via GOPROXY).
    var via: String?
    /// The go command's message, for `refuse` (and what a switched toolchain would say).
    var message: String?
    /// A sentence explaining the decision.
    var explanation: String

    /// Decides as the go command does.
    /// - Parameters:
    ///   - setting: the effective GOTOOLCHAIN.
    ///   - local: the local go's version (`gover.Local()`), such as `1.23.5`.
    ///   - modulesEnabled: whether modules will be enabled (`modload.WillBeEnabled`).
    ///   - file: the go.work (or else go.mod) path and bytes, when there is one.
    ///   - shortName: how go names the file in messages (relative to the working directory).
    ///   - lookPath: the path of an executable named like a toolchain (`go1.24.0`) on PATH, if any.
    static func decide(
        setting: String, local: String, modulesEnabled: Bool, file: (path: String, bytes: [UInt8])?,
        shortName: String, lookPath: (String) -> String? = { _ in nil }
    ) -> ToolchainDecision {
        var d = ToolchainDecision(
            outcome: .local, setting: setting, localVersion: local, file: file?.path, explanation: "")
        guard modulesEnabled else {
            d.outcome = .notApplicable
            d.explanation = "modules are off here, so GOTOOLCHAIN is not consulted: the go on PATH runs"
            return d
        }
        guard !setting.isEmpty else {
            d.explanation = "GOTOOLCHAIN is unset (no $GOROOT/go.env): the local go\(local) runs"
            return d
        }
        let localToolchain = "go" + local
        var minToolchain = localToolchain
        var minVers = local
        let mode: String
        if setting == "auto" {
            mode = "auto"
        } else if setting == "path" {
            mode = "path"
        } else {
            let parts = setting.split(separator: "+", maxSplits: 1, omittingEmptySubsequences: false)
            let min = String(parts[0])
            let plus = parts.count == 2
            let suffix = plus ? String(parts[1]) : ""
            if min != "local" {
                let v = GoVersion.fromToolchain(min)
                if v.isEmpty {
                    return d.refusing(plus
                        ? "go: invalid GOTOOLCHAIN \(GoQuote.string(setting)): invalid minimum toolchain \(GoQuote.string(min))"
                        : "go: invalid GOTOOLCHAIN \(GoQuote.string(setting))")
                }
                minToolchain = min
                minVers = v
            }
            if plus && suffix != "auto" && suffix != "path" {
                return d.refusing("go: invalid GOTOOLCHAIN \(GoQuote.string(setting)): only version suffixes are +auto and +path")
            }
            mode = suffix
        }
        var chosen = minToolchain
        var autoGo = "", autoToolchain = ""
        if let file {
            d.goLine = Self.lookup(file.bytes, "go")
            d.toolchainLine = Self.lookup(file.bytes, "toolchain")
        }
        if mode == "auto" || mode == "path", file != nil {
            let goVers = d.goLine ?? ""
            let toolchain = d.toolchainLine ?? ""
            if toolchain == "default" {
                autoToolchain = toolchain
            } else {
                if !toolchain.isEmpty {
                    let toolVers = GoVersion.fromToolchain(toolchain)
                    if toolVers.isEmpty || (!toolchain.hasPrefix("go") && !toolchain.contains("-go")) {
                        return d.refusing("go: invalid toolchain \(GoQuote.string(toolchain)) in \(shortName)")
                    }
                    if GoVersion.compare(toolVers, minVers) > 0 {
                        chosen = toolchain
                        minVers = toolVers
                        autoToolchain = toolchain
                    }
                }
                if !goVers.isEmpty && GoVersion.compare(goVers, minVers) > 0 {
                    chosen = "go" + goVers
                    if GoVersion.isLang(goVers) && GoVersion.compare(goVers, "1.21") >= 0 { chosen += ".0" }
                    autoGo = goVers
                    autoToolchain = ""
                }
            }
        }
        // The version that will run, and what it says if the go line is newer still.
        var running = local
        if chosen == "local" || chosen == localToolchain {
            d.outcome = .local
        } else {
            guard chosen.hasPrefix("go1") || chosen.contains("-go1") else {
                return d.refusing("go: invalid GOTOOLCHAIN \(GoQuote.string(chosen))")
            }
            d.outcome = .switch
            d.target = chosen
            running = GoVersion.fromToolchain(chosen)
            if let exe = lookPath(chosen) {
                d.via = exe
            } else if mode == "path" {
                return d.refusing("go: cannot find \(GoQuote.string(chosen)) in PATH")
            } else {
                d.via = "download"
            }
        }
        if let goVers = d.goLine, !goVers.isEmpty, GoVersion.isValid(goVers), GoVersion.compare(goVers, running) > 0 {
            var explain = setting != "auto" ? "; GOTOOLCHAIN=\(setting)" : ""
            if !autoGo.isEmpty || !autoToolchain.isEmpty {
                explain += "; \(shortName) sets " + (autoToolchain.isEmpty ? "go \(autoGo)" : "toolchain \(autoToolchain)")
            }
            let message = "go: \(shortName) requires go >= \(goVers) (running go \(running)\(explain))"
            if d.outcome == .local { return d.refusing(message) }
            d.message = message
        }
        switch d.outcome {
        case .local:
            d.explanation = "the local go\(local) runs"
                + (d.goLine.map { ": \(shortName) asks for go \($0)" + (d.toolchainLine.map { ", toolchain \($0)" } ?? "") } ?? "")
                + (mode == "" && setting != "local" ? " (GOTOOLCHAIN=\(setting) names this toolchain)" : "")
        case .switch:
            let why = !autoGo.isEmpty ? "\(shortName)'s go line is \(autoGo)"
                : !autoToolchain.isEmpty ? "\(shortName)'s toolchain line is \(autoToolchain)"
                : "GOTOOLCHAIN=\(setting) asks for it"
            d.explanation = "go\(local) hands the command to \(chosen) because \(why); "
                + (d.via == "download" ? "it is not on PATH, so go downloads it (module golang.org/toolchain through GOPROXY, checked against GOSUMDB)"
                    : "it runs \(d.via ?? chosen) from PATH")
        default:
            break
        }
        return d
    }

    private func refusing(_ message: String) -> ToolchainDecision {
        var d = self
        d.outcome = .refuse
        d.message = message
        d.explanation = "the go command stops before doing anything"
        return d
    }

    /// `gover.GoModLookup`: the value of the first line starting with `key` and a space or tab.
    static func lookup(_ bytes: [UInt8], _ key: String) -> String? {
        for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let line = Substring(decoding: raw, as: UTF8.self).trimmingGoSpace()
            guard line.hasPrefix(key) else { continue }
            let rest = line.dropFirst(key.count)
            guard let f = rest.first, f == " " || f == "\t" else { continue }
            var value = rest
            if let r = value.range(of: "//") { value = value[..<r.lowerBound] }
            return value.trimmingGoSpace()
        }
        return nil
    }
}
