extension ModuleList {
    /// One module as `go list -m -json` describes it (the go command's `modinfo.ModulePublic`).
    ///
    /// Absent fields are empty: `""`, `[]`, `false` or `nil` (the go command omits empty fields).
    public struct Module: Hashable, Sendable {
        /// Module path.
        public var path = ""
        /// Module version; empty for a main module.
        public var version = ""
        /// The version query that resolved to this version.
        public var query = ""
        /// Available versions (`-versions`).
        public var versions: [String] = []
        /// Version time, RFC 3339 text as printed.
        public var time = ""
        /// Whether this is a main module.
        public var main = false
        /// Whether the main module does not require it directly.
        public var indirect = false
        /// Directory holding the module's files; empty in vendor mode.
        public var dir = ""
        /// Path of the go.mod file.
        public var goMod = ""
        /// The module's go line (the replacement's when replaced).
        public var goVersion = ""
        /// Retraction rationale (`-retracted` / `-u`).
        public var retracted: [String] = []
        /// Deprecation message (`-u`).
        public var deprecated = ""
        /// The error loading the module (with `-e`).
        public var error: ModuleError?
        /// go.sum hash of the module.
        public var sum = ""
        /// go.sum hash of the go.mod file.
        public var goModSum = ""
        /// Where the module came from.
        public var origin: Origin?
        /// Whether `-reuse` information is still valid.
        public var reuse = false
        /// The 1-based input line of the object's `{`; 0 when not parsed from input.
        public var line = 0
        /// The 1-based column of the object's `{`; 0 when not parsed from input.
        public var column = 0
        /// The 1-based number of the top-level object in the input; 0 when not parsed from input.
        public var object = 0

        private var replaceBox: Box?
        private var updateBox: Box?

        public init() {}

        /// The module this one is replaced by.
        public var replace: Module? {
            get { replaceBox?.value }
            set { replaceBox = newValue.map(Box.init) }
        }

        /// The newer version available (`-u`).
        public var update: Module? {
            get { updateBox?.value }
            set { updateBox = newValue.map(Box.init) }
        }

        /// Path and version as a graph node (version empty for a main module).
        public var id: ModuleID { ModuleID(path: path, version: version) }
    }

    /// A module's loading error (`{"Err": "..."}`).
    public struct ModuleError: Hashable, Sendable {
        /// The error text.
        public var err: String

        public init(err: String) { self.err = err }
    }

    /// A module's provenance (the go command's `codehost.Origin`).
    public struct Origin: Hashable, Sendable {
        /// Version control system, such as `git`.
        public var vcs = ""
        /// Repository URL.
        public var url = ""
        /// Subdirectory within the repository.
        public var subdir = ""
        /// Commit hash.
        public var hash = ""
        /// Tag prefix for the module's tags.
        public var tagPrefix = ""
        /// Hash of the list of matching tags.
        public var tagSum = ""
        /// The reference (such as a branch) that was resolved.
        public var ref = ""
        /// Hash of the repository's whole state, when no commit applies.
        public var repoSum = ""

        public init() {}
    }

    /// Heap storage for a nested module, so `Module` can contain `Module`.
    final class Box: Hashable, Sendable {
        let value: Module

        init(_ value: Module) { self.value = value }

        static func == (a: Box, b: Box) -> Bool { a.value == b.value }
        func hash(into hasher: inout Hasher) { hasher.combine(value) }
    }
}
