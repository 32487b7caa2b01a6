/// How the go command will resolve the module in one directory, in this environment: which go
/// runs, where each setting comes from, module and vendor mode, the workspace, the toolchain,
/// how every module of the build list is fetched and checked, and go.sum coverage.
public struct EnvironmentReport: Sendable, Codable {
    /// One `go` executable found on PATH.
    public struct GoBinary: Sendable, Hashable, Codable {
        /// As found on PATH (`DIR/go`).
        public var path: String
        /// With symbolic links resolved.
        var resolved: String
        /// Such as `1.23.5`; nil when it could not be read.
        public var version: String?
        /// How the version was read: `buildinfo`, `go version`, or why it is unknown.
        var versionSource: String
        /// The GOROOT the binary uses when GOROOT is not set (its installation: `../..` holding pkg/tool).
        var goroot: String?

        public init(path: String, resolved: String, version: String?, versionSource: String, goroot: String?) {
            self.path = path
            self.resolved = resolved
            self.version = version
            self.versionSource = versionSource
            self.goroot = goroot
        }
    }

    /// Module mode and the vendor-mode decision.
    struct Modes: Sendable, Hashable, Codable {
        /// `module` or `gopath`.
        var mode: String
        var modeReason: String
        /// The go.mod of the main module (absolute), when there is one.
        var goMod: String?
        /// `-mod` as go settles it (`vendor`, `readonly`, `mod`); nil when it stopped first.
        var buildMod: String?
        /// Why: go's `BuildModReason`, or the flag and where it came from.
        var buildModReason: String
        /// What go says when it cannot get this far (bad GO111MODULE, GOFLAGS, GOWORK, go.mod).
        var error: String?
    }

    /// The go.work that applies.
    struct Workspace: Sendable, Hashable, Codable {
        /// The go.work path; nil when none applies.
        var file: String?
        /// `GOWORK=off`, `GOWORK`, `found upward`, or `none found`.
        var how: String
        /// The directories its `use` lines name, with the module path each go.mod declares.
        var modules: [Use]
        var error: String?

        struct Use: Sendable, Hashable, Codable {
            var directory: String
            var module: String?
        }
    }

    /// go.sum (and go.work.sum) against the build list, and the module cache.
    public struct Checksums: Sendable, Hashable, Codable {
        var sumFiles: [String]
        var modules: Int
        /// Modules with both the `h1:` and the `/go.mod h1:` line.
        var complete: Int
        /// Modules with only the `/go.mod` line (fine for modules no package is built from).
        var goModOnly: Int
        /// Modules with neither.
        var missing: [String]
        /// Of `missing`, those go must verify to load the module graph (`missing go.sum entry`):
        /// with a pruned graph (go 1.17 or later) the main modules' requirements, else every
        /// one; none in vendor mode, where go reads vendor/ and not go.sum.
        var missingNeeded: [String]
        /// The module cache looked at, when there is one.
        public var moduleCache: String?
        /// `go mod verify`'s answer per module: `verified`, `not downloaded`, or its error.
        var verify: [Verified]

        struct Verified: Sendable, Hashable, Codable {
            var module: String
            var version: String
            var status: String
            var detail: String?
        }
    }

    /// A value modgraph computed that `go env -json` answered differently.
    struct Disagreement: Sendable, Hashable, Codable {
        var name: String
        var modgraph: String
        var go: String
    }

    public var directory: String
    var goBinaries: [GoBinary]
    var settings: [GoSetting]
    public var envFile: String?
    var envFileHow: String
    var envFileExists: Bool
    var modes: Modes
    var workspace: Workspace
    public var toolchain: ToolchainDecision
    var proxies: GoProxyList
    /// Where the build list came from (`list`, `mvs`, `goMod`), or nil when there is none.
    var buildListSource: String?
    var routes: [ModuleRoute]
    public var checksums: Checksums
    /// Compared with `go env -json` when it ran; nil when it did not.
    var goEnvCompared: Bool
    var disagreements: [Disagreement]
    public var findings: [Finding]

    public var worstSeverity: Severity? { findings.map(\.severity).max() }

    /// The value `go env NAME` prints here, as worked out: the settings, and GOMOD / GOWORK.
    func goEnvValue(_ name: String) -> String? {
        let modules = modes.mode == "module"
        switch name {
        case "GOWORK":
            if settings.first(where: { $0.name == "GOWORK" })?.value == "off" { return "off" }
            return modules ? workspace.file ?? "" : ""
        case "GOMOD":
            return modules ? modes.goMod ?? "/dev/null" : ""
        default:
            return settings.first { $0.name == name }?.value
        }
    }
}
