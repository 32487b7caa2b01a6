/// One go command run, step by step as `go list -m` takes them.
///
/// `modload.Init`, `BuildInit`, `LoadModFile`, `ListModules`: up to where the vendor
/// consistency check and the checks right after it are done.
struct VendorCheckRun {
    /// Thrown after a fatal message is recorded: the go command exits there.
    struct Stop: Error {}

    /// A main module as `makeMainModules` indexes it.
    struct MainModule {
        var path: String
        /// The absolute module root.
        var root: String
        var file: GoModFile
        /// `index.replace`: each old module's replacement, as written, and its directive.
        var replace: [ModuleID: (new: ModuleID, directive: GoModFile.Replacement)] = [:]
        /// `index.require`: each required module and whether (its last line) says `// indirect`.
        var require: [ModuleID: Bool] = [:]
        var exclude: Set<ModuleID> = []
    }

    let input: VendorCheckInput
    let cwd: String
    let local: String
    let files: VendorCheckFiles
    let flags: GoBuildFlags
    var result = VendorCheckResult()
    var limitations: [String] = []

    var buildMod: String
    var buildModExplicit: Bool
    var buildModReason = ""
    var modulesEnabled = false
    /// The go.work path ("" outside workspace mode), as the go command holds it.
    var workFilePath = ""
    var workFile: GoWorkFile?
    var workReplace: [ModuleID: (new: ModuleID, directive: GoModFile.Replacement)] = [:]
    var modRoots: [String] = []
    /// The main modules in go.work (or the single one), in order.
    var mains: [MainModule] = []
    /// The index of each main module path's entry.
    ///
    /// A path listed twice keeps the last, as the go command's maps do.
    var mainByPath: [String: Int] = [:]
    /// The single module's roots (requirements not excluded, then go and toolchain), sorted.
    var roots: [ModuleID] = []
    var direct: Set<String> = []
    var stdoutLines: [String] = []
    /// vendor/modules.txt as read in vendor mode (empty when missing).
    var manifest = VendorManifest(file: "vendor/modules.txt")

    init(input: VendorCheckInput) {
        self.input = input
        cwd = input.workingDirectory
        local = input.goVersion
        files = input.files
        flags = GoBuildFlags(goflags: input.environment["GOFLAGS"] ?? "", arguments: input.flags)
        buildMod = flags.mod
        buildModExplicit = flags.modExplicit
    }

    var inWorkspace: Bool { !workFilePath.isEmpty }

    // MARK: Messages

    mutating func errorf(_ kind: VendorCheckMessage.Kind, _ text: String) {
        result.messages.append(VendorCheckMessage(kind: kind, text: text, isFatal: false))
        result.exitStatus = 1
    }

    mutating func fatal(_ kind: VendorCheckMessage.Kind, _ text: String) -> Stop {
        result.messages.append(VendorCheckMessage(kind: kind, text: text, isFatal: true))
        result.exitStatus = 1
        return Stop()
    }

    mutating func warn(_ kind: VendorCheckMessage.Kind, _ text: String) {
        result.messages.append(VendorCheckMessage(kind: kind, text: text, isFatal: false))
    }

    func env(_ key: String) -> String {
        input.environment[key] ?? ""
    }

    func short(_ path: String) -> String {
        GoFilePath.short(path, cwd: cwd)
    }

    /// The go command's GOTOOLCHAIN setting (go.env says `auto` when the variable is empty).
    var toolchainSetting: String {
        let t = env("GOTOOLCHAIN")
        return t.isEmpty ? "auto" : t
    }

    /// `gover.TooNewError`'s text.
    func tooNew(_ what: String, _ version: String) -> String {
        let t = toolchainSetting
        let explain = t != "auto" ? "; GOTOOLCHAIN=\(t)" : ""
        return "\(what) requires go >= \(version) (running go \(local)\(explain))"
    }

    /// Notes that with `GOTOOLCHAIN` other than `local` a newer version would switch toolchains.
    mutating func noteTooNewLimitation() {
        let t = toolchainSetting
        let note = "GOTOOLCHAIN=\(t): the go command would try to switch to a newer toolchain"
        if t != "local" && t != "go" + local && !limitations.contains(note) {
            limitations.append(note)
        }
    }

    // MARK: The run

    mutating func run() throws(Stop) {
        if let e = flags.goflagsError { throw fatal(.usage, e) }
        try initWorkfile()
        try initModules()
        try buildInit()
        if !modulesEnabled && modRoots.isEmpty {
            throw fatal(.usage, "go: list -m cannot be used with GO111MODULE=off")
        }
        try loadModFile()
    }

    mutating func finish() -> VendorCheckResult {
        var r = result
        r.buildModExplicit = buildModExplicit
        r.buildModReason = buildModReason
        r.isWorkspace = inWorkspace && modulesEnabled
        r.workFile = r.isWorkspace ? workFilePath : nil
        r.mainModules = mains.map { m in
            let gomod = modFilePath(m.root)
            return LoadedMainModule(
                path: m.path, root: m.root, goModPath: GoFilePath.isAbs(gomod) ? gomod : GoFilePath.join(cwd, gomod),
                goMod: m.file)
        }
        if r.exitStatus == 0 {
            r.stdout = stdoutLines.map { $0 + "\n" }.joined()
        }
        if !limitations.isEmpty { r.limitation = limitations.joined(separator: "; ") }
        return r
    }

    /// `modload.InitWorkfile` / `FindGoWork`.
    mutating func initWorkfile() throws(Stop) {
        switch env("GOWORK") {
        case "off":
            workFilePath = ""
        case "", "auto":
            workFilePath = files.findUp("go.work", from: cwd, stopAt: input.environment["GOROOT"].map(GoFilePath.clean)) ?? ""
        case let gowork:
            guard GoFilePath.isAbs(gowork) else { throw fatal(.usage, "go: invalid GOWORK: not an absolute path") }
            workFilePath = gowork
        }
    }

    /// `modload.Init`.
    mutating func initModules() throws(Stop) {
        var mustUseModules = true
        switch env("GO111MODULE") {
        case "auto": mustUseModules = false
        case "on", "": break
        case "off":
            workFilePath = ""
            return
        case let other: throw fatal(.usage, "go: unknown environment setting GO111MODULE=\(other)")
        }
        if inWorkspace {
            if !flags.modFile.isEmpty { throw fatal(.usage, "go: -modfile cannot be used in workspace mode") }
        } else if let goMod = files.findUp("go.mod", from: cwd) {
            modRoots = [GoFilePath.dir(goMod)]
        } else {
            if !flags.modFile.isEmpty {
                    throw fatal(.usage,
                    "go: cannot find main module, but -modfile was set.\n\t-modfile cannot be used to set the module root directory.")
            }
            if !mustUseModules { return }
        }
        if !flags.modFile.isEmpty && !flags.modFile.hasSuffix(".mod") {
            throw fatal(.usage, "go: -modfile=\(flags.modFile): file does not have .mod extension")
        }
        modulesEnabled = true
        try setDefaultBuildMod(loaded: false)
    }

    /// The `-mod` checks of `work.BuildInit`.
    mutating func buildInit() throws(Stop) {
        switch buildMod {
        case "":
            break
        case "readonly", "vendor", "mod":
            if !modulesEnabled && !flags.inGOFLAGS("-mod") {
                throw fatal(.usage, "build flag -mod=\(buildMod) only valid when using modules")
            }
        default:
            throw fatal(.usage, "-mod=\(buildMod) not supported (can be '', 'mod', 'readonly', or 'vendor')")
        }
        if !modulesEnabled && !flags.modFile.isEmpty && !flags.inGOFLAGS("-mod") {
            throw fatal(.usage, "build flag -modfile only valid when using modules")
        }
    }

    /// `modload.setDefaultBuildMod`; before the main modules are loaded their go lines are unknown.
    mutating func setDefaultBuildMod(loaded: Bool) throws(Stop) {
        if buildModExplicit {
            if inWorkspace && buildMod != "readonly" && buildMod != "vendor" {
                throw fatal(.usage,
                    "go: -mod may only be set to readonly or vendor when in workspace mode, but it is set to "
                        + GoQuote.string(buildMod)
                        + "\n\tRemove the -mod flag to use the default readonly value, "
                        + "\n\tor set GOWORK=off to disable workspace mode.")
            }
            return
        }
        if modRoots.isEmpty {
            buildMod = "readonly"
            return
        }
        let source = inWorkspace ? "go.work" : "go.mod"
        var goVersion = ""
        if loaded {
            goVersion = inWorkspace ? workFile?.go?.version ?? "" : mains.first?.file.go?.version ?? ""
        }
        let vendorDir = vendorDirectory
        if files.isDirectory(vendorDir) {
            if goVersion.isEmpty {
                buildModReason = "Go version in \(source) is unspecified, so vendor directory was not used."
            } else if GoVersion.compare(goVersion, "1.14") < 0 {
                buildModReason = "Go version in \(source) is \(goVersion), so vendor directory was not used."
            } else {
                let vendoredWorkspace = try modulesTextIsForWorkspace(vendorDir)
                if vendoredWorkspace != inWorkspace {
                    buildModReason = vendoredWorkspace
                        ? "Outside workspace mode, but vendor directory is for a workspace."
                        : "In workspace mode, but vendor directory is not for a workspace"
                } else {
                    buildMod = "vendor"
                    buildModReason = "Go version in \(source) is at least 1.14 and vendor directory exists."
                    return
                }
            }
        }
        buildMod = "readonly"
    }

    /// The `vendor` directory the go command uses: beside go.work, or in the module root.
    var vendorDirectory: String {
        if inWorkspace { return GoFilePath.join(GoFilePath.dir(workFilePath), "vendor") }
        return GoFilePath.join(modRoots[0], "vendor")
    }

    /// `modulesTextIsForWorkspace`: line 1 of the first 512 bytes of modules.txt.
    mutating func modulesTextIsForWorkspace(_ vendorDir: String) throws(Stop) -> Bool {
        let path = GoFilePath.join(vendorDir, "modules.txt")
        switch files.read(path, name: path) {
        case .success(let bytes):
            return VendorManifestReader.isForWorkspace(bytes)
        case .failure(let f):
            if f.notExist { return false }
            throw fatal(.vendorRead, "go: reading modules.txt for vendor directory: \(f.text)")
        }
    }

    /// `modFilePath`: `-modfile`, or the root's go.mod.
    func modFilePath(_ root: String) -> String {
        flags.modFile.isEmpty ? GoFilePath.join(root, "go.mod") : flags.modFile
    }
}
