import Foundation
import TestSupport
@testable import ModGraphCore

/// The recorded go command runs under `Tests/Fixtures/go-oracle/vendor/cases/NAME/expected.txt`
/// (written by `scripts/record/vendor/record.sh`).
struct VendorOracleCase: Sendable, CustomStringConvertible {
    /// One `go …` run: where, how, and what the real go command printed.
    struct Run: Sendable {
        var command: String
        /// Relative to the case folder ("" for the folder itself).
        var subdirectory: String
        var environment: [String: String]
        var stdout: String
        var stderr: String
        var exitStatus: Int32

        /// The flags between `go list` and `-m`.
        var flags: [String] {
            command.split(separator: " ").dropFirst(2).filter { $0 != "-m" }.map(String.init)
        }
    }

    var name: String
    var what: String
    var runs: [Run]

    var description: String { name }

    static let root = RepoPaths.fixture("go-oracle/vendor/cases")

    var folder: URL { Self.root.appendingPathComponent(name) }

    /// Every recorded case, by name.
    static let all: [VendorOracleCase] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().compactMap { load($0) }
    }()

    static func load(_ name: String) -> VendorOracleCase? {
        let url = root.appendingPathComponent(name).appendingPathComponent("expected.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return parse(name: name, text)
    }

    /// Reads expected.txt: a `# ` header, then per run `### command:`, `### dir:`, `### env:`
    /// lines, `### stdout:` and `### stderr:` followed by the text, and `### exit status:`.
    static func parse(name: String, _ text: String) -> VendorOracleCase {
        var what = ""
        var runs: [Run] = []
        var run: Run?
        var section: String?
        var buffer: [Substring] = []
        func flush(into run: inout Run?) {
            guard let s = section else { return }
            let body = buffer.isEmpty ? "" : buffer.joined(separator: "\n") + "\n"
            if s == "stdout" { run?.stdout = body } else { run?.stderr = body }
            section = nil
            buffer = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# what: ") {
                what = String(line.dropFirst("# what: ".count))
            } else if line.hasPrefix("### command: ") {
                run = Run(command: String(line.dropFirst("### command: ".count)), subdirectory: "",
                          environment: [:], stdout: "", stderr: "", exitStatus: -1)
            } else if line.hasPrefix("### dir: ") {
                let dir = line.dropFirst("### dir: $DIR".count)
                run?.subdirectory = String(dir.drop(while: { $0 == "/" }))
            } else if line.hasPrefix("### env: ") {
                let assignment = line.dropFirst("### env: ".count)
                if let eq = assignment.firstIndex(of: "=") {
                    run?.environment[String(assignment[..<eq])] = String(assignment[assignment.index(after: eq)...])
                }
            } else if line == "### stdout:" {
                flush(into: &run)
                section = "stdout"
            } else if line == "### stderr:" {
                flush(into: &run)
                section = "stderr"
            } else if line.hasPrefix("### exit status: ") {
                flush(into: &run)
                run?.exitStatus = Int32(line.dropFirst("### exit status: ".count)) ?? -1
                if let r = run { runs.append(r) }
                run = nil
            } else if section != nil {
                buffer.append(line)
            }
        }
        return VendorOracleCase(name: name, what: what, runs: runs)
    }

    /// The Swift check for one run, on the case folder as it is on disk.
    func check(_ run: Run) -> VendorCheckResult {
        let dir = folder.path
        let cwd = run.subdirectory.isEmpty ? dir : dir + "/" + run.subdirectory
        var environment: [String: String] = [:]
        for (key, value) in run.environment {
            environment[key] = value.replacingOccurrences(of: "$DIR", with: dir)
        }
        return VendorConsistency.check(directory: cwd, flags: run.flags, environment: environment)
    }

    /// The recorded text with the case folder in place of `$DIR`.
    func expand(_ text: String) -> String {
        text.replacingOccurrences(of: "$DIR", with: folder.path)
    }
}
