/// Where a module's code comes from instead of its own path@version.
public struct ModuleReplacement: Hashable, Sendable, Codable {
    public var path: String
    /// Empty for a local-directory replacement.
    public var version: String

    public init(path: String, version: String) {
        self.path = path
        self.version = version
    }

    /// `path` for a directory, `path@version` otherwise.
    public var text: String { version.isEmpty ? path : "\(path)@\(version)" }
    public var isLocalDirectory: Bool { version.isEmpty }
}

/// One module of the build list: the version selected for its path, and what is known of it.
public struct SelectedModule: Hashable, Sendable {
    public var path: String
    public var version: String
    public var replacement: ModuleReplacement?
    /// Not a direct requirement of the main module (go.mod's `// indirect`, list.json's Indirect).
    public var indirect: Bool
    /// The module's (or its replacement's) `go` line, when known.
    public var goVersion: String?
    /// The go command's error for this module (`go list -e`), when it had one.
    public var error: String?
    public var deprecated: String?
    public var retracted: [String]

    public init(
        path: String, version: String, replacement: ModuleReplacement? = nil, indirect: Bool,
        goVersion: String? = nil, error: String? = nil, deprecated: String? = nil,
        retracted: [String] = []
    ) {
        self.path = path
        self.version = version
        self.replacement = replacement
        self.indirect = indirect
        self.goVersion = goVersion
        self.error = error
        self.deprecated = deprecated
        self.retracted = retracted
    }

    public var id: ModuleID { ModuleID(path: path, version: version) }
}

/// The selected build list: the main modules and one version of every other module path.
public struct BuildList: Sendable {
    /// Where the selection came from.
    public enum Source: String, Sendable, Codable {
        /// `go list -m -json all`, the go command's own answer.
        case list
        /// Recomputed by minimal version selection over `go mod graph`.
        case mvs
        /// Neither was available: only go.mod's own requirements.
        case goMod
    }

    public var mainModules: [String]
    /// Every selected module but the main modules, sorted by path.
    public private(set) var modules: [SelectedModule]
    public var source: Source
    private var byPath: [String: Int]

    public init(mainModules: [String], modules: [SelectedModule], source: Source) {
        self.mainModules = mainModules
        let main = Set(mainModules)
        // In place: a build list can hold a million modules.
        var modules = modules
        if !main.isEmpty { modules.removeAll { main.contains($0.path) } }
        modules.sort { $0.path < $1.path }
        self.modules = modules
        self.source = source
        var byPath: [String: Int] = [:]
        byPath.reserveCapacity(modules.count)
        for (i, m) in self.modules.enumerated() { byPath[m.path] = i }
        self.byPath = byPath
    }

    /// The selected module for a path, if the path is in the build list.
    public func module(_ path: String) -> SelectedModule? {
        byPath[path].map { modules[$0] }
    }

    /// The index of a path in `modules`.
    public func index(of path: String) -> Int? { byPath[path] }
}
