import Foundation
import Testing
import TestSupport

/// `modgraph baseline` and `analyze --baseline`: a ratchet for CI.
@Suite struct BaselineCommandTests {
    /// A scratch folder with a copy of a sample as `m`.
    func workWithCopy(of sample: String) throws -> URL {
        let work = try ModGraphProcess.scratch()
        try FileManager.default.copyItem(at: RepoPaths.sample(sample), to: work.appendingPathComponent("m"))
        return work
    }

    @Test func baselineThenRatchet() throws {
        let work = try workWithCopy(of: "vendored")
        defer { try? FileManager.default.removeItem(at: work) }
        let b = try ModGraphProcess.run(["baseline", "m", "--no-go", "-o", "base.json"], in: work)
        #expect(b.status == 0, "stderr: \(b.stderr)")
        #expect(b.stdout.hasPrefix("wrote "))
        #expect(b.stdout.hasSuffix(" to base.json\n"))
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: work.appendingPathComponent("base.json"))) as? [String: Any])
        #expect(doc["schemaVersion"] as? Int == 1)
        let entries = try #require(doc["findings"] as? [[String: Any]])
        #expect(entries.contains { $0["id"] as? String == "retracted" })

        // Nothing new: even --fail-on note passes, and nothing has gone.
        let same = try ModGraphProcess.run(
            ["analyze", "m", "--no-go", "--no-svg", "-o", "out", "--baseline", "base.json", "--fail-on", "note"], in: work)
        #expect(same.status == 0, "stdout: \(same.stdout) stderr: \(same.stderr)")
        #expect(same.stdout.contains("baseline base.json: 0 new, \(entries.count) known, 0 gone\n"))

        // A new problem: drop the go.sum lines of a required module.
        let sum = work.appendingPathComponent("m/go.sum")
        let lines = try String(contentsOf: sum, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("example.com/words ") }
        try (lines.joined(separator: "\n") + "\n").write(to: sum, atomically: true, encoding: .utf8)
        let worse = try ModGraphProcess.run(["analyze", "m", "--no-go", "--no-svg", "-o", "out", "--baseline", "base.json"], in: work)
        #expect(worse.status == 1)
        #expect(worse.stdout.contains("baseline base.json: 1 new,"))
        #expect(worse.stdout.contains("  new error: [gosum-missing] example.com/words: "))
        // report.json says the same: which findings are new, how many are known.
        let report = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: work.appendingPathComponent("out/m/report.json"))) as? [String: Any])
        let summary = try #require(report["baseline"] as? [String: Any])
        #expect(summary["file"] as? String == "base.json")
        #expect(summary["new"] as? Int == 1)
        #expect(summary["known"] as? Int == entries.count)
        #expect((summary["gone"] as? [Any])?.isEmpty == true)
        let findings = try #require(report["findings"] as? [[String: Any]])
        let marked = findings.filter { $0["baseline"] as? String == "new" }.map { "\($0["id"] ?? "") \($0["module"] ?? "")" }
        #expect(marked == ["gosum-missing example.com/words"])
        #expect(findings.filter { $0["baseline"] as? String == "known" }.count == entries.count)

        // A fixed problem: the deprecated module is gone from go.mod and the captures.
        try (lines.joined(separator: "\n") + "\n").write(to: sum, atomically: true, encoding: .utf8)
        let list = work.appendingPathComponent("m/list.json")
        let text = try String(contentsOf: list, encoding: .utf8)
        try text.replacingOccurrences(of: "\t\"Deprecated\": \"use example.com/new instead\",\n", with: "")
            .write(to: list, atomically: true, encoding: .utf8)
        let better = try ModGraphProcess.run(["analyze", "m", "--no-go", "--no-svg", "-o", "out", "--baseline", "base.json"], in: work)
        #expect(better.stdout.contains("1 gone"))
        #expect(better.stdout.contains("  gone warning: [deprecated] example.com/oldapi: "))
        let betterReport = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: work.appendingPathComponent("out/m/report.json"))) as? [String: Any])
        let gone = try #require((betterReport["baseline"] as? [String: Any])?["gone"] as? [[String: Any]])
        #expect(gone.map { $0["id"] as? String } == ["deprecated"])
        #expect(gone.first?["module"] as? String == "example.com/oldapi")
    }

    @Test func badBaselineCouldNotRun() throws {
        let work = try workWithCopy(of: "hello")
        defer { try? FileManager.default.removeItem(at: work) }
        try Data("{\"findings\": 3}".utf8).write(to: work.appendingPathComponent("base.json"))
        let r = try ModGraphProcess.run(["analyze", "m", "--no-go", "--no-svg", "-o", "out", "--baseline", "base.json"], in: work)
        #expect(r.status == 2)
        #expect(r.stderr == "modgraph: error: base.json:1:1: schemaVersion: missing; expected a baseline written by `modgraph baseline`\n")
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("out/m").path))
        let missing = try ModGraphProcess.run(["analyze", "m", "--no-go", "--no-svg", "-o", "out", "--baseline", "nope.json"], in: work)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.json"))
        // A position on a later line, in characters.
        try Data("{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    {\"id\": \"x\", \"module\": \"m\", \"message\": \"é\", \"severity\": \"bad\"}\n  ]\n}\n".utf8)
            .write(to: work.appendingPathComponent("base.json"))
        let bad = try ModGraphProcess.run(["analyze", "m", "--no-go", "--no-svg", "-o", "out", "--baseline", "base.json"], in: work)
        #expect(bad.status == 2)
        #expect(bad.stderr == "modgraph: error: base.json:4:60: findings[0].severity: expected note, warning, error, found \"bad\"\n")
    }
}
