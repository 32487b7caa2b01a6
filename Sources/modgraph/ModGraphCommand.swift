import ArgumentParser

@main
struct ModGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "modgraph",
        abstract: "Analyze Go module dependency graphs.",
        version: "0.1.0"
    )
}
