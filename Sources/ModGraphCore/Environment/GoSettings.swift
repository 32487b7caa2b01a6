/// Where an effective go setting came from.
enum SettingSource: String, Sendable, Codable, CaseIterable {
    /// The process environment.
    case environment
    /// The user's go env file (`go env -w`).
    case goEnvFile = "go-env-file"
    /// `$GOROOT/go.env`, the installation's defaults.
    case gorootGoEnv = "goroot-go.env"
    /// The go command's built-in default (possibly derived from another setting).
    case `default`
}

/// One setting that changes how the go command resolves modules, with its effective value.
struct GoSetting: Sendable, Hashable, Codable {
    var name: String
    /// The value the go command uses ("" when unset).
    var value: String
    var source: SettingSource
    /// What the source says in words (`$HOME/.config/go/env line 3`, `GOPRIVATE`, ...).
    var detail: String
    /// A go env file value the environment variable hides, when there is one.
    var shadowedFileValue: String?
}

/// The module-related settings as the go command resolves them (`cfg.Getenv`, `EnvOrAndChanged`).
///
/// A variable set (non-empty) in the environment wins; an empty one counts as unset. Then the
/// user's go env file, then `$GOROOT/go.env` (which never overrides the user's file), then the
/// go command's default.
struct GoSettings: Sendable, Hashable {
    /// The variables explained, in the order they are shown.
    static let names = [
        "GO111MODULE", "GOFLAGS", "GOWORK", "GOTOOLCHAIN", "GOPROXY", "GONOPROXY", "GOPRIVATE",
        "GONOSUMDB", "GOSUMDB", "GOINSECURE", "GOVCS", "GOPATH", "GOMODCACHE", "GOBIN", "GOROOT", "GOENV",
    ]

    private(set) var settings: [GoSetting] = []
    /// The user's env file, when one was located (it may not exist).
    var userFilePath: String?
    /// How the user's env file was located, or why there is none.
    var userFileHow: String
    var userFileExists: Bool

    /// - Parameters:
    ///   - environment: the process environment.
    ///   - userFile: the user's go env file as read (nil when absent or not located).
    ///   - gorootFile: `$GOROOT/go.env` as read (nil when absent).
    ///   - goroot: the GOROOT the go command settles on (`findGOROOT`); "" when unknown.
    init(environment: [String: String], userFile: GoEnvFile?, gorootFile: GoEnvFile?, goroot: String) {
        let located = GoEnvFile.locate(environment: environment)
        userFilePath = located.path
        userFileHow = located.how
        userFileExists = userFile != nil
        var byName: [String: GoSetting] = [:]

        func lookup(_ name: String) -> GoSetting? {
            let envValue = environment[name] ?? ""
            let fileValue = userFile?[name]
            if !envValue.isEmpty {
                var s = GoSetting(name: name, value: envValue, source: .environment, detail: "environment")
                if let fileValue, fileValue != envValue { s.shadowedFileValue = fileValue }
                return s
            }
            if let userFile, let entry = userFile.values[name] {
                return GoSetting(name: name, value: entry.value, source: .goEnvFile, detail: "\(userFile.path):\(entry.line)")
            }
            if let gorootFile, let entry = gorootFile.values[name] {
                return GoSetting(name: name, value: entry.value, source: .gorootGoEnv, detail: "\(gorootFile.path):\(entry.line)")
            }
            return nil
        }
        func getenv(_ name: String, default value: String, because: String) -> GoSetting {
            if let s = lookup(name), !s.value.isEmpty { return s }
            // An empty go env file line hides $GOROOT/go.env's, and then the default applies.
            return GoSetting(name: name, value: value, source: .default, detail: because)
        }

        let home = environment["HOME"] ?? ""
        var defaultGopath = ""
        if !home.isEmpty {
            let def = GoFilePath.join(home, "go")
            defaultGopath = (!goroot.isEmpty && GoFilePath.clean(def) == GoFilePath.clean(goroot)) ? "" : def
        }
        byName["GO111MODULE"] = getenv("GO111MODULE", default: "", because: "unset: module mode (\"on\")")
        byName["GOFLAGS"] = getenv("GOFLAGS", default: "", because: "unset")
        byName["GOWORK"] = getenv("GOWORK", default: "", because: "unset: go.work is looked for upward")
        // Without a known GOROOT there is no go.env to read: assume the one every Go release ships.
        let shipped = goroot.isEmpty
        let because = shipped ? "the go.env every Go release ships (no GOROOT known here)" : "unset ($GOROOT/go.env does not set it)"
        byName["GOTOOLCHAIN"] = getenv("GOTOOLCHAIN", default: shipped ? "auto" : "", because: because)
        byName["GOPROXY"] = getenv("GOPROXY", default: shipped ? "https://proxy.golang.org,direct" : "", because: because)
        byName["GOSUMDB"] = getenv("GOSUMDB", default: shipped ? "sum.golang.org" : "", because: because)
        let gopath = getenv("GOPATH", default: defaultGopath, because: home.isEmpty ? "$HOME is not set" : "$HOME/go")
        byName["GOPATH"] = gopath
        let firstGopath = gopath.value.split(separator: ":", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        byName["GOMODCACHE"] = getenv(
            "GOMODCACHE", default: firstGopath.isEmpty ? "" : GoFilePath.join(firstGopath, "pkg/mod"),
            because: "$GOPATH/pkg/mod (first GOPATH entry)")
        let priv = getenv("GOPRIVATE", default: "", because: "unset")
        byName["GOPRIVATE"] = priv
        byName["GONOPROXY"] = getenv("GONOPROXY", default: priv.value, because: "GOPRIVATE")
        byName["GONOSUMDB"] = getenv("GONOSUMDB", default: priv.value, because: "GOPRIVATE")
        byName["GOINSECURE"] = getenv("GOINSECURE", default: "", because: "unset")
        byName["GOVCS"] = getenv("GOVCS", default: "", because: "unset: public modules may use git and hg only")
        byName["GOBIN"] = getenv("GOBIN", default: "", because: "unset: go install writes to $GOPATH/bin")
        var gorootSetting = GoSetting(name: "GOROOT", value: goroot, source: .default, detail: "the go binary's installation")
        if let env = environment["GOROOT"], !env.isEmpty {
            gorootSetting = GoSetting(name: "GOROOT", value: GoFilePath.clean(env), source: .environment, detail: "environment")
        } else if let userFile, let entry = userFile.values["GOROOT"], !entry.value.isEmpty {
            gorootSetting = GoSetting(
                name: "GOROOT", value: GoFilePath.clean(entry.value), source: .goEnvFile, detail: "\(userFile.path):\(entry.line)")
        }
        byName["GOROOT"] = gorootSetting
        if let file = environment["GOENV"], !file.isEmpty {
            byName["GOENV"] = GoSetting(name: "GOENV", value: file == "off" ? "" : file, source: .environment, detail: file == "off" ? "GOENV=off" : "environment")
        } else {
            byName["GOENV"] = GoSetting(name: "GOENV", value: located.path ?? "", source: .default, detail: located.how)
        }
        settings = Self.names.compactMap { byName[$0] }
    }

    subscript(name: String) -> GoSetting? { settings.first { $0.name == name } }

    /// The effective value ("" when unset).
    func value(_ name: String) -> String { self[name]?.value ?? "" }

    /// The environment the go command effectively sees for the module settings: the process
    /// environment with the go env files' values filled in where the variable is unset or empty.
    ///
    /// What `vendor-check` and the analysis hand to the vendor-mode decision.
    static func effectiveEnvironment(
        _ environment: [String: String], userFile: GoEnvFile?, gorootFile: GoEnvFile?
    ) -> [String: String] {
        var env = environment
        for (key, entry) in userFile?.values ?? [:] where (env[key] ?? "").isEmpty {
            env[key] = entry.value
        }
        for (key, entry) in gorootFile?.values ?? [:] where (env[key] ?? "").isEmpty && userFile?[key] == nil {
            env[key] = entry.value
        }
        return env
    }
}
