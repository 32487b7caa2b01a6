import ArgumentParser
import Foundation
import ModGraphCore

/// `modgraph baseline [PATH]`: records the current findings, so CI fails only on new ones.
struct BaselineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Write the current findings to a baseline file for `analyze --baseline`.",
        discussion: """
            Analyzes PATH as `analyze` does (with --policy applied) and writes every finding to \
            the baseline file (JSON, sorted, so it diffs cleanly). `modgraph analyze --baseline \
            FILE` then fails only on findings that are not in it (a ratchet) and lists those \
            that have gone; re-run `modgraph baseline` to accept the current state.

            EXIT STATUS: 0 written; 2 could not run; 64 usage error.
            """
    )

    @Argument(help: "A module root or a folder of captured go outputs.")
    var path: String = "."

    @Option(name: .shortAndLong, help: ArgumentHelp("The baseline file to write.", valueName: "file"))
    var output: String = "modgraph-baseline.json"

    @Option(help: ArgumentHelp("A policy file (JSON), applied as `analyze --policy` does.", valueName: "file"))
    var policy: String?

    @OptionGroup var input: InputOptions<StandardWording>

    @Flag(name: .shortAndLong, help: "Print nothing on stdout, and no progress on stderr (errors and warnings still print).")
    var quiet = false

    func run() async throws {
        Console.setQuiet(quiet)
        let analysis: Analysis
        switch Result(catching: { () throws(ParseError) -> Analysis in
            let rules = try policy.map { file throws(ParseError) in try Policy.load(path: file) }
            return try Analyzer.analyze(try input.read(root: path), name: ReportFolder.defaultName(for: path), policy: rules)
        }) {
        case .success(let a): analysis = a
        case .failure(let error):
            Console.error(error.description)
            throw ExitStatus.couldNotRun
        }
        let baseline = Baseline(findings: analysis.findings)
        var inputs = input.protectedInputs(root: path)
        inputs.file(policy)
        try Console.emit(baseline.json(), to: output, protecting: inputs)
        if !quiet {
            Console.out("wrote \(baseline.entries.count) finding\(baseline.entries.count == 1 ? "" : "s") (\(MarkdownReport.countsText(analysis.findings))) to \(output)\n")
        }
    }
}
