/// Explains how the go command resolves the module in a directory, in a given environment.
public enum EnvironmentCheck {
    /// The settings `go env -json` is compared on.
    static let comparedWithGo = [
        "GO111MODULE", "GOFLAGS", "GOTOOLCHAIN", "GOPROXY", "GONOPROXY", "GOPRIVATE", "GONOSUMDB", "GOSUMDB",
        "GOINSECURE", "GOVCS", "GOPATH", "GOMODCACHE", "GOBIN", "GOROOT", "GOENV",
    ]

    public static func run(_ input: EnvironmentInput) -> EnvironmentReport {
        let settings = input.settings
        let env = input.effectiveEnvironment
        var findings: [Finding] = []
        let cwd = input.directory
        func short(_ p: String) -> String { GoFilePath.short(p, cwd: cwd) }

        // 1. Which go.
        findings += goBinaryFindings(input, settings)

        // 2. Where settings come from.
        for s in settings.settings {
            if let hidden = s.shadowedFileValue, let file = input.userEnvFile {
                findings.append(Finding(
                    id: "env-setting-shadowed", severity: .note, module: "",
                    message: "\(s.name)=\(s.value) from the environment hides \(s.name)=\(hidden) set in the go env file",
                    location: SourceLocation(file: file.path, line: file.values[s.name]?.line),
                    hint: "`go env -u \(s.name)` removes the file's value; unset \(s.name) to use it"))
            }
        }

        // 3. Module mode, the workspace and vendor mode.
        let gomodPath = input.files.findUp("go.mod", from: cwd)
        var workspace = workspaceInfo(input, env: env, cwd: cwd)
        var modes = EnvironmentReport.Modes(
            mode: "module", modeReason: "", goMod: gomodPath, buildMod: nil, buildModReason: "")
        let go111 = env["GO111MODULE"] ?? ""
        switch go111 {
        case "off":
            modes.mode = "gopath"
            modes.modeReason = "GO111MODULE=off (\(settings["GO111MODULE"]?.detail ?? "")): GOPATH mode, go.mod and go.work are ignored"
            workspace.file = nil
            workspace.how = "GO111MODULE=off"
            workspace.modules = []
            if let gomodPath {
                findings.append(Finding(
                    id: "env-gopath-mode", severity: .error, module: "",
                    message: "GO111MODULE=off: the go command ignores \(short(gomodPath)) and builds in GOPATH mode",
                    location: settingLocation(settings["GO111MODULE"]),
                    hint: sourceHint(settings["GO111MODULE"], fix: "GO111MODULE=on (or unset it)")))
            }
        case "auto":
            if gomodPath == nil && workspace.file == nil {
                modes.mode = "gopath"
                modes.modeReason = "GO111MODULE=auto and no go.mod or go.work here or above: GOPATH mode"
            } else {
                modes.modeReason = "GO111MODULE=auto and \(workspace.file.map(short) ?? gomodPath.map(short) ?? "") found: module mode"
            }
        case "", "on":
            modes.modeReason = go111.isEmpty ? "GO111MODULE unset: module mode" : "GO111MODULE=on: module mode"
        default:
            modes.mode = "error"
            modes.error = "go: unknown environment setting GO111MODULE=\(go111)"
            modes.modeReason = modes.error!
            findings.append(Finding(
                id: "env-go111module-invalid", severity: .error, module: "", message: modes.error!,
                location: settingLocation(settings["GO111MODULE"]), hint: sourceHint(settings["GO111MODULE"], fix: "GO111MODULE=on, off or auto")))
        }
        let modulesEnabled = modes.mode == "module"
        if modulesEnabled {
            decideVendorMode(input, env: env, settings: settings, modes: &modes, findings: &findings, short: short)
            findings += workspaceFindings(workspace, gomodPath: gomodPath, settings: settings, short: short)
        }
        if let e = workspace.error {
            findings.append(Finding(id: "env-gowork-invalid", severity: .error, module: "", message: e,
                location: settingLocation(settings["GOWORK"]), hint: sourceHint(settings["GOWORK"], fix: "an absolute path, off, or nothing")))
        }

        // 5. Toolchain.
        let local = input.go?.version ?? "unknown"
        var toolchainFile: (path: String, bytes: [UInt8])?
        if modulesEnabled, let path = workspace.file ?? gomodPath, case .file(let bytes)? = input.files[path] {
            toolchainFile = (path, bytes)
        }
        let toolchain: ToolchainDecision
        if input.go?.version == nil {
            toolchain = ToolchainDecision(
                outcome: modulesEnabled ? .local : .notApplicable, setting: settings.value("GOTOOLCHAIN"), localVersion: nil,
                file: toolchainFile?.path, goLine: toolchainFile.flatMap { ToolchainDecision.lookup($0.bytes, "go") },
                toolchainLine: toolchainFile.flatMap { ToolchainDecision.lookup($0.bytes, "toolchain") },
                explanation: "the local go version is unknown, so the toolchain decision cannot be made")
        } else {
            toolchain = ToolchainDecision.decide(
                setting: settings.value("GOTOOLCHAIN"), local: local, modulesEnabled: modulesEnabled, file: toolchainFile,
                shortName: toolchainFile.map { short($0.path) } ?? "go.mod", lookPath: { input.toolchainsOnPath[$0] })
        }
        findings += toolchainFindings(toolchain, settings: settings)

        // 6. Routing.
        let proxies = GoProxyList(goproxy: settings.value("GOPROXY"), gonoproxy: settings.value("GONOPROXY"))
        let vendorMode = modes.buildMod == "vendor"
        var routes: [ModuleRoute] = []
        var fetched: [ModuleID] = []
        for m in input.buildList?.modules ?? [] {
            var id = m.id
            if let r = m.replacement {
                if r.isLocalDirectory { continue }
                id = ModuleID(path: r.path, version: r.version)
            }
            fetched.append(id)
            routes.append(ModuleRoute.route(
                module: id.path, version: id.version, settings: settings, proxies: proxies, vendorMode: vendorMode))
        }
        findings += routingFindings(input, settings: settings, proxies: proxies, routes: routes, modulesEnabled: modulesEnabled)

        // 7. Checksums.
        let checksums = checksumInfo(
            input, fetched: fetched, vendorMode: vendorMode, mainGoMods: mainGoMods(input, modes: modes, workspace: workspace))
        findings += checksumFindings(checksums, input: input, modulesEnabled: modulesEnabled)

        var report = EnvironmentReport(
            directory: cwd, goBinaries: input.goBinaries, settings: settings.settings, envFile: settings.userFilePath,
            envFileHow: settings.userFileHow, envFileExists: input.userEnvFile != nil, modes: modes, workspace: workspace,
            toolchain: toolchain, proxies: proxies, buildListSource: input.buildList?.source.rawValue, routes: routes,
            checksums: checksums, goEnvCompared: input.goEnvJSON != nil, disagreements: [], findings: [])

        // go env -json.
        if let go = input.goEnvJSON {
            for name in comparedWithGo + ["GOWORK", "GOMOD"] {
                guard let theirs = go[name], let ours = report.goEnvValue(name), ours != theirs else { continue }
                report.disagreements.append(.init(name: name, modgraph: ours, go: theirs))
            }
            for d in report.disagreements {
                findings.append(Finding(
                    id: "env-go-disagrees", severity: .warning, module: "",
                    message: "go env says \(d.name)=\(GoQuote.string(d.go)), modgraph worked out \(GoQuote.string(d.modgraph))",
                    hint: "modgraph's explanation of \(d.name) may be wrong here: go's own value is the one that applies"))
            }
        }
        report.findings = findings.sorted()
        return report
    }

    // MARK: Locations and hints

    static func settingLocation(_ s: GoSetting?) -> SourceLocation? {
        guard let s, s.source == .goEnvFile || s.source == .gorootGoEnv else { return nil }
        let parts = s.detail.split(separator: ":")
        guard parts.count >= 2, let line = Int(parts.last!) else { return nil }
        return SourceLocation(file: parts.dropLast().joined(separator: ":"), line: line)
    }

    /// How to change a setting where it is set.
    static func sourceHint(_ s: GoSetting?, fix: String) -> String {
        guard let s else { return "set \(fix)" }
        switch s.source {
        case .environment: return "set \(fix) in the environment (it is exported there now)"
        case .goEnvFile: return "it was written by `go env -w`: `go env -w \(s.name)=...` with \(fix), or `go env -u \(s.name)`"
        case .gorootGoEnv: return "set \(fix) (the installation's $GOROOT/go.env sets it now)"
        case .default: return "set \(fix)"
        }
    }

    // MARK: 1. Which go

    static func goBinaryFindings(_ input: EnvironmentInput, _ settings: GoSettings) -> [Finding] {
        var out: [Finding] = []
        guard let go = input.go else {
            out.append(Finding(id: "env-go-missing", severity: .warning, module: "",
                message: "no go command on PATH: this explanation uses the environment and files alone",
                hint: "install Go or add its bin directory to PATH"))
            return out
        }
        if go.version == nil {
            out.append(Finding(id: "env-go-version-unknown", severity: .note, module: "",
                message: "the version of \(go.path) could not be read (\(go.versionSource))",
                hint: "the toolchain decision needs it: check that \(go.path) is a Go installation"))
        }
        let others = input.goBinaries.dropFirst().filter { $0.resolved != go.resolved }
        if let v = go.version, let newer = others.first(where: { $0.version.map { GoVersion.compare($0, v) > 0 } ?? false }) {
            out.append(Finding(id: "env-go-shadowed", severity: .warning, module: "",
                message: "\(go.path) (go\(v)) comes first on PATH and hides the newer \(newer.path) (go\(newer.version!))",
                hint: "put \(GoFilePath.dir(newer.path)) before \(GoFilePath.dir(go.path)) in PATH, or remove the old go"))
        }
        let gorootSetting = settings["GOROOT"]
        if let s = gorootSetting, s.source != .default, let own = go.goroot, GoFilePath.clean(own) != s.value {
            out.append(Finding(id: "env-goroot-mismatch", severity: .error, module: "",
                message: "GOROOT=\(s.value) (\(s.source == .environment ? "environment" : "go env file")) but \(go.path) belongs to \(own): go\(go.version ?? "?") would use another installation's standard library and tools",
                location: settingLocation(s),
                hint: s.source == .environment ? "unset GOROOT: the go command finds its own" : "`go env -u GOROOT`"))
        }
        let goroot = settings.value("GOROOT")
        let gopath = settings.value("GOPATH")
        if !gopath.isEmpty, !goroot.isEmpty, GoFilePath.clean(gopath) == GoFilePath.clean(goroot) {
            out.append(Finding(id: "env-gopath-is-goroot", severity: .warning, module: "",
                message: "warning: GOPATH set to GOROOT (\(gopath)) has no effect",
                location: settingLocation(settings["GOPATH"]), hint: sourceHint(settings["GOPATH"], fix: "GOPATH to another directory, such as $HOME/go")))
        } else {
            for p in gopath.split(separator: ":").map(String.init) where !p.isEmpty {
                if p.hasPrefix("~") {
                    out.append(Finding(id: "env-gopath-relative", severity: .error, module: "",
                        message: "go: GOPATH entry cannot start with shell metacharacter '~': \(GoQuote.string(p))",
                        location: settingLocation(settings["GOPATH"]), hint: sourceHint(settings["GOPATH"], fix: "GOPATH to an absolute path ($HOME, not ~)")))
                } else if !p.hasPrefix("/"), settings["GOPATH"]?.source != .default {
                    out.append(Finding(id: "env-gopath-relative", severity: .error, module: "",
                        message: "go: GOPATH entry is relative; must be absolute path: \(GoQuote.string(p)).",
                        location: settingLocation(settings["GOPATH"]), hint: sourceHint(settings["GOPATH"], fix: "GOPATH to an absolute path")))
                } else if !goroot.isEmpty, GoFilePath.rel(GoFilePath.clean(goroot), GoFilePath.clean(p)).map({ !$0.hasPrefix("..") }) ?? false {
                    out.append(Finding(id: "env-gopath-in-goroot", severity: .warning, module: "",
                        message: "GOPATH entry \(p) is inside GOROOT (\(goroot)): modules and tools land inside the Go installation",
                        location: settingLocation(settings["GOPATH"]), hint: sourceHint(settings["GOPATH"], fix: "GOPATH outside GOROOT")))
                }
            }
        }
        let pathDirs = (input.environment["PATH"] ?? "").split(separator: ":").map { GoFilePath.clean(String($0)) }
        let gobin = settings.value("GOBIN")
        let firstGopath = gopath.split(separator: ":").first.map(String.init) ?? ""
        let installDir = !gobin.isEmpty ? gobin : (firstGopath.isEmpty ? "" : GoFilePath.join(firstGopath, "bin"))
        if !installDir.isEmpty, installDir.hasPrefix("/"), !pathDirs.contains(GoFilePath.clean(installDir)) {
            out.append(Finding(id: "env-gobin-not-on-path", severity: .note, module: "",
                message: "`go install` writes to \(installDir) (\(gobin.isEmpty ? "$GOPATH/bin" : "GOBIN")), which is not on PATH: installed tools are not found by name",
                hint: "add \(installDir) to PATH"))
        }
        return out
    }

    // MARK: 3/4. Modes and workspace


    static func workspaceInfo(_ input: EnvironmentInput, env: [String: String], cwd: String) -> EnvironmentReport.Workspace {
        var w = EnvironmentReport.Workspace(file: nil, how: "", modules: [])
        switch env["GOWORK"] ?? "" {
        case "off":
            w.how = "GOWORK=off"
        case "", "auto":
            w.file = input.files.findUp("go.work", from: cwd, stopAt: GoFilePath.clean(input.goroot))
            w.how = w.file == nil ? "none found here or above" : "found upward from \(cwd)"
        case let gowork:
            guard GoFilePath.isAbs(gowork) else {
                w.how = "GOWORK=\(gowork)"
                w.error = "go: invalid GOWORK: not an absolute path"
                return w
            }
            w.how = "GOWORK"
            w.file = gowork
            if !input.files.isFile(gowork) { w.error = "GOWORK=\(gowork) names no file (go: no such file or directory)" }
        }
        guard let file = w.file, case .file(let bytes)? = input.files[file] else { return w }
        do {
            let work = try GoWorkFile.parse(bytes: bytes, file: file)
            for use in work.use {
                let dir = GoFilePath.isAbs(use.path) ? GoFilePath.clean(use.path) : GoFilePath.join(GoFilePath.dir(file), use.path)
                var module: String?
                if case .file(let modBytes)? = input.files[GoFilePath.join(dir, "go.mod")] {
                    module = (try? GoModFile.parse(bytes: modBytes, file: GoFilePath.join(dir, "go.mod")))?.module?.path
                }
                w.modules.append(.init(directory: dir, module: module))
            }
        } catch {
            w.error = error.description
        }
        return w
    }

    static func workspaceFindings(
        _ w: EnvironmentReport.Workspace, gomodPath: String?, settings: GoSettings, short: (String) -> String
    ) -> [Finding] {
        guard let file = w.file, w.error == nil else { return [] }
        var out: [Finding] = []
        let workDir = GoFilePath.dir(file)
        if let gomodPath {
            let root = GoFilePath.dir(gomodPath)
            if w.how != "GOWORK", root != workDir, GoFilePath.rel(workDir, root).map({ !$0.hasPrefix("..") }) ?? false {
                out.append(Finding(id: "env-workspace-parent", severity: .warning, module: "",
                    message: "\(short(file)) in a parent folder puts this module in workspace mode: its replace and use lines, not only go.mod, decide the build",
                    location: SourceLocation(file: file),
                    hint: "GOWORK=off to build the module alone, or remove \(file) if it is left over"))
            }
            if !w.modules.contains(where: { $0.directory == root }) {
                out.append(Finding(id: "env-workspace-module-missing", severity: .error, module: "",
                    message: "go: current directory is contained in a module that is not one of the workspace modules listed in go.work. You can add the module to the workspace using:\n\tgo work use \(short(root) == "" ? "." : short(root))",
                    location: SourceLocation(file: file),
                    hint: "`go work use \(short(root))`, or GOWORK=off"))
            }
        }
        return out
    }

    static func decideVendorMode(
        _ input: EnvironmentInput, env: [String: String], settings: GoSettings, modes: inout EnvironmentReport.Modes,
        findings: inout [Finding], short: (String) -> String
    ) {
        let result = VendorConsistency.check(VendorCheckInput(
            workingDirectory: input.directory, flags: [], environment: env, goVersion: input.go?.version ?? GoSyntax.reproducedVersion,
            files: input.files))
        modes.buildMod = result.buildMod
        let flags = GoBuildFlags(goflags: env["GOFLAGS"] ?? "", arguments: [])
        let goflags = settings["GOFLAGS"]
        if let e = flags.goflagsError {
            modes.error = e
            findings.append(Finding(id: "env-goflags-invalid", severity: .error, module: "", message: e,
                location: settingLocation(goflags), hint: sourceHint(goflags, fix: "GOFLAGS to flags such as -mod=readonly")))
            return
        }
        let from = goflags?.source == .goEnvFile ? "GOFLAGS in the go env file (\(goflags!.detail), written by `go env -w`)" : "GOFLAGS in the environment"
        if flags.mod == "mod" || flags.mod == "vendor" {
            let mod = flags.mod
            do {
                let effect = mod == "mod"
                    ? "every go command may update go.mod and go.sum and fetch modules, instead of failing when they are out of date"
                    : "go builds from vendor/ even where go.mod's go line or the vendor directory would decide otherwise"
                findings.append(Finding(id: "env-goflags-mod", severity: .warning, module: "",
                    message: "GOFLAGS=\(settings.value("GOFLAGS")) sets -mod=\(mod) for every go command here: \(effect)",
                    location: settingLocation(goflags),
                    hint: goflags?.source == .goEnvFile ? "`go env -u GOFLAGS` if this was set once and forgotten" : "unset GOFLAGS unless this is meant"))
            }
        }
        if result.buildModExplicit, let mod = result.buildMod {
            modes.buildModReason = "-mod=\(mod) from \(from)"
        } else if !result.buildModReason.isEmpty {
            modes.buildModReason = result.buildModReason
        } else if let mod = result.buildMod {
            modes.buildModReason = mod == "readonly"
                ? "no vendor directory is used: -mod=readonly, modules come from the module cache and go.mod is not updated"
                : "-mod=\(mod)"
        }
        if let fatal = result.messages.first(where: { $0.isFatal }), result.buildMod == nil {
            modes.error = fatal.text
            findings.append(Finding(id: "env-module-load-failed", severity: .error, module: "",
                message: fatal.text, location: modes.goMod.map { SourceLocation(file: $0) },
                hint: "every go command in this module stops here until this is fixed"))
        }
    }

    // MARK: 5. Toolchain

    static func toolchainFindings(_ t: ToolchainDecision, settings: GoSettings) -> [Finding] {
        let setting = settings["GOTOOLCHAIN"]
        let location = t.file.map { SourceLocation(file: $0) }
        switch t.outcome {
        case .refuse:
            return [Finding(id: "env-toolchain-refused", severity: .error, module: "", message: t.message ?? "",
                location: location,
                hint: setting?.value == "local"
                    ? "install go \(t.goLine ?? "") or newer, or allow a switch: " + sourceHint(setting, fix: "GOTOOLCHAIN=auto")
                    : "install the toolchain it needs, or correct the go/toolchain line")]
        case .switch:
            var text = "go\(t.localVersion ?? "") will not run commands here: it switches to \(t.target ?? "")"
            text += t.via == "download" ? ", which it must download (golang.org/toolchain through GOPROXY)" : " at \(t.via ?? "")"
            if let m = t.message { text += "; that toolchain then stops: \(m)" }
            return [Finding(id: "env-toolchain-switch", severity: t.via == "download" ? .warning : .note, module: "", message: text,
                location: location,
                hint: "install \(t.target ?? "") (or newer) locally, or GOTOOLCHAIN=local to refuse instead of switching")]
        default:
            return []
        }
    }

    // MARK: 6. Routing

    /// Whether a module path looks private: its host has no dot, ends in a reserved or
    /// internal-only top-level domain, is a private IP address, or matches `hints`.
    static func looksPrivate(_ path: String, hints: String) -> Bool {
        if PrefixPatterns.matches(hints, path) { return true }
        let host = path.split(separator: "/").first.map { String($0).lowercased() } ?? ""
        let hostOnly = host.split(separator: ":").first.map(String.init) ?? host
        if !hostOnly.contains(".") { return hostOnly != "std" && hostOnly != "cmd" }
        let tld = hostOnly.split(separator: ".").last.map(String.init) ?? ""
        let reserved: Set<String> = [
            "local", "localhost", "internal", "intranet", "corp", "lan", "home", "private", "test", "invalid",
            "example", "localdomain", "arpa",
        ]
        if reserved.contains(tld) { return true }
        let octets = hostOnly.split(separator: ".").compactMap { Int($0) }
        if octets.count == 4 {
            if octets[0] == 10 || octets[0] == 127 { return true }
            if octets[0] == 192 && octets[1] == 168 { return true }
            if octets[0] == 172 && (16...31).contains(octets[1]) { return true }
        }
        return false
    }

    static func routingFindings(
        _ input: EnvironmentInput, settings: GoSettings, proxies: GoProxyList, routes: [ModuleRoute], modulesEnabled: Bool
    ) -> [Finding] {
        var out: [Finding] = []
        if let e = proxies.error {
            out.append(Finding(id: "env-goproxy-invalid", severity: .error, module: "", message: "go: \(e)",
                location: settingLocation(settings["GOPROXY"]), hint: sourceHint(settings["GOPROXY"], fix: "GOPROXY=https://proxy.golang.org,direct")))
        }
        let gosumdb = settings.value("GOSUMDB")
        if gosumdb == "off" {
            out.append(Finding(id: "env-sumdb-off", severity: .warning, module: "",
                message: "GOSUMDB=off: modules not yet in go.sum are accepted without checking the checksum database",
                location: settingLocation(settings["GOSUMDB"]),
                hint: sourceHint(settings["GOSUMDB"], fix: "GOSUMDB=sum.golang.org, and GONOSUMDB/GOPRIVATE for private modules only")))
        }
        let hints = input.privateHints
        var leaking: [(ModuleRoute, [String])] = []
        var publicUnchecked: [ModuleRoute] = []
        for r in routes where r.note != "vendor" {
            let priv = looksPrivate(r.module, hints: hints)
            if priv {
                var leaks: [String] = []
                if r.noProxyGlob == nil, r.sources.contains(where: { $0 != "direct" && $0 != "off" }) { leaks.append("the proxy") }
                if r.sumdbChecked { leaks.append("the checksum database") }
                if !leaks.isEmpty { leaking.append((r, leaks)) }
            } else if r.noSumdbGlob != nil && gosumdb != "off" {
                publicUnchecked.append(r)
            }
        }
        for (r, leaks) in leaking {
            out.append(Finding(id: "env-private-not-covered", severity: .warning, module: r.module,
                message: "\(r.module) looks private but GOPRIVATE does not cover it: its path goes to \(leaks.joined(separator: " and ")) (\(r.sumdbChecked ? settings.value("GOSUMDB") : r.sources.first ?? ""))",
                hint: "go env -w GOPRIVATE=\(privateGlobSuggestion(r.module, existing: settings.value("GOPRIVATE")))"))
        }
        if !publicUnchecked.isEmpty {
            let globs = Set(publicUnchecked.compactMap(\.noSumdbGlob)).sorted()
            let names = publicUnchecked.prefix(5).map(\.module).joined(separator: ", ")
            out.append(Finding(id: "env-nosumdb-wide", severity: .warning, module: "",
                message: "GONOSUMDB (\(globs.joined(separator: ","))) skips the checksum database for \(FindingText.count(publicUnchecked.count, "public-looking module")): \(names)\(publicUnchecked.count > 5 ? ", ..." : "")",
                location: settingLocation(settings["GONOSUMDB"]) ?? settingLocation(settings["GOPRIVATE"]),
                hint: "narrow GONOSUMDB/GOPRIVATE to your private hosts (such as *.corp.example.com)"))
        }
        let insecure = routes.filter { $0.insecureGlob != nil && $0.note != "vendor" }
        if !settings.value("GOINSECURE").isEmpty {
            out.append(Finding(id: "env-insecure", severity: .warning, module: "",
                message: "GOINSECURE=\(settings.value("GOINSECURE")): \(insecure.isEmpty ? "no module of the build list matches, but any fetched later that does" : FindingText.count(insecure.count, "module") + " (\(insecure.prefix(5).map(\.module).joined(separator: ", ")))") may be fetched over plain HTTP or unverified TLS",
                location: settingLocation(settings["GOINSECURE"]),
                hint: sourceHint(settings["GOINSECURE"], fix: "GOINSECURE to nothing; give the server a valid certificate instead")))
        }
        if modulesEnabled, input.moduleCache != nil {
            let offRoutes = routes.filter { $0.note == nil && $0.sources.first == "off" && $0.noProxyGlob == nil }
            let missing = offRoutes.filter { input.cacheStates[ModuleID(path: $0.module, version: $0.version)].map { !$0.hasGoMod } ?? true }
            if !missing.isEmpty {
                out.append(Finding(id: "env-goproxy-off-missing", severity: .error, module: "",
                    message: "GOPROXY=off and \(FindingText.count(missing.count, "module")) of the build list \(missing.count == 1 ? "is" : "are") not in the module cache: go fails with 'module lookup disabled by GOPROXY=off' (\(missing.prefix(5).map { "\($0.module)@\($0.version)" }.joined(separator: ", "))\(missing.count > 5 ? ", ..." : ""))",
                    location: settingLocation(settings["GOPROXY"]),
                    hint: "download them once with a proxy (GOPROXY=https://proxy.golang.org go mod download), or vendor them"))
            }
        }
        return out
    }

    /// A GOPRIVATE value that adds the module's host (or first two elements for a code host).
    static func privateGlobSuggestion(_ module: String, existing: String) -> String {
        let parts = module.split(separator: "/")
        let host = parts.first.map(String.init) ?? module
        let publicHosts: Set<String> = ["github.com", "gitlab.com", "bitbucket.org"]
        let glob = publicHosts.contains(host) && parts.count >= 2 ? "\(host)/\(parts[1])" : host
        return existing.isEmpty ? glob : existing + "," + glob
    }

    // MARK: 7. Checksums

    /// The main modules' go.mod files (the workspace's, or the one module's), parsed.
    static func mainGoMods(
        _ input: EnvironmentInput, modes: EnvironmentReport.Modes, workspace: EnvironmentReport.Workspace
    ) -> [GoModFile] {
        let paths = workspace.file != nil
            ? workspace.modules.map { GoFilePath.join($0.directory, "go.mod") } : (modes.goMod.map { [$0] } ?? [])
        return paths.compactMap { path in
            guard case .file(let bytes)? = input.files[path] else { return nil }
            return try? GoModFile.parse(bytes: bytes, file: path)
        }
    }

    static func checksumInfo(
        _ input: EnvironmentInput, fetched: [ModuleID], vendorMode: Bool, mainGoMods: [GoModFile]
    ) -> EnvironmentReport.Checksums {
        var c = EnvironmentReport.Checksums(
            sumFiles: input.goSums.map(\.file), modules: fetched.count, complete: 0, goModOnly: 0, missing: [],
            missingNeeded: [], moduleCache: input.moduleCache, verify: [])
        // As GoSumCheck: a pruned graph needs the lines of what the main modules require.
        let pruned = mainGoMods.first?.go.map { GoVersion.compare($0.version, "1.17") >= 0 } ?? false
        var required: Set<ModuleID> = []
        for f in mainGoMods {
            for r in f.require { required.insert(ModuleID(path: r.path, version: r.version)) }
            for r in f.replace { if let v = r.newVersion { required.insert(ModuleID(path: r.newPath, version: v)) } }
        }
        for id in fetched {
            let zip = input.goSums.contains { $0.hasZipHash(path: id.path, version: id.version) }
            let mod = input.goSums.contains { $0.hasGoModHash(path: id.path, version: id.version) }
            if zip && mod {
                c.complete += 1
            } else if mod {
                c.goModOnly += 1
            } else {
                c.missing.append("\(id.path)@\(id.version)")
                if !vendorMode && (!pruned || required.contains(id)) { c.missingNeeded.append("\(id.path)@\(id.version)") }
            }
            if let s = input.cacheStates[id] {
                c.verify.append(.init(module: id.path, version: id.version, status: s.status, detail: s.detail))
            }
        }
        return c
    }

    static func checksumFindings(_ c: EnvironmentReport.Checksums, input: EnvironmentInput, modulesEnabled: Bool) -> [Finding] {
        var out: [Finding] = []
        guard modulesEnabled else { return out }
        if !c.missingNeeded.isEmpty && input.buildList?.source != nil {
            out.append(Finding(id: "env-gosum-missing", severity: .error, module: "",
                message: "\(FindingText.count(c.missingNeeded.count, "module")) go must verify \(c.missingNeeded.count == 1 ? "has" : "have") no line in \(c.sumFiles.isEmpty ? "go.sum (there is none)" : c.sumFiles.map { GoFilePath.short($0, cwd: input.directory) }.joined(separator: " or ")): go stops with 'missing go.sum entry' (\(c.missingNeeded.prefix(5).joined(separator: ", "))\(c.missingNeeded.count > 5 ? ", ..." : ""))",
                location: c.sumFiles.first.map { SourceLocation(file: $0) },
                hint: "`go mod tidy` (or `go mod download` for the modules named) adds them, checked against GOSUMDB"))
        }
        for v in c.verify where ["modified", "missing ziphash", "go.sum mismatch", "error"].contains(v.status) {
            let hint = v.status == "go.sum mismatch"
                ? "if go.sum is right the cache was tampered with: `go clean -modcache` and download again; if go.sum is wrong, find out why before changing it"
                : "`go clean -modcache` (or delete that module's directory and its cache/download entry), then `go mod download`"
            out.append(Finding(id: v.status == "go.sum mismatch" ? "env-modcache-gosum-mismatch" : "env-modcache-modified",
                severity: .error, module: v.module, message: v.detail ?? "\(v.module) \(v.version): \(v.status)", hint: hint))
        }
        return out
    }
}
