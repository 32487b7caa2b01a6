/// Where a finding points: a file and, when known, a 1-based line.
public struct SourceLocation: Hashable, Sendable, Codable {
    public var file: String
    public var line: Int?
}
