import Foundation
import Testing
import TestSupport

/// `analyze --policy FILE`: denied modules, severity overrides, allowed replacement targets.
@Suite struct PolicyCommandTests {
    func run(_ policy: String, sample: String = "vendored", extra: [String] = []) throws -> (ModGraphProcess.Result, [String: Any]) {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        try Data(policy.utf8).write(to: work.appendingPathComponent("policy.json"))
        let r = try ModGraphProcess.run(
            ["analyze", RepoPaths.sample(sample).path, "--no-go", "--no-svg", "-o", "out", "-q", "--policy", "policy.json"] + extra,
            in: work)
        let report = (try? Data(contentsOf: work.appendingPathComponent("out/\(sample)/report.json")))
            .flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] } ?? [:]
        return (r, report)
    }

    func findings(_ report: [String: Any]) -> [[String: Any]] { report["findings"] as? [[String: Any]] ?? [] }

    @Test func deniedModuleFailsTheRun() throws {
        let (r, report) = try run(#"{"deny": {"example.com/oldapi": "use example.com/new"}}"#)
        #expect(r.status == 1, "stderr: \(r.stderr)")
        let denied = findings(report).filter { $0["id"] as? String == "denied" }
        #expect(denied.count == 1)
        #expect(denied.first?["severity"] as? String == "error")
        #expect((denied.first?["message"] as? String)?.contains("use example.com/new") == true)
    }

    @Test func severityOverrides() throws {
        // Warnings raised to errors fail the run; "off" removes findings from the report.
        let (r, report) = try run(#"{"severity": {"retracted": "error", "pseudo-version": "off"}}"#)
        #expect(r.status == 1)
        let ids = findings(report).map { $0["id"] as? String ?? "" }
        #expect(!ids.contains("pseudo-version"))
        #expect(findings(report).first?["id"] as? String == "retracted")
        let (lenient, _) = try run(#"{"severity": {"multiple-major": "note", "deprecated": "note", "retracted": "note"}}"#, extra: ["--fail-on", "warning"])
        #expect(lenient.status == 0)
    }

    @Test func allowReplace() throws {
        let (r, report) = try run(#"{"allowReplace": ["example.com/fork/..."]}"#)
        #expect(r.status == 1)
        #expect(findings(report).filter { $0["id"] as? String == "replace-not-allowed" }.map { $0["module"] as? String } == ["example.com/local"])
        let (ok, _) = try run(#"{"allowReplace": ["example.com/fork/...", "./local"]}"#)
        #expect(ok.status == 0)
    }

    @Test func malformedPolicyCouldNotRun() throws {
        let (r, _) = try run(#"{"severity": {"cycle": "fatal"}}"#)
        #expect(r.status == 2)
        #expect(r.stderr == "modgraph: error: policy.json:1:24: severity.cycle: expected error, warning, note, off\n")
    }
}
