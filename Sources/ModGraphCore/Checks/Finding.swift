/// One result of a check. Checks return findings as values; reports render them.
///
/// `id` is stable across releases (CI baselines and policy files key on it).
public struct Finding: Hashable, Sendable, Codable {
    var id: String
    public var severity: Severity
    /// The module path the finding is about; empty when it concerns the inputs as a whole.
    var module: String
    var message: String
    var location: SourceLocation?
    /// A one-line suggestion of what to do about it.
    var hint: String?
}

extension Finding: Comparable {
    /// Most severe first, then by id, module and message: the order reports print in.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        if lhs.id != rhs.id { return lhs.id < rhs.id }
        if lhs.module != rhs.module { return lhs.module < rhs.module }
        return lhs.message < rhs.message
    }
}
