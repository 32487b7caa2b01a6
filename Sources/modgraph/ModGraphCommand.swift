import ArgumentParser

@main
struct ModGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "modgraph",
        abstract: "Analyze Go module dependency graphs: ingest the go command's outputs, build the graph, render DOT/SVG and reports.",
        discussion: ExitStatus.help,
        version: ModGraphVersion.text,
        subcommands: [AnalyzeCommand.self, DiffCommand.self, WhyCommand.self, BaselineCommand.self, VendorCheckCommand.self, EnvCommand.self, BenchCommand.self],
        defaultSubcommand: nil
    )
}

/// modgraph's version, printed by `--version`.
enum ModGraphVersion {
    static let text = "0.1.0"
}
