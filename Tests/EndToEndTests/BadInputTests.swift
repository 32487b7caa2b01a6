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
        let r = try ModGraphProcess.run(["analyze", "m", "--no-go", "--output", "out"] + args, in: work, timeout: 120)
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

    // MARK: Only regular files

    static let fifoMessage = ": cannot read: is a FIFO (named pipe), not a regular file; expected a file (or - for standard input)"

    /// Replaces `m/name` (or creates it) with a FIFO that nothing ever writes to.
    static func makeFIFO(_ url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(mkfifo(url.path, 0o600) == 0)
    }

    /// A FIFO where a file is expected would block `open` until a writer comes: it is refused
    /// at once, naming the file.
    @Test(arguments: ["graph.txt", "go.sum", "go.mod", "list.json", "vendor/modules.txt"])
    func fifoInTheFolderIsRefused(_ name: String) throws {
        let work = try brokenCapture { m in try Self.makeFIFO(m.appendingPathComponent(name)) }
        try expectCouldNotRun(work, stderrContains: ["modgraph: error: m/\(name)\(Self.fifoMessage)\n"])
    }

    /// The same for every option that names an input file, in every command that reads one.
    @Test(arguments: [
        ["analyze", "m", "--no-go", "--output", "out", "--graph", "fifo"],
        ["analyze", "m", "--no-go", "--output", "out", "--list", "fifo"],
        ["analyze", "m", "--no-go", "--output", "out", "--vendor", "fifo"],
        ["analyze", "m", "--no-go", "--output", "out", "--policy", "fifo"],
        ["analyze", "m", "--no-go", "--output", "out", "--baseline", "fifo"],
        ["why", "example.com/greet", "m", "--no-go", "--graph", "fifo"],
        ["why", "example.com/greet", "m", "--no-go", "--list", "fifo"],
        ["vendor-check", "m", "--vendor-tree", "fifo", "--no-modcache"],
    ])
    func fifoAsAnOptionIsRefused(_ args: [String]) throws {
        let work = try brokenCapture { _ in }
        defer { try? FileManager.default.removeItem(at: work) }
        try Self.makeFIFO(work.appendingPathComponent("fifo"))
        let r = try ModGraphProcess.run(args, in: work, timeout: 120)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("fifo\(Self.fifoMessage)"), "\(r.stderr)")
    }

    /// diff reads both folders: a FIFO on either side is refused.
    @Test func fifoInADiffSideIsRefused() throws {
        let work = try brokenCapture { m in try Self.makeFIFO(m.appendingPathComponent("graph.txt")) }
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.copyItem(at: RepoPaths.sample("hello"), to: work.appendingPathComponent("base"))
        let r = try ModGraphProcess.run(["diff", "base", "m", "--no-go", "--no-svg", "--output", "out"], in: work, timeout: 120)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("m/graph.txt\(Self.fifoMessage)"), "\(r.stderr)")
    }

    /// vendor-check reads go.mod and vendor/modules.txt as the go command would; a FIFO there is
    /// unreadable, not a hang.
    @Test(arguments: ["go.mod", "vendor/modules.txt"])
    func fifoInAVendorCheckFolderDoesNotHang(_ name: String) throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let m = work.appendingPathComponent("m")
        try FileManager.default.copyItem(at: RepoPaths.sample("vendored"), to: m)
        try Self.makeFIFO(m.appendingPathComponent(name))
        let r = try ModGraphProcess.run(["vendor-check", "m", "--no-modcache"], in: work, timeout: 120)
        #expect(r.status != 0 && r.status != 137, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("not a regular file"), "\(r.stderr)")
    }

    /// A symbolic link that leads nowhere is an error, not an absent file.
    @Test(arguments: ["go.mod", "graph.txt", "list.json", "go.sum"])
    func danglingSymlinkIsAnError(_ name: String) throws {
        let work = try brokenCapture { m in
            let url = m.appendingPathComponent(name)
            try FileManager.default.removeItem(at: url)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: "gone.txt")
        }
        try expectCouldNotRun(work, stderrContains: [
            "modgraph: error: m/\(name): cannot open: a symbolic link to a file that does not exist (-> \"gone.txt\")\n"])
    }

    /// A symbolic link to itself is an error, not an absent file.
    @Test(arguments: ["go.mod", "graph.txt"])
    func loopingSymlinkIsAnError(_ name: String) throws {
        let work = try brokenCapture { m in
            let url = m.appendingPathComponent(name)
            try FileManager.default.removeItem(at: url)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: name)
        }
        try expectCouldNotRun(work, stderrContains: [
            "modgraph: error: m/\(name): cannot open: a symbolic link that loops (too many levels of symbolic links)\n"])
    }

    /// A symbolic link to a regular file is read through.
    @Test func symlinkToAFileIsRead() throws {
        let work = try brokenCapture { m in
            let url = m.appendingPathComponent("graph.txt")
            try FileManager.default.moveItem(at: url, to: m.appendingPathComponent("real-graph.txt"))
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: "real-graph.txt")
        }
        defer { try? FileManager.default.removeItem(at: work) }
        let r = try ModGraphProcess.run(["analyze", "m", "--no-go", "--no-svg", "--output", "out"], in: work, timeout: 120)
        #expect(r.status == 0, "\(r.stderr)")
    }

    /// An empty go.mod, or one with only comments, is the go command's error: the text that
    /// scripts/record/modfile/record.sh recorded from `go list -m`, word for word.
    @Test(arguments: ["empty", "comments-only"])
    func goModWithoutModuleIsGosError(_ name: String) throws {
        let recorded = try String(
            contentsOf: RepoPaths.fixture("go-oracle/modfile/expected/\(name).txt"), encoding: .utf8)
        let section = try #require(recorded.components(separatedBy: "=== go list -m\n").last)
        let stderr = try #require(section.components(separatedBy: "--- stderr\n").last)
        try #require(stderr.hasPrefix("go: error reading go.mod: missing module declaration"), "\(stderr)")
        let work = try brokenCapture { m in
            try FileManager.default.copyItem(
                at: RepoPaths.fixture("go-oracle/modfile/cases/\(name).mod"), to: m.appendingPathComponent("go.mod.new"))
            try FileManager.default.removeItem(at: m.appendingPathComponent("go.mod"))
            try FileManager.default.moveItem(at: m.appendingPathComponent("go.mod.new"), to: m.appendingPathComponent("go.mod"))
        }
        try expectCouldNotRun(work, stderrContains: ["modgraph: error: m: \(stderr)"])
    }

    // MARK: Go's rules

    /// A graph.txt cut in the middle of its last line makes its last field a bare path, which
    /// would be a second main module: an error naming the line, not a silently wrong graph.
    @Test func truncatedLastGraphLineIsNamed() throws {
        var lines = 0
        let work = try brokenCapture { m in
            let url = m.appendingPathComponent("graph.txt")
            let text = try String(contentsOf: url, encoding: .utf8)
            lines = text.split(separator: "\n").count
            try (text + "example.com/hello example.com/gr").write(to: url, atomically: true, encoding: .utf8)
        }
        try expectCouldNotRun(work, stderrContains: [
            "modgraph: error: m/graph.txt:\(lines + 1):19: the last line ends without a newline and looks cut short: "
                + "expected path@version, found \"example.com/gr\", a second main module (a path without @version; "
                + "the first is \"example.com/hello\"); go mod graph prints more than one only in a workspace (go.work)\n"])
    }

    /// A second `"Main": true` object is refused at its position (outside a workspace).
    @Test func secondMainModuleInListJSON() throws {
        let work = try brokenCapture { m in
            let url = m.appendingPathComponent("list.json")
            let text = try String(contentsOf: url, encoding: .utf8)
            try (text + "{\n\t\"Path\": \"example.com/other\",\n\t\"Main\": true\n}\n").write(to: url, atomically: true, encoding: .utf8)
        }
        try expectCouldNotRun(work, stderrContains: [
            "modgraph: error: m/list.json:", ":1: object ", ": a second main module \"example.com/other\" (the first is \"example.com/hello\", object 1 at line 1); "
                + "go list prints more than one only in a workspace (go.work)\n"])
    }

    /// list.json's paths and versions follow go's rules, as graph.txt's do.
    @Test func invalidPathAndVersionInListJSON() throws {
        let work = try brokenCapture { m in
            let url = m.appendingPathComponent("list.json")
            let text = try String(contentsOf: url, encoding: .utf8)
            try (text + "{\"Path\":\"x y z\",\"Version\":\"not-a-version\"}\n").write(to: url, atomically: true, encoding: .utf8)
        }
        try expectCouldNotRun(work, stderrContains: [
            "m/list.json:", ":9: object ", ": expected a module path: malformed import path \"x y z\": invalid char ' '\n"])
    }

    // MARK: Limits while reading

    /// A runaway line is refused as soon as it passes the line limit, before the rest is read:
    /// standard input here is a pipe that never ends, so waiting for its end would hang.
    @Test func longLineIsRefusedWhileStreaming() throws {
        let work = try brokenCapture { _ in }
        defer { try? FileManager.default.removeItem(at: work) }
        let process = Process()
        process.executableURL = ModGraphProcess.binary
        process.arguments = ["analyze", "m", "--no-go", "--output", "out", "--graph", "-"]
        process.currentDirectoryURL = work
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        // modgraph refuses the line and exits while this test may still be writing: the write
        // then fails with EPIPE instead of the signal killing the whole test process.
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        // 64 KiB of one module path and no newline; the pipe stays open.
        try? input.fileHandleForWriting.write(contentsOf: Data("example.com/main example.com/".utf8 + Array(repeating: UInt8(ascii: "a"), count: 64 << 10)))
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        let finished = !process.isRunning
        if !finished { process.terminate() }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(finished, "modgraph waited for the end of a line past the limit")
        #expect(process.terminationStatus == 2)
        #expect(stderr == "modgraph: error: <stdin>:1:1: line 1 is longer than 16384 bytes, the limit for a line of this input; expected the go command's output\n", "\(stderr)")
    }

    /// A node longer than the module cache could hold is refused by the parser too (here in a
    /// line under the line limit).
    @Test func overlongModulePathIsRefused() throws {
        let work = try brokenCapture { m in
            let path = "example.com/" + String(repeating: "a", count: 5000)
            try "example.com/hello \(path)@v1.0.0\n".write(to: m.appendingPathComponent("graph.txt"), atomically: true, encoding: .utf8)
        }
        try expectCouldNotRun(work, stderrContains: [
            "m/graph.txt:1:19: expected path@version: this one is 5019 bytes long, longer than the 4096-byte limit"])
    }

    /// A gigabyte under a 1100 MiB --max-input-size is still judged by its first bytes: NUL
    /// bytes are refused after the first read, not after reading a gigabyte.
    @Test func binaryGigabyteIsJudgedByItsStart() throws {
        let work = try brokenCapture { m in
            let url = m.appendingPathComponent("graph.txt")
            try FileManager.default.removeItem(at: url)
            FileManager.default.createFile(atPath: url.path, contents: nil)
            let h = try FileHandle(forWritingTo: url)
            try h.truncate(atOffset: 1 << 30)  // sparse zeros
            try h.close()
        }
        try expectCouldNotRun(work, args: ["--max-input-size", "1100"], stderrContains: [
            "modgraph: error: m/graph.txt:1:1: binary data, not text (a NUL byte)\n"])
    }

    /// --max-input-size limits what is read from standard input (a pipe here, with no size to
    /// check first).
    @Test func standardInputOverTheLimitIsRefused() throws {
        let work = try brokenCapture { _ in }
        defer { try? FileManager.default.removeItem(at: work) }
        let (status, stderr) = try ModGraphProcess.runWrapped("/bin/sh", [
            "-c", "yes 'example.com/hello example.com/greet@v1.2.0' | head -c 2200000 | \"$0\" analyze m --no-go --output out --graph - --max-input-size 1",
            ModGraphProcess.binary.path,
        ], in: work)
        #expect(status == 2)
        #expect(stderr == "modgraph: error: <stdin>: input is larger than the 1 MiB limit (--max-input-size)\n", "\(stderr)")
    }
}
