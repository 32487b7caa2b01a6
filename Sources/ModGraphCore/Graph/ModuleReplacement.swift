/// Where a module's code comes from instead of its own path@version.
struct ModuleReplacement: Hashable, Sendable, Codable {
    var path: String
    /// Empty for a local-directory replacement.
    var version: String

    /// `path` for a directory, `path@version` otherwise.
    var text: String { version.isEmpty ? path : "\(path)@\(version)" }
    var isLocalDirectory: Bool { version.isEmpty }
}
