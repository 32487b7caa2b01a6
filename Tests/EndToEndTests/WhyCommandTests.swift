import Foundation
import Testing
import TestSupport

/// `modgraph why` as a user runs it: every format against golden files, errors and exit codes.
@Suite struct WhyCommandTests {
    /// Runs `modgraph why ARGS` from a scratch folder holding a `samples` link, so file names
    /// in the output are the short relative ones users see.
    func why(_ args: [String]) throws -> ModGraphProcess.Result {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createSymbolicLink(at: work.appendingPathComponent("samples"), withDestinationURL: RepoPaths.samples)
        return try ModGraphProcess.run(["why"] + args + ["--no-go"], in: work)
    }

    static let cases: [(name: String, args: [String])] = [
        ("multi-major-lib.txt", ["example.com/lib", "samples/multi-major"]),
        ("multi-major-lib.json", ["example.com/lib", "samples/multi-major", "--format", "json"]),
        ("multi-major-lib.dot", ["example.com/lib", "samples/multi-major", "--format", "dot"]),
        ("vendored-color.txt", ["example.com/color", "samples/vendored"]),
        ("vendored-lib.txt", ["example.com/lib", "samples/vendored"]),
        ("vendored-words-v1.0.0.json", ["example.com/words@v1.0.0", "samples/vendored", "--format", "json"]),
        ("hello-color-max1.txt", ["example.com/color", "samples/hello", "--max-paths", "1"]),
    ]

    @Test(arguments: cases)
    func matchesGolden(name: String, args: [String]) throws {
        let r = try why(args)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr == "")
        let diff = name.hasSuffix(".json")
            ? Golden.checkJSON(Data(r.stdout.utf8), against: "why/\(name)")
            : Golden.check(r.stdout, against: "why/\(name)")
        if let diff { Issue.record(Comment(rawValue: diff)) }
    }

    @Test func jsonPathsAreShortestFirst() throws {
        let r = try why(["example.com/lib", "samples/multi-major", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["module"] as? String == "example.com/lib")
        #expect(object["selected"] as? String == "v1.1.0")
        let paths = try #require(object["paths"] as? [[String]])
        #expect(paths.map(\.count) == [2, 3, 4])
        #expect(paths.allSatisfy { $0.first == "example.com/multi" && $0.last == "example.com/lib@v1.1.0" })
        #expect(object["requiredBy"] as? [String: [String]] == [
            "v1.0.0": ["example.com/cyc/b@v1.0.0"], "v1.1.0": ["example.com/multi"],
        ])
    }

    @Test func svgIsWellFormed() throws {
        let r = try why(["example.com/lib", "samples/multi-major", "--format", "svg"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("<svg"))
        #expect(r.stdout.contains("example.com/cyc/b"))
        #expect(!r.stdout.contains("<script"))
    }

    @Test func outputFile() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let r = try ModGraphProcess.run(
            ["why", "example.com/lib", RepoPaths.sample("multi-major").path, "--format", "json", "-o", "why.json", "--no-go"], in: work)
        #expect(r.status == 0)
        #expect(r.stdout == "")
        let data = try Data(contentsOf: work.appendingPathComponent("why.json"))
        #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
    }

    @Test func unknownModuleExitsOne() throws {
        let r = try why(["example.com/nope", "samples/hello"])
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(r.stderr == "modgraph: error: example.com/nope is not in the module graph of samples/hello\n")
        let v = try why(["example.com/greet@v9.0.0", "samples/hello"])
        #expect(v.status == 1)
    }

    @Test func usageErrorsExit64() throws {
        #expect(try why(["example.com/lib@banana", "samples/hello"]).status == 64)
        #expect(try why(["example.com/lib", "samples/hello", "--max-paths", "0"]).status == 64)
        #expect(try why(["example.com/lib", "samples/hello", "--format", "png"]).status == 64)
    }

    /// Without graph.txt, why answers what go.mod tells and names the capture that gives paths.
    @Test func missingGraphAnswersFromGoMod() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let m = work.appendingPathComponent("m")
        try FileManager.default.createDirectory(at: m, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: RepoPaths.sample("hello").appendingPathComponent("go.mod"), to: m.appendingPathComponent("go.mod"))
        let r = try ModGraphProcess.run(["why", "example.com/greet", "m", "--no-go"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("example.com/greet v1.2.0 is selected\n"))
        #expect(r.stdout.contains("paths: unknown (no go mod graph): capture it with `go mod graph > graph.txt`"))
        #expect(r.stdout.contains("versions the main modules' go.mod files require:\n  v1.2.0 * example.com/hello\n"))
        let absent = try ModGraphProcess.run(["why", "example.com/nope", "m", "--no-go"], in: work)
        #expect(absent.status == 1)
        #expect(absent.stderr.contains("without `go mod graph` (graph.txt)"))
        let bad = try ModGraphProcess.run(["why", "example.com/greet", "nowhere", "--no-go"], in: work)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("nowhere: no such file or directory"))
    }
}
