/// One input an analysis read, and where it came from.
public struct InputUse: Hashable, Sendable {
    public enum Origin: String, Sendable {
        case file
        case stdin
        /// Produced by running the go command (read-only) because no capture was given.
        case goCommand
        case missing
    }

    /// What the input is: `go.mod`, `go mod graph`, `go list -m -json all`, ...
    var role: String
    /// The file name as reported to the user, or the command that produced it.
    var name: String
    var origin: Origin
}
