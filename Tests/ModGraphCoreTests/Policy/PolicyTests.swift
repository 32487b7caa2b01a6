import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

@Suite struct PolicyTests {
    func parse(_ json: String) throws(ParseError) -> Policy {
        try Policy.parse(Data(json.utf8), file: "policy.json")
    }

    func analyze(_ sample: String, _ policy: Policy?) throws -> Analysis {
        try Analyzer.analyze(InputSet.load(root: RepoPaths.sample(sample).path), name: sample, policy: policy)
    }

    @Test func readsEveryForm() throws {
        let p = try parse("""
            {"deny": {"example.com/b": "why b", "example.com/a/...": "why a"},
             "severity": {"cycle": "error", "pseudo-version": "off"},
             "allowReplace": ["example.com/fork/...", "./local"]}
            """)
        #expect(p.deny == [.init(pattern: "example.com/a/...", reason: "why a"), .init(pattern: "example.com/b", reason: "why b")])
        #expect(p.severity == ["cycle": .error, "pseudo-version": .off])
        #expect(p.allowReplace == ["example.com/fork/...", "./local"])
        let list = try parse(#"{"deny": [{"module": "x.io/y", "reason": "r"}, {"module": "x.io/z"}]}"#)
        #expect(list.deny == [.init(pattern: "x.io/y", reason: "r"), .init(pattern: "x.io/z", reason: "")])
        #expect(list.allowReplace == nil)
    }

    /// A policy naming its schema (docs/schemas/policy.schema.json) reads as one without.
    @Test func schemaKeyIsAccepted() throws {
        let with = try parse(#"{"$schema": "urn:modgraph:schema:policy:1", "deny": {"x.io/y": "r"}, "severity": {"cycle": "off"}}"#)
        let without = try parse(#"{"deny": {"x.io/y": "r"}, "severity": {"cycle": "off"}}"#)
        #expect(with == without)
        #expect(JSONSchemaID.policy == "urn:modgraph:schema:policy:1")
    }

    /// Kubernetes keeps its rules in hack/unwanted-dependencies.json; that shape is read as is.
    @Test func readsKubernetesUnwantedDependencies() throws {
        let p = try parse("""
            {
              "spec": {
                "unwantedModules": {
                  "github.com/go-kit/kit": "lots of transitive dependencies, see https://github.com/prometheus/common/issues/255",
                  "github.com/pkg/errors": "unmaintained, archive mode"
                }
              },
              "status": {
                "unwantedReferences": {"github.com/pkg/errors": ["k8s.io/something"]}
              }
            }
            """)
        #expect(p.deny.map(\.pattern) == ["github.com/go-kit/kit", "github.com/pkg/errors"])
    }

    @Test(arguments: [
        (#"[1]"#, "policy.json:1:1: expected a JSON object with \"deny\", \"severity\" and/or \"allowReplace\""),
        (#"{"deny": 3}"#, "policy.json:1:10: deny: expected an object mapping module paths to reasons, or a list of {\"module\", \"reason\"}"),
        (#"{"deny": {"a": 1}}"#, "policy.json:1:16: deny.a: expected a reason string"),
        (#"{"deny": [{"reason": "x"}]}"#, "policy.json:1:11: deny[0]: expected an object with a \"module\" string"),
        (#"{"severity": {"cycle": "fatal"}}"#, "policy.json:1:24: severity.cycle: expected error, warning, note, off"),
        (#"{"allowReplace": "x"}"#, "policy.json:1:18: allowReplace: expected a list of module paths or directories"),
        (#"{"allowReplace": ["a", 2]}"#, "policy.json:1:24: allowReplace[1]: expected a module path or directory (a string)"),
        (#"{"denny": {}}"#, "policy.json:1:2: unknown field \"denny\": expected deny, severity or allowReplace"),
        (#"{"deny": {}, "deny": {}}"#, "policy.json:1:14: duplicate key \"deny\" in this object"),
    ])
    func rejectsWrongShapes(json: String, message: String) {
        #expect(throws: ParseError.self) { try parse(json) }
        do { _ = try parse(json) } catch { #expect(error.description == message) }
    }

    /// Syntax errors name line:column (counting characters), not "around character N".
    @Test(arguments: [
        ("{\n  \"deny\": {\n    \"a\": \"x\"\n    \"b\": \"y\"\n  }\n}\n", "policy.json:4:5: not valid JSON: expected ',' or '}' after the value, found '\"'"),
        ("{\"deny\": ", "policy.json:1:10: not valid JSON: expected a value, found the end of the file"),
        ("{\n\t\"sévérité\": tru }", "policy.json:2:14: not valid JSON: expected a value, found 't'"),
        ("{\"deny\": {\"a\": \"x\"},}", "policy.json:1:21: not valid JSON: expected a quoted key, found '}'"),
        ("{} {}", "policy.json:1:4: not valid JSON: expected the end of the document after the top-level value, found '{'"),
        ("{\"a\": \"\\q\"}", "policy.json:1:8: not valid JSON: unknown escape in a string: \\ followed by 'q'"),
        ("{\"a\": 01}", "policy.json:1:8: not valid JSON: expected ',' or '}' after the value, found '1'"),
        ("\u{202E}", "policy.json:1:1: not valid JSON: expected a value, found '\\u202e'"),
    ])
    func syntaxErrorsHaveLineAndColumn(json: String, message: String) {
        do {
            _ = try parse(json)
            Issue.record("expected an error for \(json)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func invalidJSONNamesTheFile() {
        do {
            _ = try parse("{\"deny\": ")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("policy.json:1:10: not valid JSON"))
        }
    }

    @Test func patterns() {
        #expect(Policy.matches("a.io/b", "a.io/b"))
        #expect(!Policy.matches("a.io/b", "a.io/b/c"))
        #expect(Policy.matches("a.io/b/...", "a.io/b"))
        #expect(Policy.matches("a.io/b/...", "a.io/b/c"))
        #expect(!Policy.matches("a.io/b/...", "a.io/bc"))
    }

    @Test func deniedModulesAreErrorsWithTheirPath() throws {
        let p = try parse(#"{"deny": {"example.com/words": "no words here", "example.com/absent": "x"}}"#)
        let a = try analyze("hello", p)
        let denied = a.findings.with("denied")
        #expect(denied.map(\.message) == [
            "example.com/words v1.1.0 is denied by policy.json: no words here (required through example.com/hello → example.com/words@v1.1.0)",
        ])
        #expect(denied.first?.severity == .error)
    }

    @Test func replacementsOutsideTheAllowList() throws {
        let p = try parse(#"{"allowReplace": ["example.com/fork/..."]}"#)
        let f = try analyze("vendored", p).findings.with("replace-not-allowed")
        #expect(f.map(\.module) == ["example.com/local"])
        #expect(f.first?.location?.line == 25)
        let all = try parse(#"{"allowReplace": ["example.com/fork/...", "./local"]}"#)
        #expect(try analyze("vendored", all).findings.with("replace-not-allowed").isEmpty)
    }

    @Test func severityOverridesAndOff() throws {
        let plain = try analyze("multi-major", nil)
        #expect(plain.findings.with("cycle").first?.severity == .note)
        let p = try parse(#"{"severity": {"cycle": "error", "version-skew": "off"}}"#)
        let a = try analyze("multi-major", p)
        #expect(a.findings.with("cycle").first?.severity == .error)
        #expect(a.findings.with("version-skew").isEmpty)
        #expect(a.findings.first?.id == "cycle")  // most severe first
        #expect(a.worstSeverity == .error)
    }
}
