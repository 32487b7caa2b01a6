import Foundation
import Testing
import TestSupport

/// The exit statuses are documented once (`ExitStatus`): `modgraph --help` prints every code and
/// what it means in each command, every command's `--help` has its EXIT STATUS line, and the
/// README's table lists the same codes.
@Suite struct ExitStatusHelpTests {
    static let commands = ["analyze", "why", "diff", "baseline", "vendor-check", "env"]

    @Test func rootHelpSaysWhatEachCodeMeans() throws {
        let help = try ModGraphProcess.run(["--help"], in: RepoPaths.root, environment: ["COLUMNS": "80"])
        #expect(help.status == 0)
        let text = help.stdout.replacingOccurrences(of: "\n      ", with: " ")
        for line in [
            "  0   clean: no finding at or above --fail-on",
            "  1   findings at or above --fail-on",
            "  2   could not run",
            "  64  usage error",
        ] {
            #expect(text.contains(line), "\(help.stdout)")
        }
        // `why` exits 1 when the module is not in the module graph: the root help says so.
        #expect(text.contains("why: the module is not in the module graph"), "\(help.stdout)")
        #expect(text.contains("diff: the head adds them"), "\(help.stdout)")
    }

    @Test(arguments: commands) func commandHelpHasExitStatus(command: String) throws {
        let help = try ModGraphProcess.run([command, "--help"], in: RepoPaths.root)
        #expect(help.status == 0)
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("EXIT STATUS: 0 "), "\(command): \(help.stdout)")
        #expect(text.contains("; 2 could not run"), "\(command): \(help.stdout)")
        #expect(text.contains("64 usage error."), "\(command): \(help.stdout)")
    }

    @Test func readmeTableListsTheSameCodes() throws {
        let readme = try String(contentsOf: RepoPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "### Exit status")).upperBound
        let rows = readme[section...].split(separator: "\n").prefix(while: { !$0.hasPrefix("### ") })
            .filter { $0.hasPrefix("| ") && !$0.hasPrefix("| code") }
        #expect(rows.map { $0.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } } == ["0", "1", "2", "64"])
        #expect(rows.contains { $0.contains("`why`: the module") })
    }
}
