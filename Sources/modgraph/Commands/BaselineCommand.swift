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

    @Option(name: .customLong("graph"), help: ArgumentHelp("Captured `go mod graph` output ('-' for stdin).", valueName: "file"))
    var graphFile: String?

    @Option(name: .customLong("list"), help: ArgumentHelp("Captured `go list -m -json all` output ('-' for stdin).", valueName: "file"))
    var listFile: String?

    @Option(name: .customLong("vendor"), help: ArgumentHelp("A vendor/modules.txt ('-' for stdin).", valueName: "file"))
    var vendorFile: String?

    @OptionGroup var goSyntax: GoSyntaxOption

    @Flag(name: .customLong("no-go"), help: "Never run the go command; use only the files given.")
    var noGo = false

    @Flag(name: .shortAndLong, help: "Print nothing on stdout, and no progress on stderr (errors and warnings still print).")
    var quiet = false

    func validate() throws {
        let stdinUsers = [graphFile, listFile, vendorFile].filter { $0 == "-" }
        if stdinUsers.count > 1 { throw ValidationError("only one of --graph, --list, --vendor can read standard input") }
    }

    func run() async throws {
        Console.setQuiet(quiet)
        var overrides: [InputSet.Kind: String] = [:]
        overrides[.graph] = graphFile
        overrides[.list] = listFile
        overrides[.modulesTxt] = vendorFile
        let analysis: Analysis
        switch Result(catching: { () throws(ParseError) -> Analysis in
            let rules = try policy.map { file throws(ParseError) in try Policy.load(path: file) }
            var inputs = try InputSet.load(root: path, overrides: overrides)
            inputs.environment = EnvironmentGather.effectiveEnvironment(ProcessInfo.processInfo.environment)
            inputs.goVersion = goSyntax.resolved
            if !noGo { LiveCapture.fill(&inputs, root: path) }
            return try Analyzer.analyze(inputs, name: ReportFolder.defaultName(for: path), policy: rules)
        }) {
        case .success(let a): analysis = a
        case .failure(let error):
            Console.error(error.description)
            throw ExitStatus.couldNotRun
        }
        let baseline = Baseline(findings: analysis.findings)
        var inputs = ProtectedInputs()
        inputs.module(path)
        for file in [graphFile, listFile, vendorFile, policy] { inputs.file(file) }
        try Console.emit(baseline.json(), to: output, protecting: inputs)
        if !quiet {
            Console.out("wrote \(baseline.entries.count) finding\(baseline.entries.count == 1 ? "" : "s") (\(MarkdownReport.countsText(analysis.findings))) to \(output)\n")
        }
    }
}
