/// An input file that could not be read as what it should be.
///
/// Every parser reports through this one type, so a message always names the file,
/// the 1-based line and column, and what was expected there.
public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
    var file: String
    /// 1-based; 0 when the problem is not tied to a line (an unreadable file).
    var line: Int = 0
    /// 1-based; 0 when unknown.
    var column: Int = 0
    var message: String

    /// `file:line:column: message`, omitting what is unknown.
    public var description: String {
        var where_ = file
        if line > 0 {
            where_ += ":\(line)"
            if column > 0 { where_ += ":\(column)" }
        }
        return "\(where_): \(message)"
    }
}
