import Foundation
import Testing
import TestSupport

/// Every JSON document modgraph writes — report.json, diff.json, vendor-check's JSON, the
/// baseline — is valid against its schema in docs/schemas/, checked with Python's jsonschema
/// (`scripts/validate-json.py`): the goldens, and what the built binary writes for every sample
/// and every corpus entry. Policy files (written by hand) are checked against theirs.
@Suite(.enabled(if: PythonTools.isAvailable, Comment(rawValue: PythonTools.skipReason)))
struct JSONSchemaValidationTests {
    static func schema(_ name: String) -> String {
        RepoPaths.root.appendingPathComponent("docs/schemas/\(name).schema.json").path
    }

    static func validate(_ schema: String, _ files: [String], in work: URL) throws -> ModGraphProcess.Result {
        try HTMLReportBrowserTests().run(
            [PythonTools.python, RepoPaths.root.appendingPathComponent("scripts/validate-json.py").path, Self.schema(schema)]
                + files, in: work)
    }

    /// Validates each group of files against its schema: every file `ok`.
    static func expectValid(_ groups: [String: [String]], in work: URL) throws {
        for (schema, files) in groups.sorted(by: { $0.key < $1.key }) {
            #expect(!files.isEmpty, "no \(schema) output to check")
            guard !files.isEmpty else { continue }
            let r = try validate(schema, files, in: work)
            #expect(r.status == 0, "\(schema): \(r.stdout)")
            #expect(r.stdout.components(separatedBy: ": ok\n").count - 1 == files.count, "\(schema): \(r.stdout)")
        }
    }

    /// Every golden JSON of an output that has a schema. why's JSON has none (yet): listed, so
    /// that a new kind of golden JSON cannot slip by unchecked.
    @Test func goldensAreValid() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let golden = RepoPaths.fixture("golden")
        var groups: [String: [String]] = [:]
        let walker = try #require(FileManager.default.enumerator(atPath: golden.path))
        for case let relative as String in walker where relative.hasSuffix(".json") {
            let path = golden.appendingPathComponent(relative).path
            switch (relative.split(separator: "/").first.map(String.init), (relative as NSString).lastPathComponent) {
            case (_, "report.json"): groups["report", default: []].append(path)
            case (_, "diff.json"): groups["diff", default: []].append(path)
            case ("vendor-check", _): groups["vendor-check", default: []].append(path)
            case ("why", _): continue
            default: Issue.record("golden JSON without a schema: \(relative)")
            }
        }
        #expect(groups["report"]?.count ?? 0 >= 4 && groups["diff"]?.count ?? 0 >= 3)
        try Self.expectValid(groups, in: work)
    }

    /// analyze, baseline, analyze --baseline, vendor-check --format json and diff on `folders`
    /// (diff: each folder against the next); the written files by schema.
    static func outputs(of folders: [URL], pairs: [(URL, URL)], withBaseline: Bool, in work: URL) throws -> [String: [String]] {
        var groups: [String: [String]] = [:]
        for (i, folder) in folders.enumerated() {
            let name = folder.lastPathComponent
            let a = try ModGraphProcess.run(
                ["analyze", folder.path, "--no-go", "--no-svg", "-q", "--fail-on", "never", "-o", "out", "--name", "r\(i)"], in: work)
            #expect(a.status == 0, "\(name): \(a.stderr)")
            groups["report", default: []].append(work.appendingPathComponent("out/r\(i)/report.json").path)
            let b = try ModGraphProcess.run(["baseline", folder.path, "--no-go", "-q", "-o", "b\(i).json"], in: work)
            #expect(b.status == 0, "\(name): \(b.stderr)")
            groups["baseline", default: []].append(work.appendingPathComponent("b\(i).json").path)
            let v = try ModGraphProcess.run(
                ["vendor-check", folder.path, "--format", "json", "--fail-on", "never", "--no-modcache", "--output", "v\(i).json"],
                in: work)
            if FileManager.default.fileExists(atPath: work.appendingPathComponent("v\(i).json").path) {
                groups["vendor-check", default: []].append(work.appendingPathComponent("v\(i).json").path)
            } else {
                #expect(v.status == 2, "vendor-check wrote no JSON: \(v.stderr)")
            }
        }
        if withBaseline {
            // Each folder against the next one's baseline: new, known and gone findings all appear.
            for (i, folder) in folders.enumerated() {
                let other = "b\((i + 1) % folders.count).json"
                let ab = try ModGraphProcess.run(
                    ["analyze", folder.path, "--no-go", "--no-svg", "-q", "--fail-on", "never", "-o", "out", "--name", "rb\(i)",
                     "--baseline", other], in: work)
                #expect(ab.status == 0, "\(folder.lastPathComponent): \(ab.stderr)")
                groups["report", default: []].append(work.appendingPathComponent("out/rb\(i)/report.json").path)
            }
        }
        for (k, (base, head)) in pairs.enumerated() {
            let d = try ModGraphProcess.run(
                ["diff", base.path, head.path, "--no-go", "--no-svg", "-q", "--fail-on", "never", "-o", "out", "--name", "d\(k)"],
                in: work)
            #expect(d.status == 0, "\(base.lastPathComponent)..\(head.lastPathComponent): \(d.stderr)")
            groups["diff", default: []].append(work.appendingPathComponent("out/d\(k)/diff.json").path)
        }
        return groups
    }

    @Test func everySampleOutputIsValid() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let folders = try FileManager.default.contentsOfDirectory(atPath: RepoPaths.samples.path)
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted().map { RepoPaths.sample($0) }
        var pairs = zip(folders, folders.dropFirst() + [folders[0]]).map { ($0, $1) }
        // A workspace gaining a used module and losing it (diff.json's mainModules): the
        // workspace sample from go.work and the go.mod files alone, the base without greeter.
        let base = work.appendingPathComponent("ws-base"), head = work.appendingPathComponent("ws-head")
        for dir in [base, head] {
            try FileManager.default.copyItem(at: RepoPaths.sample("workspace"), to: dir)
            for f in ["graph.txt", "list.json", "meta.json", "vendor-check.txt", "vendor"] {
                try? FileManager.default.removeItem(at: dir.appendingPathComponent(f))
            }
        }
        let goWork = base.appendingPathComponent("go.work")
        try String(contentsOf: goWork, encoding: .utf8).replacingOccurrences(of: "\t./greeter\n", with: "")
            .write(to: goWork, atomically: true, encoding: .utf8)
        pairs += [(base, head), (head, base)]
        let groups = try Self.outputs(of: folders, pairs: pairs, withBaseline: true, in: work)
        // The outputs cover the optional parts: a workspace, a baseline comparison, main modules changed.
        let reports = try groups["report", default: []].map { try String(contentsOfFile: $0, encoding: .utf8) }
        #expect(reports.contains { $0.contains("\n  \"workspace\" : {") })
        #expect(reports.contains { $0.contains("\n  \"baseline\" : {") })
        let diffs = try groups["diff", default: []].map { try String(contentsOfFile: $0, encoding: .utf8) }
        #expect(diffs.filter { $0.contains("\n  \"mainModules\" : {") }.count == 2)
        try Self.expectValid(groups, in: work)
    }

    @Test(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)))
    func everyCorpusOutputIsValid() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let entries = Corpus.entries
        // Each release against the next release of the same project.
        var pairs: [(URL, URL)] = []
        for (a, b) in zip(entries, entries.dropFirst()) where a.split(separator: "@").first == b.split(separator: "@").first {
            pairs.append((Corpus.entry(a), Corpus.entry(b)))
        }
        #expect(!pairs.isEmpty)
        let groups = try Self.outputs(of: entries.map(Corpus.entry), pairs: pairs, withBaseline: false, in: work)
        try Self.expectValid(groups, in: work)
    }

    /// README's policy example, Kubernetes' shape and the list form are valid policies, and
    /// modgraph reads each (with `$schema` or without).
    @Test func policyFilesAreValid() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let readme = try String(contentsOf: RepoPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "`analyze --policy FILE` reads the project's rules (JSON):\n\n```\n"))
        let end = try #require(readme.range(of: "```\n", range: start.upperBound..<readme.endIndex))
        let policies = [
            String(readme[start.upperBound..<end.lowerBound]),
            #"{"spec": {"unwantedModules": {"github.com/pkg/errors": "unmaintained"}}, "status": {"unwantedReferences": {}}}"#,
            #"{"$schema": "urn:modgraph:schema:policy:1", "comment": "ours", "deny": [{"module": "example.com/lib/..."}], "#
                + #""severity": {"vendor-not-used": "off", "cycle": "error"}, "allowReplace": []}"#,
        ]
        #expect(policies[0].contains("\"$schema\""))
        var files: [String] = []
        for (i, text) in policies.enumerated() {
            let file = work.appendingPathComponent("p\(i).json")
            try Data(text.utf8).write(to: file)
            files.append(file.path)
            let r = try ModGraphProcess.run(
                ["analyze", RepoPaths.sample("vendored").path, "--no-go", "--no-svg", "-q", "-o", "out", "--name", "p\(i)",
                 "--policy", file.path], in: work)
            #expect(r.status == 0 || r.status == 1, "\(text): \(r.stderr)")
        }
        try Self.expectValid(["policy": files], in: work)
    }

    /// The check can fail: wrong documents of each kind are refused, with the path of the fault.
    @Test(arguments: [
        ("report", "golden/samples/vendored/report.json", #""severity" : "warning""#, #""severity" : "fatal""#, "findings/0/severity"),
        ("report", "golden/samples/hello/report.json", #""mainModules" : ["#, #""extra" : 1, "mainModules" : ["#, "(root)"),
        ("report", "golden/samples/hello/report.json", #""$schema" : "urn:modgraph:schema:report:1","#, "", "(root)"),
        ("report", "golden/samples/hello/report.json", "urn:modgraph:schema:report:1", "urn:modgraph:schema:diff:1", "$schema"),
        ("report", "golden/samples/hello/report.json", #""consistent" : null"#, #""consistent" : "no""#, "vendor/consistent"),
        ("diff", "golden/diff/runc/diff.json", #""indirect" : false"#, #""indirect" : "no""#, "added/0/indirect"),
        ("vendor-check", "golden/vendor-check/drifted.json", #""id" : "vendor-gosum-missing""#, #""id" : "gosum-missing""#,
         "findings/0/id"),
    ])
    func wrongDocumentsAreRefused(schema: String, golden: String, from: String, to: String, at path: String) throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let text = try String(contentsOf: RepoPaths.fixture(golden), encoding: .utf8)
        let range = try #require(text.range(of: from), "\(from) in \(golden)")
        let file = work.appendingPathComponent("bad.json")
        try Data(text.replacingCharacters(in: range, with: to).utf8).write(to: file)
        let r = try Self.validate(schema, [file.path], in: work)
        #expect(r.status == 1, "\(r.stdout)")
        #expect(r.stdout.contains("bad.json: \(path): "), "\(r.stdout)")
        // The unchanged golden passes, so it is the change that failed.
        #expect(try Self.validate(schema, [RepoPaths.fixture(golden).path], in: work).status == 0)
    }

    @Test(arguments: [
        ("policy", #"{"severity": {"no-such-finding": "off"}}"#, "severity"),
        ("policy", #"{"deny": [{"reason": "no module"}]}"#, "deny"),
        ("policy", #"{"allowReplace": "x"}"#, "allowReplace"),
        ("baseline", #"{"schemaVersion": 1, "findings": [{"id": "cycle", "module": "m", "severity": "bad", "message": "t"}]}"#,
         "findings/0/severity"),
        ("baseline", #"{"schemaVersion": 2, "findings": []}"#, "schemaVersion"),
    ])
    func wrongInputFilesAreRefused(schema: String, text: String, at path: String) throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let file = work.appendingPathComponent("bad.json")
        try Data(text.utf8).write(to: file)
        let r = try Self.validate(schema, [file.path], in: work)
        #expect(r.status == 1, "\(r.stdout)")
        #expect(r.stdout.contains("bad.json: \(path)"), "\(r.stdout)")
    }
}
