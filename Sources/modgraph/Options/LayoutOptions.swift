import ArgumentParser

/// How the SVG is laid out: `--no-svg`, `--engine`, `--layout-budget` (analyze, diff).
struct LayoutOptions<Wording: OptionWording>: ParsableArguments {
    @Flag(help: ArgumentHelp(Wording.noSvg))
    var noSvg = false

    @Option(help: ArgumentHelp(Wording.engine))
    var engine: String = "dot"

    @Option(help: ArgumentHelp(
        Wording.layoutBudget, valueName: "seconds"))
    var layoutBudget: Double = 10

    func validate() throws {
        if !(layoutBudget > 0) { throw ValidationError("--layout-budget must be a positive number of seconds") }
    }
}
