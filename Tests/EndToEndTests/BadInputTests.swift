import Foundation
import Testing
import TestSupport

/// Bad input: a clear error naming file and line, exit 2, and no report left behind.
@Suite struct BadInputTests {
    /// Makes a capture folder from the hello sample, then lets `damage` break it.
    func brokenCapture(_ damage: (URL) throws -> Void) throws -> URL {
        let work = try ModGraphProcess.scratch()
        let m = work.appendingPathComponent("m")
        try FileManager.default.copyItem(at: RepoPaths.sample("hello"), to: m)
        try damage(m)
        return work
    }

    func expectCouldNotRun(_ work: URL, args: [String] = [], stderrContains expected: [String]) throws {
        defer { try? FileManager.default.removeItem(at: work) }
        let r = try ModGraphProcess.run(["analyze", "m", "--no-go", "--output", "out"] + args, in: work)
        #expect(r.status == 2)
        #expect(r.stdout == "")
        for e in expected { #expect(r.stderr.contains(e), "stderr was: \(r.stderr)") }
        #expect(!r.stderr.contains("Fatal error"), "crashed: \(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("out/m").path),
                "a failed run left a report folder")
    }

    @Test func truncatedListJSON() throws {
        let work = try brokenCapture { m in
            let url = m.appendingPathComponent("list.json")
            let data = try Data(contentsOf: url)
            try data.prefix(data.count / 2).write(to: url)
        }
        try expectCouldNotRun(work, stderrContains: ["modgraph: error: m/list.json:", "object"])
    }

    @Test func edgeLineMissingAField() throws {
        let work = try brokenCapture { m in
            let url = m.appendingPathComponent("graph.txt")
            var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
            lines[2] = String(lines[2].split(separator: " ")[0])
            try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        try expectCouldNotRun(work, stderrContains: ["m/graph.txt:3:"])
    }

    @Test func edgeLineWithThreeFields() throws {
        let work = try brokenCapture { m in
            let url = m.appendingPathComponent("graph.txt")
            try ("example.com/hello example.com/a@v1.0.0 example.com/b@v1.0.0\n").write(to: url, atomically: true, encoding: .utf8)
        }
        try expectCouldNotRun(work, stderrContains: ["m/graph.txt:1:"])
    }

    @Test func binaryGarbage() throws {
        let work = try brokenCapture { m in
            var rng = SystemRandomNumberGenerator()
            let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &rng) }
            try Data(bytes).write(to: m.appendingPathComponent("graph.txt"))
        }
        try expectCouldNotRun(work, stderrContains: ["m/graph.txt"])
    }

    @Test func gigabyteFileIsRefusedQuickly() throws {
        let work = try brokenCapture { m in
            let url = m.appendingPathComponent("list.json")
            try FileManager.default.removeItem(at: url)
            FileManager.default.createFile(atPath: url.path, contents: nil)
            let h = try FileHandle(forWritingTo: url)
            try h.truncate(atOffset: 1 << 30)  // sparse: a gigabyte that takes no disk
            try h.close()
        }
        try expectCouldNotRun(work, stderrContains: ["m/list.json", "limit"])
    }

    @Test func unreadableInput() throws {
        let work = try brokenCapture { m in
            let url = m.appendingPathComponent("graph.txt")
            try FileManager.default.removeItem(at: url)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)  // not a file
        }
        try expectCouldNotRun(work, stderrContains: ["m/graph.txt"])
    }

    @Test func missingFolder() throws {
        let work = try ModGraphProcess.scratch()
        try expectCouldNotRun(work, stderrContains: ["m: no such file or directory"])
    }

    @Test func folderWithNothingToAnalyze() throws {
        let work = try ModGraphProcess.scratch()
        try FileManager.default.createDirectory(at: work.appendingPathComponent("m"), withIntermediateDirectories: true)
        try expectCouldNotRun(work, stderrContains: ["nothing to analyze"])
    }

    @Test func malformedGoMod() throws {
        let work = try brokenCapture { m in
            try "module example.com/hello\n\ngo 1.23\n\nrequire (\n\texample.com/greet\n)\n"
                .write(to: m.appendingPathComponent("go.mod"), atomically: true, encoding: .utf8)
        }
        // The go command's words, files named from the module root (as `go -C m` names them).
        try expectCouldNotRun(work, stderrContains: ["m: go: errors parsing go.mod:\ngo.mod:6:2: usage: require module/path v1.2.3\n"])
    }

    /// Merge-conflict markers left in a require block: go checks the path before it would look
    /// the version up (Tests/Fixtures/go-oracle/vendor/cases/gomod-merge-conflict-markers).
    @Test func mergeConflictMarkersAreGosLoadError() throws {
        let work = try brokenCapture { m in
            try "module example.com/hello\n\ngo 1.23\n\nrequire (\n<<<<<<< HEAD\n\texample.com/greet v1.0.0\n=======\n\texample.com/greet v1.1.0\n>>>>>>> theirs\n)\n"
                .write(to: m.appendingPathComponent("go.mod"), atomically: true, encoding: .utf8)
        }
        try expectCouldNotRun(work, stderrContains: [
            "go.mod:6: malformed module path \"<<<<<<<\": invalid char '<'\ngo.mod:8: usage: require module/path v1.2.3\ngo.mod:10: malformed module path \">>>>>>>\": invalid char '>'\n"])
    }

    @Test func usageErrorsExit64() throws {
        for args in [["analyze", "--fail-on", "bogus"], ["analyze", "--no-such-flag"], ["nosuchcommand"],
                     ["analyze", "--graph", "-", "--list", "-"]] {
            let r = try ModGraphProcess.run(args, in: RepoPaths.root)
            #expect(r.status == 64, "\(args): \(r.stderr)")
        }
    }

    @Test func graphFromStandardInput() throws {
        let work = try brokenCapture { _ in }
        defer { try? FileManager.default.removeItem(at: work) }
        // The same folder, first with its graph.txt, then with the graph on standard input.
        let fromFile = try ModGraphProcess.run(["analyze", "m", "--no-go", "--no-svg", "--output", "ref"], in: work)
        #expect(fromFile.status == 0)
        let graphURL = work.appendingPathComponent("m/graph.txt")
        let graph = try Data(contentsOf: graphURL)
        try FileManager.default.removeItem(at: graphURL)
        let r = try ModGraphProcess.run(["analyze", "m", "--graph", "-", "--no-go", "--no-svg", "--output", "out"], in: work, stdin: graph)
        #expect(r.status == 0, "\(r.stderr)")
        let a = try Data(contentsOf: work.appendingPathComponent("out/m/report.json"))
        let b = try Data(contentsOf: work.appendingPathComponent("ref/m/report.json"))
        #expect(a == b)
    }
}
