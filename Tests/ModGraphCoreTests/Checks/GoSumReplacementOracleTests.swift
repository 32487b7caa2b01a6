import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// `gosum-missing` against what the real go 1.23 said about go.sum and replaced modules
/// (scripts/record/gosum/record.sh): go needs the replacement's `/go.mod` line, and names the
/// replacement's version.
@Suite struct GoSumReplacementOracleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var stderr: String
        var exitStatus: Int
        var testDescription: String { name }
    }

    static let folder = RepoPaths.fixture("go-oracle/gosum")

    static let cases: [Case] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { name in
            guard let text = try? String(contentsOf: folder.appendingPathComponent("\(name)/expected.txt"), encoding: .utf8),
                let stderrStart = text.range(of: "### stderr:\n"),
                let statusStart = text.range(of: "### exit status: ")
            else { return nil }
            let stderr = String(text[stderrStart.upperBound..<statusStart.lowerBound])
            let status = Int(text[statusStart.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
            return Case(name: name, stderr: stderr, exitStatus: status)
        }
    }()

    @Test func casesAreRecorded() {
        #expect(Self.cases.count >= 6)
        #expect(Self.cases.contains { $0.exitStatus == 0 } && Self.cases.contains { $0.exitStatus != 0 })
    }

    @Test(arguments: cases)
    func agreesWithTheGoCommand(_ c: Case) throws {
        let inputs = try InputSet.load(root: Self.folder.appendingPathComponent(c.name).path)
        let findings = try Analyzer.analyze(inputs, name: c.name).findings.filter { $0.id == GoSumCheck.id }
        guard c.exitStatus != 0 else {
            #expect(findings.isEmpty, "go accepted go.sum: \(findings.map(\.message))")
            return
        }
        // go: M@V (replaced by R@W): missing go.sum entry for go.mod file; to add it:
        //         go mod download M
        let first = String(c.stderr.prefix { $0 != "\n" })
        let words = first.dropFirst("go: ".count).split(separator: " ")
        let original = try #require(words.first.map { String($0.hasSuffix(":") ? $0.dropLast() : $0) })
        let (path, version) = (String(original.prefix { $0 != "@" }), String(original.drop { $0 != "@" }.dropFirst()))
        let replaced = first.contains(" (replaced by ")
            ? String(words[3].dropLast(2))  // "R@W):"
            : nil
        #expect(first.hasSuffix("missing go.sum entry for go.mod file; to add it:"), "\(first)")
        let finding = try #require(findings.first, "go: \(first)")
        #expect(findings.count == 1)
        #expect(finding.module == path)
        #expect(finding.hint?.contains("go mod download \(path)") == true)
        if let replaced {
            let r = (String(replaced.prefix { $0 != "@" }), String(replaced.drop { $0 != "@" }.dropFirst()))
            #expect(finding.message.hasPrefix("\(path) \(version) is replaced by \(r.0) \(r.1), which has no go.mod line in "), "\(finding.message)")
        } else {
            #expect(finding.message.hasPrefix("\(path) \(version) has no go.mod line in "), "\(finding.message)")
        }
    }
}
