import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// The output step replaces only a modgraph report: never an input, never a folder or file it
/// did not write.
@Suite struct ReportFolderTests {
    let fm = FileManager.default

    /// A scratch folder holding `repo/` (a module) and `out/`.
    func scratch() throws -> URL {
        let url = fm.temporaryDirectory.appendingPathComponent("modgraph-output-\(UUID().uuidString)")
        try fm.createDirectory(at: url.appendingPathComponent("repo/vendor"), withIntermediateDirectories: true)
        try Data("module example.com/m\n".utf8).write(to: url.appendingPathComponent("repo/go.mod"))
        try Data("# example.com/a v1.0.0\n".utf8).write(to: url.appendingPathComponent("repo/vendor/modules.txt"))
        try Data("package main\n".utf8).write(to: url.appendingPathComponent("repo/main.go"))
        return url
    }

    func protecting(_ folders: [String], files: [String] = [], cwd: URL) -> ProtectedInputs {
        var p = ProtectedInputs(cwd: cwd.path)
        for f in folders { p.folder(f.hasPrefix("/") ? f : cwd.path + "/" + f) }
        for f in files { p.file(f.hasPrefix("/") ? f : cwd.path + "/" + f) }
        return p
    }

    let report: [String: Data] = ["graph.dot": Data("digraph {}\n".utf8), "report.md": Data("# r\n".utf8)]

    func refusal(_ body: () throws(OutputError) -> Void) -> String? {
        do throws(OutputError) {
            try body()
            return nil
        } catch {
            return error.description
        }
    }

    @Test func writesAFolderWithAManifestAndReplacesIt() throws {
        let dir = try scratch()
        defer { try? fm.removeItem(at: dir) }
        let inputs = protecting(["repo"], cwd: dir)
        let out = dir.appendingPathComponent("out").path
        let first = try ReportFolder.write(report, to: out, name: "repo", protecting: inputs)
        #expect(first.path == out + "/repo")
        #expect(Set(try fm.contentsOfDirectory(atPath: first.path)) == ["graph.dot", "report.md", ReportFolder.manifestName])
        #expect(ReportFolder.manifestFiles(first.path + "/" + ReportFolder.manifestName) == ["graph.dot", "report.md"])
        // A second run replaces it, files it no longer writes included.
        _ = try ReportFolder.write(["report.md": Data("# s\n".utf8)], to: out, name: "repo", protecting: inputs)
        #expect(Set(try fm.contentsOfDirectory(atPath: first.path)) == ["report.md", ReportFolder.manifestName])
        #expect(try String(contentsOfFile: first.path + "/report.md", encoding: .utf8) == "# s\n")
        // No staging or old folder stays behind.
        #expect(try fm.contentsOfDirectory(atPath: out) == ["repo"])
    }

    @Test func refusesAFolderHoldingAnythingElse() throws {
        let dir = try scratch()
        defer { try? fm.removeItem(at: dir) }
        let inputs = protecting(["repo"], cwd: dir)
        let out = dir.appendingPathComponent("out").path
        _ = try ReportFolder.write(report, to: out, name: "r", protecting: inputs)
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: out + "/r/notes.txt"))
        let message = refusal { () throws(OutputError) in _ = try ReportFolder.write(report, to: out, name: "r", protecting: inputs) }
        #expect(message == "refusing to write \(out)/r: it is not a report folder modgraph wrote (it holds notes.txt); "
            + "choose another --output or --name, or remove it yourself (nothing was written)")
        #expect(fm.fileExists(atPath: out + "/r/notes.txt"))

        // A folder modgraph did not write, a file, a symbolic link: refused, untouched.
        try fm.createDirectory(atPath: out + "/user", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: out + "/user/graph.txt"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: out + "/file"))
        try fm.createDirectory(atPath: dir.path + "/elsewhere", withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: out + "/link", withDestinationPath: dir.path + "/elsewhere")
        for (name, why) in [
            ("user", "it is not a report folder modgraph wrote (it holds graph.txt)"),
            ("file", "it is a file, not a report folder modgraph wrote"),
            ("link", "it is a symbolic link, not a report folder modgraph wrote"),
        ] {
            let m = refusal { () throws(OutputError) in _ = try ReportFolder.write(report, to: out, name: name, protecting: inputs) }
            #expect(m?.contains(why) == true, "\(name): \(m ?? "written")")
        }
        #expect(try String(contentsOfFile: out + "/file", encoding: .utf8) == "x")
        #expect(fm.fileExists(atPath: dir.path + "/repo/go.mod"))
        // A manifest that lists a path outside its folder is not a manifest.
        try fm.createDirectory(atPath: out + "/forged", withIntermediateDirectories: true)
        try Data(#"{"files":["../repo"],"generator":"modgraph","note":""}"#.utf8).write(to: URL(fileURLWithPath: out + "/forged/" + ReportFolder.manifestName))
        #expect(ReportFolder.foreignEntry(in: out + "/forged") == "a manifest modgraph cannot read")
    }

    @Test func replacesAReportFolderOfAnEarlierVersionWithoutAManifest() throws {
        let dir = try scratch()
        defer { try? fm.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out").path
        try fm.createDirectory(atPath: out + "/old", withIntermediateDirectories: true)
        for f in ["graph.dot", "graph.svg", "report.md", "report.json", "report.html"] {
            try Data("old".utf8).write(to: URL(fileURLWithPath: out + "/old/" + f))
        }
        try fm.createDirectory(atPath: out + "/empty", withIntermediateDirectories: true)
        let inputs = protecting(["repo"], cwd: dir)
        _ = try ReportFolder.write(report, to: out, name: "old", protecting: inputs)
        _ = try ReportFolder.write(report, to: out, name: "empty", protecting: inputs)
        #expect(Set(try fm.contentsOfDirectory(atPath: out + "/old")) == ["graph.dot", "report.md", ReportFolder.manifestName])
        // A report name that is a folder is not a report file.
        try fm.createDirectory(atPath: out + "/odd/report.md", withIntermediateDirectories: true)
        #expect(ReportFolder.foreignEntry(in: out + "/odd") == "report.md, which is not a regular file")
    }

    /// Every spelling of "the report folder is the analyzed folder, holds it or lies in what it reads".
    @Test func refusesInputsHoweverTheyAreSpelled() throws {
        let dir = try scratch()
        defer { try? fm.removeItem(at: dir) }
        let repo = dir.appendingPathComponent("repo").path
        try fm.createSymbolicLink(atPath: dir.path + "/alias", withDestinationPath: repo)
        try fm.createDirectory(atPath: dir.path + "/other", withIntermediateDirectories: true)
        let inputs = protecting(["repo"], files: ["other/graph.txt"], cwd: dir)
        let cases: [(output: String, name: String, why: String)] = [
            (dir.path, "repo", "it is the analyzed folder"),
            (repo + "/..", "repo", "it is the analyzed folder"),
            (dir.path + "/other/..", "repo", "it is the analyzed folder"),
            (dir.path + "/alias/..", "repo", "it is the analyzed folder"),
            (dir.path, "alias", "it is the analyzed folder"),
            (dir.path + "/alias/vendor/..", "..", "it contains the analyzed folder"),
            (dir.path + "/..", dir.lastPathComponent, "it contains the analyzed folder"),
            (repo, "vendor", "it is the input"),
            (repo + "/vendor", "x", "it lies inside the input"),
            (dir.path + "/alias/vendor", "x", "it lies inside the input"),
            (repo, "go.mod", "it is the input"),
            (repo + "/.git", "x", "it lies inside the input"),
            (dir.path + "/other", "graph.txt", "it is the input"),
            ("/", "", "it contains the analyzed folder"),
        ]
        for c in cases {
            let target = OutputPath.resolve(OutputPath.join(c.output, c.name))
            let m = refusal { () throws(OutputError) in try inputs.checkReportFolder(target, shown: c.output + "/" + c.name) }
            #expect(m?.contains(c.why) == true, "\(c.output) \(c.name): \(m ?? "allowed")")
        }
        // A new folder inside the analyzed folder is allowed (the CI recipe writes one in the checkout).
        let inside = OutputPath.resolve(repo + "/modgraph-report/analyze")
        #expect(refusal { () throws(OutputError) in try inputs.checkReportFolder(inside, shown: "x") } == nil)
        #expect(fm.fileExists(atPath: repo + "/go.mod"))
    }

    @Test func resolvesSymbolicLinksBeforeDotDot() throws {
        let dir = try scratch()
        defer { try? fm.removeItem(at: dir) }
        try fm.createDirectory(atPath: dir.path + "/deep/er", withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: dir.path + "/up", withDestinationPath: dir.path + "/deep/er")
        // up/.. is deep (as the system sees it), not dir.
        #expect(OutputPath.resolve(dir.path + "/up/..") == OutputPath.resolve(dir.path + "/deep"))
        #expect(OutputPath.resolve("x/../y/./z", cwd: "/a/b") == "/a/b/y/z")
        #expect(OutputPath.resolve("/no/such/../path") == "/no/path")
    }

    @Test func outputFilesReplaceOnlyRegularFilesThatAreNotInputs() throws {
        let dir = try scratch()
        defer { try? fm.removeItem(at: dir) }
        let repo = dir.appendingPathComponent("repo").path
        try Data("{}".utf8).write(to: URL(fileURLWithPath: dir.path + "/policy.json"))
        let inputs = protecting(["repo"], files: ["policy.json"], cwd: dir)
        let data = Data("report\n".utf8)
        try fm.createSymbolicLink(atPath: dir.path + "/link", withDestinationPath: dir.path + "/policy.json")
        let cases: [(String, String)] = [
            (repo + "/go.mod", "go.mod"),
            (dir.path + "/alias.mod", "named like the go command's own (alias.mod)"),
            (repo + "/go.work.sum", "named like the go command's own"),
            (repo + "/graph.txt", "it is the input"),
            (repo + "/list.json", "it is the input"),
            (repo + "/vendor/modules.txt", "it lies inside the input"),
            (repo + "/vendor/new.go", "it lies inside the input"),
            (dir.path + "/policy.json", "it is the input"),
            (repo + "/../repo/../policy.json", "it is the input"),
            (repo, "it is a folder"),
            (dir.path + "/link", "it is a symbolic link"),
            ("/dev/null", "not a regular file"),
        ]
        for (path, why) in cases {
            let m = refusal { () throws(OutputError) in try OutputFile.write(data, to: path, protecting: inputs) }
            #expect(m?.contains(why) == true, "\(path): \(m ?? "written")")
            #expect(m?.hasSuffix("(nothing was written)") == true)
        }
        #expect(try String(contentsOfFile: dir.path + "/policy.json", encoding: .utf8) == "{}")
        #expect(try String(contentsOfFile: repo + "/go.mod", encoding: .utf8) == "module example.com/m\n")
        // A regular file (in the repository too) is replaced, atomically.
        try OutputFile.write(data, to: repo + "/modgraph-baseline.json", protecting: inputs)
        try OutputFile.write(Data("second\n".utf8), to: repo + "/modgraph-baseline.json", protecting: inputs)
        #expect(try String(contentsOfFile: repo + "/modgraph-baseline.json", encoding: .utf8) == "second\n")
        #expect(try fm.contentsOfDirectory(atPath: repo).filter { $0.hasPrefix(".") }.isEmpty)
    }

    @Test func writeErrorsSayWhatWhereAndWhy() throws {
        let dir = try scratch()
        defer { try? fm.removeItem(at: dir) }
        let inputs = ProtectedInputs(cwd: dir.path)
        try Data("x".utf8).write(to: dir.appendingPathComponent("afile"))
        let a = refusal { () throws(OutputError) in _ = try ReportFolder.write(report, to: dir.path + "/afile/out", name: "r", protecting: inputs) }
        #expect(a == "cannot create the folder \(dir.path)/afile/out: \(dir.path)/afile is a file, not a folder")
        let b = refusal { () throws(OutputError) in try OutputFile.write(Data(), to: dir.path + "/missing/x.json", protecting: inputs) }
        #expect(b == "cannot write \(dir.path)/missing/x.json: the folder \(dir.path)/missing does not exist")
        let c = refusal { () throws(OutputError) in try OutputFile.write(Data(), to: dir.path + "/afile/x.json", protecting: inputs) }
        #expect(c == "cannot write \(dir.path)/afile/x.json: \(dir.path)/afile is not a folder")
        // /proc refuses new files whoever runs the test.
        let d = refusal { () throws(OutputError) in _ = try ReportFolder.write(report, to: "/proc/modgraph-test", name: "r", protecting: inputs) }
        #expect(d?.hasPrefix("cannot create the folder /proc/modgraph-test: ") == true, "\(d ?? "written")")
        #expect(d?.contains("Error Domain") == false)
        // Each system reason in plain words.
        #expect(OutputError.reason(EACCES) == "permission denied")
        #expect(OutputError.reason(ENOSPC) == "no space left on the device")
        #expect(OutputError.reason(EROFS) == "the file system is read-only")
        #expect(OutputError.reason(ENOTDIR) == "part of the path is a file, not a folder")
        #expect(OutputError.failed("write", "out/r/graph.svg", code: ENOSPC).description == "cannot write out/r/graph.svg: no space left on the device")
    }

    @Test func removesStagingFoldersOfRunsThatDidNotFinish() throws {
        let dir = try scratch()
        defer { try? fm.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out").path
        try fm.createDirectory(atPath: out, withIntermediateDirectories: true)
        func leftover(_ name: String, modified: Date? = nil, extra: String? = nil) throws {
            try fm.createDirectory(atPath: out + "/" + name, withIntermediateDirectories: true)
            try Data("partial".utf8).write(to: URL(fileURLWithPath: out + "/" + name + "/graph.svg"))
            if let extra { try Data("x".utf8).write(to: URL(fileURLWithPath: out + "/" + name + "/" + extra)) }
            if let modified { try fm.setAttributes([.modificationDate: modified], ofItemAtPath: out + "/" + name) }
        }
        // A process that has exited.
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let live = ProcessInfo.processInfo.processIdentifier
        try leftover(".repo.partial-\(gone.processIdentifier)")
        try leftover(".repo.old-\(gone.processIdentifier)")
        try leftover(".other.partial-1", modified: Date(timeIntervalSince1970: 1000))  // older than process 1
        try leftover(".busy.partial-1")  // process 1 may be writing it
        try leftover(".mine.partial-\(gone.processIdentifier)", extra: "notes.txt")  // not modgraph's
        try leftover(".x.partial-", modified: Date(timeIntervalSince1970: 1000))  // no process id
        #expect(ReportFolder.isAbandoned(pid: Int32(gone.processIdentifier), folder: out))
        #expect(!ReportFolder.isAbandoned(pid: live, folder: out))
        let written = try ReportFolder.write(report, to: out, name: "repo", protecting: ProtectedInputs(cwd: dir.path))
        #expect(written.removedLeftovers == [
            "\(out)/.other.partial-1", "\(out)/.repo.old-\(gone.processIdentifier)", "\(out)/.repo.partial-\(gone.processIdentifier)",
        ])
        #expect(Set(try fm.contentsOfDirectory(atPath: out)) == [
            "repo", ".busy.partial-1", ".mine.partial-\(gone.processIdentifier)", ".x.partial-",
        ])
    }

    /// go looks for go.work, go.mod and vendor/ above the folder too: those are inputs.
    @Test func foldersAboveAModuleKeepTheirGoFilesVendorAndGit() throws {
        let dir = try scratch()
        defer { try? fm.removeItem(at: dir) }
        let sub = dir.appendingPathComponent("repo/sub").path
        try fm.createDirectory(atPath: sub, withIntermediateDirectories: true)
        var inputs = ProtectedInputs(cwd: dir.path)
        inputs.module(sub)
        for (output, why) in [
            (dir.path + "/repo/vendor/x", "it lies inside the input \(dir.path)/repo/vendor"),
            (dir.path + "/repo/.git/x", "it lies inside the input"),
            (dir.path + "/repo/go.work", "it is the input"),
            (sub, "it is the analyzed folder"),
        ] {
            let m = refusal { () throws(OutputError) in try inputs.checkReportFolder(OutputPath.resolve(output), shown: output) }
            #expect(m?.contains(why) == true, "\(output): \(m ?? "allowed")")
        }
        // Beside the module, in the folder above: allowed.
        #expect(refusal { () throws(OutputError) in try inputs.checkReportFolder(OutputPath.resolve(dir.path + "/repo/out/sub"), shown: "x") } == nil)
    }

    @Test func outputFilesRemoveTheirOwnLeftovers() throws {
        let dir = try scratch()
        defer { try? fm.removeItem(at: dir) }
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        for name in [".why.txt.partial-\(gone.processIdentifier)", ".why.txt.partial-1", ".other.txt.partial-\(gone.processIdentifier)"] {
            try Data("partial".utf8).write(to: dir.appendingPathComponent(name))
        }
        try OutputFile.write(Data("why\n".utf8), to: dir.path + "/why.txt", protecting: ProtectedInputs(cwd: dir.path))
        let left = try fm.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }.sorted()
        // Process 1 is running and older than its file; the other name is not this output's.
        #expect(left == [".other.txt.partial-\(gone.processIdentifier)", ".why.txt.partial-1"])
    }

    /// Foundation's file errors, in plain words rather than `Error Domain=NSCocoaErrorDomain ...`.
    @Test func foundationErrorsInPlainWords() throws {
        let dir = try scratch()
        defer { try? fm.removeItem(at: dir) }
        try Data("x".utf8).write(to: dir.appendingPathComponent("afile"))
        do {
            try fm.createDirectory(at: dir.appendingPathComponent("afile/sub"), withIntermediateDirectories: true)
            Issue.record("expected an error")
        } catch {
            #expect(OutputError.reason(of: error) == "part of the path is a file, not a folder", "\(error)")
        }
        do {
            try fm.copyItem(at: dir.appendingPathComponent("missing"), to: dir.appendingPathComponent("copy"))
            Issue.record("expected an error")
        } catch {
            #expect(["no such file or folder", "the folder it goes in does not exist"].contains(OutputError.reason(of: error)), "\(error)")
        }
        #expect(OutputError.reason(of: CocoaError(.fileWriteOutOfSpace)) == "no space left on the device")
        #expect(OutputError.reason(of: NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))) == "permission denied")
    }
}
