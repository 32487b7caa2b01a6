import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

@Suite struct BaselineTests {
    func finding(_ id: String, _ module: String, _ message: String, _ severity: Severity = .warning) -> Finding {
        Finding(id: id, severity: severity, module: module, message: message)
    }

    @Test func newKnownAndGone() {
        let base = Baseline(findings: [
            finding("cycle", "a", "a ↔ b"),
            finding("version-skew", "x", "x v1.2.0 is selected, ... v1.0.0"),
            finding("replaced", "r", "r is replaced"),
        ])
        let now = [
            finding("cycle", "a", "a ↔ b"),  // same
            finding("version-skew", "x", "x v1.3.0 is selected, ... v1.0.0"),  // same problem, new text
            finding("deprecated", "d", "d is deprecated"),  // new
        ]
        let c = base.compare(now)
        #expect(c.known.map(\.id) == ["cycle", "version-skew"])
        #expect(c.new.map(\.id) == ["deprecated"])
        #expect(c.gone.map(\.id) == ["replaced"])
    }

    @Test func eachEntryMatchesOnce() {
        let base = Baseline(findings: [finding("input-missing", "", "no graph")])
        let c = base.compare([finding("input-missing", "", "no list"), finding("input-missing", "", "no graph")])
        // The exact match takes the entry; the other note is new.
        #expect(c.known.map(\.message) == ["no graph"])
        #expect(c.new.map(\.message) == ["no list"])
        #expect(c.gone.isEmpty)
    }

    /// Baselines written before `$schema` was (just schemaVersion and findings) read the same.
    @Test func readsFilesWithAndWithoutSchema() throws {
        let entry = #"{"id": "cycle", "module": "a", "severity": "note", "message": "a ↔ b"}"#
        let old = try Baseline.parse(Data(#"{"schemaVersion": 1, "findings": [\#(entry)]}"#.utf8), file: "old.json")
        let new = try Baseline.parse(
            Data(#"{"$schema": "urn:modgraph:schema:baseline:1", "schemaVersion": 1, "findings": [\#(entry)]}"#.utf8), file: "new.json")
        #expect(old == new)
        #expect(old.entries == [Baseline.Entry(id: "cycle", module: "a", severity: .note, message: "a ↔ b")])
        #expect(String(decoding: old.json(), as: UTF8.self).hasPrefix("{\n  \"$schema\" : \"\(JSONSchemaID.baseline)\",\n"))
    }

    @Test func roundTripsThroughJSON() throws {
        let a = try Analyzer.analyze(InputSet.load(root: RepoPaths.sample("vendored").path), name: "vendored")
        let base = Baseline(findings: a.findings)
        let data = base.json()
        #expect(data == Baseline(findings: a.findings.reversed()).json(), "order of findings must not matter")
        let back = try Baseline.parse(data, file: "b.json")
        #expect(back == base)
        let c = back.compare(a.findings)
        #expect(c.new.isEmpty && c.gone.isEmpty && c.known.count == a.findings.count)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\"schemaVersion\" : 1"))
    }

    @Test(arguments: [
        ("{", "b.json:1:2: not valid JSON: expected a quoted key, found the end of the file"),
        (#"{"schemaVersion": 1}"#, "b.json:1:1: findings: missing; expected a baseline written by `modgraph baseline`"),
        (#"{"schemaVersion": 2, "findings": []}"#, "b.json:1:19: schemaVersion 2: this modgraph reads version 1"),
        (#"{"schemaVersion": 1, "findings": [{"id": "x", "module": "m", "message": "t", "severity": "fatal"}]}"#,
         "b.json:1:90: findings[0].severity: expected note, warning, error, found \"fatal\""),
        (#"{"schemaVersion": 1, "findings": [{"id": 3, "module": "m", "message": "t", "severity": "note"}]}"#,
         "b.json:1:42: findings[0].id: a number, not a string; expected a baseline written by `modgraph baseline`"),
        ("{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    {\"id\": \"x\", \"module\": \"m\", \"severity\": \"note\"}\n  ]\n}\n",
         "b.json:4:5: findings[0].message: missing; expected a baseline written by `modgraph baseline`"),
        ("{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    {\"id\": \"x\",}\n  ]\n}\n",
         "b.json:4:16: not valid JSON: expected a quoted key, found '}'"),
        ("[]", "b.json:1:1: the document: a list, not an object; expected a baseline written by `modgraph baseline`"),
    ])
    func rejectsBadFiles(json: String, prefix: String) {
        do {
            _ = try Baseline.parse(Data(json.utf8), file: "b.json")
            Issue.record("expected an error for \(json)")
        } catch {
            #expect(error.description == prefix)
        }
    }

    @Test func summaryListsNewAndGone() {
        let base = Baseline(findings: [finding("replaced", "r", "r is replaced", .note)])
        let text = BaselineSummary.render(base.compare([finding("cycle", "a", "a\u{1b}[31m ↔ b", .note)]), file: "base.json")
        #expect(text == """
            baseline base.json: 1 new, 0 known, 1 gone
              new note: [cycle] a: a\\u{1b}[31m ↔ b
              gone note: [replaced] r: r is replaced
              (run `modgraph baseline` to drop the gone ones from the baseline)

            """)
    }
}
