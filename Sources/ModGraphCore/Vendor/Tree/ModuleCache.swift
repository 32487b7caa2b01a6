/// A Go module cache (`GOMODCACHE`): extracted modules in `PATH@VERSION/` and downloads
/// in `cache/download/PATH/@v/`, with upper-case letters escaped as `!` + lower case.
struct ModuleCache: Sendable, Hashable {
    /// The absolute cache root.
    var root: String

    init(root: String) {
        self.root = GoFilePath.clean(root)
    }

    /// The directory the go command extracts `module` into; nil for a path or version
    /// that cannot be escaped (it cannot be in any cache).
    func directory(_ module: ModuleID) -> String? {
        guard let path = ModulePath.escape(module.path), let version = ModulePath.escapeVersion(module.version) else {
            return nil
        }
        return root + "/" + path + "@" + version
    }

    /// The downloaded go.mod of `module` (`cache/download/PATH/@v/VERSION.mod`).
    func goModFile(_ module: ModuleID) -> String? {
        guard let path = ModulePath.escape(module.path), let version = ModulePath.escapeVersion(module.version) else {
            return nil
        }
        return root + "/cache/download/" + path + "/@v/" + version + ".mod"
    }
}
