/// Small text helpers for finding messages.
enum FindingText {
    /// "1 requirer" / "3 requirers".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// The first `limit` items joined by ", ", then "and N more".
    static func list(_ items: [String], limit: Int = 8) -> String {
        guard items.count > limit else { return items.joined(separator: ", ") }
        return items.prefix(limit).joined(separator: ", ") + " and \(items.count - limit) more"
    }
}
