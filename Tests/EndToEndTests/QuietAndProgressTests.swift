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
