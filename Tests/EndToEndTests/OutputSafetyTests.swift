import Foundation
import Testing
import TestSupport

/// No output option can replace an input or anything modgraph did not write (issue 9: `analyze
/// repo -o .` used to delete the repository).
@Suite struct OutputSafetyTests {
    let fm = FileManager.default

    /// A scratch folder with a copy of `samples/vendored` as `repo/` and `samples/hello` as `head/`.
    func workspace() throws -> (work: URL, repo: URL) {
        let work = try ModGraphProcess.scratch()
        let repo = work.appendingPathComponent("repo")
        try fm.copyItem(at: RepoPaths.sample("vendored"), to: repo)
        try fm.copyItem(at: RepoPaths.sample("hello"), to: work.appendingPathComponent("head"))
        return (work, repo)
    }

    func expectRefused(_ r: ModGraphProcess.Result, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 2, "\(what): exit \(r.status), \(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.contains("refusing to write"), "\(what): \(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.contains("(nothing was written)"), "\(what): \(r.stderr)", sourceLocation: sourceLocation)
    }

    func expectUnchanged(_ before: TreeSnapshot, _ root: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let differences = before.differences(to: try TreeSnapshot(root))
        #expect(differences.isEmpty, "\(root.lastPathComponent) changed: \(differences)", sourceLocation: sourceLocation)
    }

    /// The spellings of the issue, and their symbolic-link and `..` forms.
    @Test func reportFoldersThatAreOrHoldTheInputAreRefused() throws {
        let (work, repo) = try workspace()
        defer { try? fm.removeItem(at: work) }
        try fm.createSymbolicLink(at: work.appendingPathComponent("link"), withDestinationURL: repo)
        try fm.createDirectory(at: work.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try fm.copyItem(at: RepoPaths.sample("hello"), to: work.appendingPathComponent("diff"))
        let before = try TreeSnapshot(work)
        let cases: [(args: [String], cwd: URL)] = [
            (["analyze", "repo", "-o", "."], work),
            (["analyze", ".", "-o", ".."], repo),
            (["diff", "diff", "head", "-o", "."], work),
            (["analyze", "repo", "-o", "sub/.."], work),
            (["analyze", "repo", "-o", "repo/.."], work),
            (["analyze", "link", "-o", "."], work),  // ./link is the repository
            (["analyze", "repo", "-o", "link/.."], work),
            (["analyze", "repo", "-o", "link/vendor/..", "--name", ".."], work.appendingPathComponent("sub")),
            (["analyze", "repo", "-o", ".", "--name", "repo"], work),
            (["analyze", "../repo", "-o", "..", "--name", "repo"], work.appendingPathComponent("sub")),
            (["analyze", "repo", "-o", "repo", "--name", "vendor"], work),
            (["analyze", "repo", "-o", "repo/vendor"], work),
            (["analyze", "repo", "-o", "..", "--name", work.lastPathComponent], work),  // holds the repository
            (["diff", "repo", "head", "-o", ".", "--name", "head"], work),
            (["diff", "repo", "head", "-o", "link/..", "--name", "repo"], work),
            (["baseline", "repo", "-o", "repo/go.sum"], work),
        ]
        for c in cases {
            let r = try ModGraphProcess.run(c.args + ["--no-go"] + (c.args[0] == "baseline" ? [] : ["--no-svg"]), in: c.cwd)
            // `--name ..` is a usage error before anything else: that is a refusal too.
            if c.args.suffix(2) == ["--name", ".."] {
                #expect(r.status == 64, "\(c.args): \(r.stderr)")
            } else {
                expectRefused(r, c.args.joined(separator: " "))
            }
        }
        try expectUnchanged(before, work)
        // The refusal names the folder and why.
        let r = try ModGraphProcess.run(["analyze", "repo", "-o", ".", "--no-go"], in: work)
        #expect(r.stderr == "modgraph: error: refusing to write ./repo: it is the analyzed folder repo; choose another --output or --name (nothing was written)\n")
        let d = try ModGraphProcess.run(["diff", "diff", "head", "-o", ".", "--no-go"], in: work)
        #expect(d.stderr == "modgraph: error: refusing to write ./diff: it is the analyzed folder diff; choose another --output or --name (nothing was written)\n")
    }

    @Test func outputFilesNeverReplaceAnInput() throws {
        let (work, repo) = try workspace()
        defer { try? fm.removeItem(at: work) }
        try Data(#"{"deny": {}}"#.utf8).write(to: work.appendingPathComponent("policy.json"))
        try fm.copyItem(at: repo.appendingPathComponent("graph.txt"), to: work.appendingPathComponent("g.txt"))
        let before = try TreeSnapshot(work)
        let vendorCheck = ["vendor-check", "--no-modcache", "--go-version", "go1.23.5"]
        let cases: [(args: [String], cwd: URL)] = [
            (["why", "example.com/words", "repo", "--no-go", "-o", "repo/graph.txt"], work),
            (["why", "example.com/words", "repo", "--no-go", "--graph", "g.txt", "-o", "g.txt"], work),
            (["why", "example.com/words", "repo", "--no-go", "-o", "repo/vendor/modules.txt"], work),
            (["why", "example.com/words", ".", "--no-go", "-o", "../repo/./list.json"], repo),
            (["why", "example.com/words", "repo", "--no-go", "-o", "repo"], work),
            (["baseline", "repo", "--no-go", "-o", "repo/go.mod"], work),
            (["baseline", "repo", "--no-go", "--policy", "policy.json", "-o", "policy.json"], work),
            (["baseline", "repo", "--no-go", "-o", "repo/vendor/example.com/new.json"], work),
            (vendorCheck + ["-o", "go.mod"], repo),
            (vendorCheck + ["-o", "vendor/modules.txt"], repo),
            (vendorCheck + ["repo", "-o", "repo/go.sum"], work),
            (vendorCheck + ["repo", "--graph", "g.txt", "-o", "g.txt"], work),
        ]
        for c in cases {
            expectRefused(try ModGraphProcess.run(c.args, in: c.cwd), c.args.joined(separator: " "))
        }
        // --format go prints to stderr only: --output would be silently ignored, so it is a usage error.
        let go = try ModGraphProcess.run(vendorCheck + ["--format", "go", "-o", "go.mod"], in: repo)
        #expect(go.status == 64, "\(go.stderr)")
        try expectUnchanged(before, work)
    }

    /// Every command with every output option, twice (so reports are also replaced), against a
    /// copy of a sample: the copy stays byte- and mtime-identical.
    @Test func everyCommandAndOutputLeavesTheInputTreeAsItWas() throws {
        let (work, repo) = try workspace()
        defer { try? fm.removeItem(at: work) }
        let before = try TreeSnapshot(repo)
        let out = work.appendingPathComponent("out").path
        var runs: [[String]] = []
        for format in ["text", "markdown", "json", "html"] {
            runs.append(["analyze", "repo", "--no-go", "--output", out, "--format", format])
            runs.append(["analyze", "repo", "--no-go", "-o", out, "--name", "named-\(format)", "--format", format, "--no-svg"])
        }
        for format in ["text", "markdown", "json"] {
            runs.append(["diff", "repo", "head", "--no-go", "--output", out, "--format", format])
            runs.append(["diff", "head", "repo", "--no-go", "-o", out, "--name", "d-\(format)", "--format", format, "--no-svg"])
        }
        for format in ["text", "json", "dot", "svg"] {
            runs.append(["why", "example.com/words", "repo", "--no-go", "--format", format, "--output", "\(out)/why.\(format)"])
        }
        runs.append(["baseline", "repo", "--no-go", "--output", "\(out)/baseline.json"])
        runs.append(["analyze", "repo", "--no-go", "-o", out, "--name", "with-baseline", "--baseline", "\(out)/baseline.json", "--no-svg"])
        for format in ["text", "json", "markdown", "sarif"] {
            runs.append(["vendor-check", "repo", "--no-modcache", "--go-version", "go1.23.5", "--format", format, "--output", "\(out)/vc.\(format)"])
        }
        for pass in 1...2 {
            for args in runs {
                let r = try ModGraphProcess.run(args, in: work)
                #expect(r.status == 0 || r.status == 1, "pass \(pass): \(args.joined(separator: " ")): \(r.stderr)")
            }
        }
        try expectUnchanged(before, repo)
        #expect(fm.fileExists(atPath: "\(out)/repo/\(".modgraph-report.json")"))
        #expect(fm.fileExists(atPath: "\(out)/diff/diff.md"))
        #expect(fm.fileExists(atPath: "\(out)/vc.sarif"))
        #expect(try fm.contentsOfDirectory(atPath: out).filter { $0.contains(".partial-") || $0.contains(".old-") }.isEmpty)
    }

    @Test func leftoversOfAKilledRunAreRemovedByTheNextOne() throws {
        let (work, _) = try workspace()
        defer { try? fm.removeItem(at: work) }
        // A run killed while writing.
        let killed = Process()
        killed.executableURL = ModGraphProcess.binary
        killed.arguments = ["analyze", "repo", "--no-go", "-o", "out"]
        killed.currentDirectoryURL = work
        try killed.run()
        killed.terminate()
        killed.waitUntilExit()
        let leftover = work.appendingPathComponent("out/.repo.partial-\(killed.processIdentifier)")
        try fm.createDirectory(at: leftover, withIntermediateDirectories: true)
        try Data(count: 1 << 20).write(to: leftover.appendingPathComponent("graph.svg"))
        let r = try ModGraphProcess.run(["analyze", "repo", "--no-go", "-o", "out", "--no-svg"], in: work)
        #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("modgraph: removed out/.repo.partial-\(killed.processIdentifier), left by a run that did not finish"), "\(r.stderr)")
        #expect(!fm.fileExists(atPath: leftover.path))
    }

    @Test func writeErrorsArePlainWords() throws {
        let (work, _) = try workspace()
        defer { try? fm.removeItem(at: work) }
        try Data("x".utf8).write(to: work.appendingPathComponent("afile"))
        let a = try ModGraphProcess.run(["analyze", "repo", "--no-go", "--no-svg", "-o", "afile"], in: work)
        #expect(a.status == 2)
        #expect(a.stderr == "modgraph: error: cannot create the folder afile: afile is a file, not a folder\n")
        let b = try ModGraphProcess.run(["why", "example.com/words", "repo", "--no-go", "-o", "missing/why.txt"], in: work)
        #expect(b.status == 2)
        #expect(b.stderr == "modgraph: error: cannot write missing/why.txt: the folder missing does not exist\n")
        let c = try ModGraphProcess.run(["baseline", "repo", "--no-go", "-o", "/proc/modgraph-baseline.json"], in: work)
        #expect(c.status == 2)
        #expect(c.stderr.hasPrefix("modgraph: error: cannot write /proc/modgraph-baseline.json: "), "\(c.stderr)")
        // go's private copy of go.mod cannot be made: said in words, and the run goes on.
        for f in ["graph.txt", "list.json"] { try fm.removeItem(at: work.appendingPathComponent("repo/\(f)")) }
        let d = try ModGraphProcess.run(
            ["analyze", "repo", "--no-svg", "-o", "out"], in: work,
            environment: ["MODGRAPH_GO": "/bin/true", "TMPDIR": work.appendingPathComponent("afile").path])
        #expect(d.status == 0 || d.status == 1, "\(d.stderr)")
        #expect(d.stderr.contains("modgraph: warning: go mod graph could not run for repo, continuing without it: cannot create the folder \(work.path)/afile/modgraph-"), "\(d.stderr)")
        #expect(d.stderr.contains(" for go's copy of go.mod: part of the path is a file, not a folder\n"), "\(d.stderr)")
        for r in [a, b, c, d] { #expect(!r.stderr.contains("Domain"), "\(r.stderr)") }
    }
}
