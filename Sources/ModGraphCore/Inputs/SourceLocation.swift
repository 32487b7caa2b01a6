/// Where a finding points: a file and, when known, a 1-based line.
struct SourceLocation: Hashable, Sendable, Codable {
    var file: String
    var line: Int?
}
