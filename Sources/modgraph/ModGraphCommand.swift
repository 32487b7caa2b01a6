import ArgumentParser

@main
struct ModGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "modgraph",
        abstract: "Analyze Go module dependency graphs: ingest the go command's outputs, build the graph, render DOT/SVG and reports.",
        discussion: """
            EXIT STATUS
              0   clean: no finding at or above --fail-on
              1   findings at or above --fail-on (default: error)
              2   could not run: unreadable or malformed input, rendering failed
              64  usage error
            """,
        version: ModGraphVersion.text,
        subcommands: [AnalyzeCommand.self, DiffCommand.self, WhyCommand.self, BaselineCommand.self, VendorCheckCommand.self, EnvCommand.self, BenchCommand.self],
        defaultSubcommand: nil
    )
}

/// modgraph's version, printed by `--version`.
enum ModGraphVersion {
    static let text = "0.1.0"
}
