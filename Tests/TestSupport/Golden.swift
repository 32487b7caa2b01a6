import Foundation

/// Golden files: expected output kept under `Tests/Fixtures/golden/`.
///
/// Set `RECORD_GOLDEN=1` to write the actual output as the new expectation. A recording run
/// fails every golden check it records ("recorded, re-run"), so it can never pass for a
/// test that compares nothing; run the tests again without the variable to check.
public enum Golden {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    public static func url(_ name: String) -> URL { RepoPaths.fixture("golden/\(name)") }

    /// Compares `actual` with the golden file byte for byte.
    /// - Returns: nil when equal, else a message: the first differing lines, or that the file
    ///   was recorded.
    public static func check(_ actual: String, against name: String) -> String? {
        let url = url(name)
        if isRecording {
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            do { try actual.write(to: url, atomically: true, encoding: .utf8) } catch {
                return "could not record \(url.path): \(error)"
            }
            return "recorded \(name), re-run without RECORD_GOLDEN=1 to check it"
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "missing golden file \(url.path); run with RECORD_GOLDEN=1 to create it"
        }
        if expected == actual { return nil }
        return "\(name) differs from the golden file (RECORD_GOLDEN=1 re-records):\n"
            + lineDiff(expected: expected, actual: actual)
    }

    /// Compares JSON after parsing both sides, so key order and spacing do not matter.
    public static func checkJSON(_ actual: Data, against name: String) -> String? {
        let url = url(name)
        if isRecording { return check(String(decoding: actual, as: UTF8.self), against: name) }
        guard let expectedData = try? Data(contentsOf: url) else {
            return "missing golden file \(url.path); run with RECORD_GOLDEN=1 to create it"
        }
        let a = try? JSONSerialization.jsonObject(with: actual, options: [.fragmentsAllowed])
        let e = try? JSONSerialization.jsonObject(with: expectedData, options: [.fragmentsAllowed])
        guard let a, let e else { return "\(name): JSON did not parse" }
        let canon = { (o: Any) in try? JSONSerialization.data(withJSONObject: o, options: [.sortedKeys, .fragmentsAllowed]) }
        if let ca = canon(a), ca == canon(e) { return nil }
        return "\(name) differs from the golden JSON (RECORD_GOLDEN=1 re-records):\n"
            + lineDiff(expected: String(decoding: expectedData, as: UTF8.self),
                       actual: String(decoding: actual, as: UTF8.self))
    }

    /// A short report of the lines that differ (at most 20).
    public static func lineDiff(expected: String, actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for i in 0..<max(e.count, a.count) where out.count < 40 {
            let el = i < e.count ? String(e[i]) : "<none>"
            let al = i < a.count ? String(a[i]) : "<none>"
            if el != al {
                out.append("line \(i + 1):\n  - \(el)\n  + \(al)")
            }
        }
        return out.joined(separator: "\n")
    }
}
