/// A module at one version: a node of the module graph.
///
/// `version` is empty for a main (or workspace) module, which `go mod graph` prints as a bare path.
struct ModuleID: Hashable, Sendable {
    var path: String
    var version: String

    /// `path@version`, or the bare path of a main module.
    var text: String { version.isEmpty ? path : "\(path)@\(version)" }

    /// Whether this is a toolchain pseudo-module (`go@V`, `toolchain@V`), not a real module.
    var isToolchainRequirement: Bool { path == "go" || path == "toolchain" }
}

extension ModuleID: Comparable {
    /// Orders by path, then by version as the go command orders them (`gover.ModCompare`),
    /// then by the version text so the order is total and deterministic.
    static func < (lhs: ModuleID, rhs: ModuleID) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        let c = ModuleVersion.compare(path: lhs.path, lhs.version, rhs.version)
        if c != 0 { return c < 0 }
        return lhs.version < rhs.version
    }
}

extension ModuleID: CustomStringConvertible {
    var description: String { text }
}
