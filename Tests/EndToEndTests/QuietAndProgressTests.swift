import Foundation
import Testing
import TestSupport

/// `-q` prints nothing but errors and warnings; `--progress` draws a bar only on a terminal
/// (`script` gives the command one).
@Suite struct QuietAndProgressTests {
    /// Runs `modgraph ARGS` under `script`, so stdout and stderr are a terminal; returns what
    /// the terminal received.
    func onTerminal(_ args: [String], in work: URL) throws -> (status: Int32, screen: String) {
        let quoted = ([ModGraphProcess.binary.path] + args).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let r = try HTMLReportBrowserTests().run(["script", "-qefc", quoted.joined(separator: " "), "/dev/null"], in: work)
        return (r.status, r.stdout)
    }

    @Test func progressBarOnATerminal() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let r = try onTerminal(["analyze", RepoPaths.sample("hello").path, "--no-go", "-o", "out", "--progress"], in: work)
        #expect(r.status == 0, "\(r.screen)")
        for step in ["1/3 reading and analyzing the inputs", "2/3 laying out the graph", "3/3 writing the reports"] {
            #expect(r.screen.contains("\r\u{1b}[Kmodgraph [") && r.screen.contains(step), "\(step) in \(r.screen.debugDescription)")
        }
        // The bar is cleared before the summary is printed.
        #expect(r.screen.contains(" s)\r\u{1b}[K"), "\(r.screen.debugDescription)")
        #expect(r.screen.contains("example.com/hello"))
    }

    @Test func noBarWhenNotATerminalOrQuiet() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let piped = try ModGraphProcess.run(["analyze", RepoPaths.sample("hello").path, "--no-go", "-o", "out", "--progress"], in: work)
        #expect(!piped.stderr.contains("modgraph ["), "\(piped.stderr)")
        #expect(!piped.stderr.contains("\u{1b}"))
        let quiet = try onTerminal(["analyze", RepoPaths.sample("hello").path, "--no-go", "-o", "out2", "--progress", "-q"], in: work)
        #expect(quiet.screen.isEmpty, "\(quiet.screen.debugDescription)")
        let diff = try onTerminal(
            ["diff", RepoPaths.sample("hello").path, RepoPaths.sample("multi-major").path, "--no-go", "-o", "out3", "--progress",
             "--fail-on", "never"], in: work)
        #expect(diff.status == 0, "\(diff.screen)")
        #expect(diff.screen.contains("3/3 laying out diff.svg"), "\(diff.screen.debugDescription)")
    }

    /// vendor-check's bar: one step per stage, on a terminal only, never with -q.
    @Test func vendorCheckProgressBar() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let cache = work.appendingPathComponent("modcache")
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let sample = RepoPaths.sample("vendored").path
        let r = try onTerminal(
            ["vendor-check", sample, "--go-version", "go1.23.5", "--modcache", cache.path, "--progress", "--fail-on", "never",
             "--output", "v.txt"], in: work)
        #expect(r.status == 0, "\(r.screen)")
        for step in [
            "1/5 go1.23.5's vendor check", "2/5 reading the vendor tree", "3/5 reading the build list",
            "4/5 comparing with the build list", "5/5 comparing 10 modules to the cache",
        ] {
            #expect(r.screen.contains("\r\u{1b}[Kmodgraph [") && r.screen.contains(step), "\(step) in \(r.screen.debugDescription)")
        }
        // Cleared at the end; the report went to the file.
        #expect(r.screen.hasSuffix(" s)\r\u{1b}[K"), "\(r.screen.debugDescription)")
        #expect(try String(contentsOf: work.appendingPathComponent("v.txt"), encoding: .utf8).contains("vendor/"))

        let piped = try ModGraphProcess.run(["vendor-check", sample, "--no-modcache", "--progress", "--fail-on", "never"], in: work)
        #expect(piped.status == 0)
        #expect(piped.stderr.isEmpty, "\(piped.stderr.debugDescription)")
        let quiet = try onTerminal(
            ["vendor-check", sample, "--modcache", cache.path, "--progress", "-q", "--fail-on", "never", "--output", "q.txt"], in: work)
        #expect(quiet.status == 0)
        #expect(quiet.screen.isEmpty, "\(quiet.screen.debugDescription)")
    }

    /// Comparing many vendored modules with a module cache says so on stderr; -q silences it,
    /// not the errors. (144 modules of containerd, listed by its vendor-tree.txt, against an
    /// empty cache: every one is counted as not cached.)
    @Test(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)))
    func vendorCheckProgressLineAndQuiet() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let cache = work.appendingPathComponent("modcache")
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let entry = Corpus.entry("containerd-containerd@v2.1.5")
        let args = ["vendor-check", entry.path, "--vendor-tree", entry.appendingPathComponent("vendor-tree.txt").path,
                    "--modcache", cache.path, "--format", "json", "--fail-on", "never"]
        let loud = try ModGraphProcess.run(args + ["--output", "loud.json"], in: work)
        #expect(loud.status == 0, "\(loud.stderr)")
        #expect(loud.stderr.hasPrefix("modgraph: comparing 14"), "\(loud.stderr)")
        #expect(loud.stderr.hasSuffix(" vendored modules with the module cache \(cache.path)...\n"), "\(loud.stderr)")
        let quiet = try ModGraphProcess.run(args + ["--output", "quiet.json", "-q"], in: work)
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
        #expect(try Data(contentsOf: work.appendingPathComponent("loud.json")) == Data(contentsOf: work.appendingPathComponent("quiet.json")))
        // Errors still print under -q.
        let missing = try ModGraphProcess.run(["vendor-check", "no-such-folder", "-q"], in: work)
        #expect(missing.status == 2)
        #expect(missing.stderr == "modgraph: error: no-such-folder: not a directory\n")
    }

    /// Errors still print under -q.
    @Test func quietKeepsErrors() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let r = try ModGraphProcess.run(["analyze", "no-such-folder", "--no-go", "-q", "-o", "out"], in: work)
        #expect(r.status == 2)
        #expect(r.stderr.contains("modgraph: error: "), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }
}
