/// Everything `EnvironmentCheck` looks at, gathered beforehand (by `EnvironmentInput.read` and
/// the toolchain probe), so the explanation itself reads no disk and runs nothing.
public struct EnvironmentInput: Sendable {
    /// The absolute directory go would run in.
    var directory: String
    /// The process environment.
    var environment: [String: String]
    /// The user's go env file as read; nil when it is absent or GOENV=off.
    var userEnvFile: GoEnvFile?
    /// `$GOROOT/go.env` of the go that runs; nil when absent.
    var gorootEnvFile: GoEnvFile?
    /// Every `go` on PATH, in PATH order.
    var goBinaries: [EnvironmentReport.GoBinary]
    /// Executables on PATH named like toolchains (`go1.24.0`), by name: where a switch finds them.
    var toolchainsOnPath: [String: String]
    /// The go.mod, go.work and vendor files go would read (`VendorCheckFiles.read`).
    var files: VendorCheckFiles
    /// The build list, when one could be had (list.json, graph.txt, or go.mod alone).
    var buildList: BuildList?
    /// go.sum of the main module(s) and go.work.sum, as read.
    var goSums: [GoSumFile]
    /// The module cache, when there is one on disk, and what it holds for each module.
    var moduleCache: String?
    var cacheStates: [ModuleID: ModuleCacheState]
    /// `go env -json` of the go that runs, when it ran.
    public var goEnvJSON: [String: String]?
    /// Globs (GOPRIVATE syntax) of module paths the user says are private (`--private`).
    var privateHints: String

    init(
        directory: String, environment: [String: String], userEnvFile: GoEnvFile? = nil, gorootEnvFile: GoEnvFile? = nil,
        goBinaries: [EnvironmentReport.GoBinary] = [], toolchainsOnPath: [String: String] = [:],
        files: VendorCheckFiles = VendorCheckFiles(), buildList: BuildList? = nil, goSums: [GoSumFile] = [],
        moduleCache: String? = nil, cacheStates: [ModuleID: ModuleCacheState] = [:], goEnvJSON: [String: String]? = nil,
        privateHints: String = ""
    ) {
        self.directory = GoFilePath.clean(directory)
        self.environment = environment
        self.userEnvFile = userEnvFile
        self.gorootEnvFile = gorootEnvFile
        self.goBinaries = goBinaries
        self.toolchainsOnPath = toolchainsOnPath
        self.files = files
        self.buildList = buildList
        self.goSums = goSums
        self.moduleCache = moduleCache
        self.cacheStates = cacheStates
        self.goEnvJSON = goEnvJSON
        self.privateHints = privateHints
    }

    /// The winning go (the first on PATH).
    var go: EnvironmentReport.GoBinary? { goBinaries.first }

    /// The GOROOT the winning go settles on: GOROOT from the environment, else the user's env
    /// file, else the binary's own installation (`findGOROOT`).
    var goroot: String {
        if let env = environment["GOROOT"], !env.isEmpty { return GoFilePath.clean(env) }
        if let file = userEnvFile?["GOROOT"], !file.isEmpty { return GoFilePath.clean(file) }
        return go?.goroot ?? ""
    }

    /// The settings as the go command resolves them here.
    var settings: GoSettings {
        GoSettings(environment: environment, userFile: userEnvFile, gorootFile: gorootEnvFile, goroot: goroot)
    }

    /// The environment with the go env files filled in, as the go command sees its settings.
    public var effectiveEnvironment: [String: String] {
        var env = GoSettings.effectiveEnvironment(environment, userFile: userEnvFile, gorootFile: gorootEnvFile)
        if (env["GOROOT"] ?? "").isEmpty, !goroot.isEmpty { env["GOROOT"] = goroot }
        return env
    }
}

/// What the module cache holds for one module, and `go mod verify`'s answer for it.
struct ModuleCacheState: Sendable, Hashable, Codable {
    /// `cache/download/PATH/@v/VERSION.mod` exists (enough for the module graph).
    var hasGoMod: Bool
    /// The zip or the extracted directory exists.
    var hasSource: Bool
    /// `verified`, `not downloaded`, `modified`, `missing ziphash`, `go.sum mismatch`, or `error`.
    var status: String
    /// go's message, or the differing hashes.
    var detail: String?
}
