extension ModuleList {
    /// One module as `go list -m -json` describes it (the go command's `modinfo.ModulePublic`).
    ///
    /// Absent fields are empty: `""`, `[]`, `false` or `nil` (the go command omits empty fields).
    struct Module: Hashable, Sendable {
        /// Module path.
        var path = ""
        /// Module version; empty for a main module.
        var version = ""
        /// The version query that resolved to this version.
        var query = ""
        /// Available versions (`-versions`).
        var versions: [String] = []
        /// Version time, RFC 3339 text as printed.
        var time = ""
        /// Whether this is a main module.
        var main = false
        /// Whether the main module does not require it directly.
        var indirect = false
        /// Directory holding the module's files; empty in vendor mode.
        var dir = ""
        /// Path of the go.mod file.
        var goMod = ""
        /// The module's go line (the replacement's when replaced).
        var goVersion = ""
        /// Retraction rationale (`-retracted` / `-u`).
        var retracted: [String] = []
        /// Deprecation message (`-u`).
        var deprecated = ""
        /// The error loading the module (with `-e`).
        var error: ModuleError?
        /// go.sum hash of the module.
        var sum = ""
        /// go.sum hash of the go.mod file.
        var goModSum = ""
        /// Where the module came from.
        var origin: Origin?
        /// Whether `-reuse` information is still valid.
        var reuse = false
        /// The 1-based input line of the object's `{`; 0 when not parsed from input.
        var line = 0
        /// The 1-based column of the object's `{`; 0 when not parsed from input.
        var column = 0
        /// The 1-based number of the top-level object in the input; 0 when not parsed from input.
        var object = 0

        private var replaceBox: Box?
        private var updateBox: Box?

        init() {}

        /// The module this one is replaced by.
        var replace: Module? {
            get { replaceBox?.value }
            set { replaceBox = newValue.map(Box.init) }
        }

        /// The newer version available (`-u`).
        var update: Module? {
            get { updateBox?.value }
            set { updateBox = newValue.map(Box.init) }
        }

        /// Path and version as a graph node (version empty for a main module).
        var id: ModuleID { ModuleID(path: path, version: version) }
    }

    /// A module's loading error (`{"Err": "..."}`).
    struct ModuleError: Hashable, Sendable {
        /// The error text.
        var err: String

        init(err: String) { self.err = err }
    }

    /// A module's provenance (the go command's `codehost.Origin`).
    struct Origin: Hashable, Sendable {
        /// Version control system, such as `git`.
        var vcs = ""
        /// Repository URL.
        var url = ""
        /// Subdirectory within the repository.
        var subdir = ""
        /// Commit hash.
        var hash = ""
        /// Tag prefix for the module's tags.
        var tagPrefix = ""
        /// Hash of the list of matching tags.
        var tagSum = ""
        /// The reference (such as a branch) that was resolved.
        var ref = ""
        /// Hash of the repository's whole state, when no commit applies.
        var repoSum = ""

        init() {}
    }

    /// Heap storage for a nested module, so `Module` can contain `Module`.
    final class Box: Hashable, Sendable {
        let value: Module

        init(_ value: Module) { self.value = value }

        static func == (a: Box, b: Box) -> Bool { a.value == b.value }
        func hash(into hasher: inout Hasher) { hasher.combine(value) }
    }
}
