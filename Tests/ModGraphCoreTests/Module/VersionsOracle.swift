import Foundation
import TestSupport

/// The go command's recorded answers in `Tests/Fixtures/go-oracle/versions/` (see scripts/record/versions/record.sh).
enum VersionsOracle {
    /// The tab-separated fields of each non-comment line of a fixture.
    static func rows(_ name: String) throws -> [[String]] {
        let url = RepoPaths.fixture("go-oracle/versions/\(name)")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: true)
            .filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Decodes `%XX` escapes in a URL path.
    static func percentDecoded(_ s: String) -> String {
        var out = [UInt8]()
        var bytes = Array(s.utf8)[...]
        while let c = bytes.popFirst() {
            if c == UInt8(ascii: "%"), bytes.count >= 2, let v = UInt8(String(decoding: bytes.prefix(2), as: UTF8.self), radix: 16) {
                out.append(v)
                bytes = bytes.dropFirst(2)
            } else {
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text after `prefix`, or nil when `line` does not start with it.
    static func after(_ prefix: String, in line: String) -> String? {
        line.hasPrefix(prefix) ? String(line.dropFirst(prefix.count)) : nil
    }
}
