/// One module of the build list: the version selected for its path, and what is known of it.
struct SelectedModule: Hashable, Sendable {
    var path: String
    var version: String
    var replacement: ModuleReplacement?
    /// Not a direct requirement of the main module (go.mod's `// indirect`, list.json's Indirect).
    var indirect: Bool
    /// The module's (or its replacement's) `go` line, when known.
    var goVersion: String?
    /// The go command's error for this module (`go list -e`), when it had one.
    var error: String?
    var deprecated: String?
    var retracted: [String] = []

    var id: ModuleID { ModuleID(path: path, version: version) }
}

extension SelectedModule {
    /// The path and version whose code the build uses: the replacement's when replaced by
    /// another module version, else the module's own; nil when replaced by a directory.
    var effective: ModuleID? {
        guard let r = replacement else { return id }
        return r.isLocalDirectory ? nil : ModuleID(path: r.path, version: r.version)
    }
}
