import Foundation
import TestSupport
@testable import ModGraphCore

/// One recorded file of `Tests/Fixtures/go-oracle/modfile/expected/` (see scripts/record/modfile/record.sh):
/// the runs of the real go command on one case.
struct GoModOracleRecord {
    struct Run {
        var command: String
        var exit: Int
        var stdout: String
        var stderr: String
    }

    var runs: [Run] = []

    static let folder = RepoPaths.fixture("go-oracle/modfile")

    /// The case files of one kind (`mod`, `work`, `lax`, `sum`), sorted.
    static func cases(_ kind: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("cases").path)) ?? []
        return names.filter { $0.hasSuffix(".\(kind)") }.sorted()
    }

    static func caseBytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent("cases/\(name)")))
    }

    /// The record of a case: `expected/NAME.txt` for `NAME.mod`, else `expected/CASEFILE.txt`.
    static func load(_ caseName: String) throws -> GoModOracleRecord {
        let file = caseName.hasSuffix(".mod") ? String(caseName.dropLast(4)) + ".txt" : caseName + ".txt"
        let data = try Data(contentsOf: folder.appendingPathComponent("expected/\(file)"))
        return parse(String(decoding: data, as: UTF8.self))
    }

    static func parse(_ text: String) -> GoModOracleRecord {
        var record = GoModOracleRecord()
        var stream: WritableKeyPath<Run, String>? = nil
        var afterHeader = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("=== go ") {
                record.runs.append(Run(command: String(line.dropFirst(4)), exit: -1, stdout: "", stderr: ""))
                stream = nil
                afterHeader = true
                continue
            }
            guard !record.runs.isEmpty else { continue }
            let i = record.runs.count - 1
            if line == "--- stdout" || line == "--- stderr" {
                stream = line == "--- stdout" ? \.stdout : \.stderr
                afterHeader = false
                continue
            }
            if afterHeader {
                if line.hasPrefix("exit: ") { record.runs[i].exit = Int(line.dropFirst(6)) ?? -1 }
                continue  // `# dir:` and `exit:`
            }
            if let stream { record.runs[i][keyPath: stream] += line + "\n" }
        }
        for i in record.runs.indices {
            record.runs[i].stdout = trimmedNewline(record.runs[i].stdout)
            record.runs[i].stderr = trimmedNewline(record.runs[i].stderr)
        }
        return record
    }

    private static func trimmedNewline(_ s: String) -> String {
        var s = Substring(s)
        while s.hasSuffix("\n") { s = s.dropLast() }
        return String(s)
    }

    func run(_ command: String) -> Run? {
        runs.first { $0.command == command }
    }

    /// An error as the go command prints it: the column only when it is past the first.
    static func goText(_ e: ParseError) -> String {
        let column = e.column > 1 ? ":\(e.column)" : ""
        return "\(e.file):\(e.line)\(column): \(e.message)"
    }

    /// The godebug settings (`key=value`) in a file as `go mod edit -print` formats it.
    static func godebugLines(inPrintedFile text: String) -> [String] {
        var out: [String] = []
        var inBlock = false
        for raw in text.split(separator: "\n") {
            var line = raw
            if let c = line.range(of: " //") { line = line[..<c.lowerBound] }
            line = Substring(line.trimmingCharacters(in: .whitespaces))
            if inBlock {
                if line == ")" { inBlock = false } else if !line.isEmpty { out.append(String(line)) }
            } else if line == "godebug (" {
                inBlock = true
            } else if line.hasPrefix("godebug ") {
                out.append(String(line.dropFirst("godebug ".count)))
            }
        }
        return out
    }

    /// The argument of the `toolchain` line in a file as `go ... edit -print` formats it.
    static func toolchain(inPrintedFile text: String) -> String? {
        for line in text.split(separator: "\n") where line.hasPrefix("toolchain ") {
            return String(line.dropFirst("toolchain ".count))
        }
        return nil
    }
}
