/// Where a module's code comes from instead of its own path@version.
public struct ModuleReplacement: Hashable, Sendable, Codable {
    public var path: String
    /// Empty for a local-directory replacement.
    public var version: String

    /// `path` for a directory, `path@version` otherwise.
    public var text: String { version.isEmpty ? path : "\(path)@\(version)" }
    public var isLocalDirectory: Bool { version.isEmpty }
}
