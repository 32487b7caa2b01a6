import ArgumentParser
import Foundation
import ModGraphCore

/// What `bench` times and how: the synthetic graphs, the cases, the runs per case.
struct BenchOptions: ParsableArguments {
    @Option(help: "Synthetic graph sizes in modules, comma-separated (0 for none).")
    var synthetic: String = "10000,100000"

    @Option(help: ArgumentHelp("""
        Shape of the synthetic graphs: layered (the corpus' shape: 1-5 versions per path, about 10 \
        requirements per version, 2·log2 N layers, 0.5 % of edges one layer up) or chain (the older \
        chain-like graphs the layout calibration was measured on, --requirements per version).
        """, valueName: "layered|chain"))
    var shape: SyntheticShape = .layered

    @Option(help: "Requirements per module version in chain-shaped synthetic graphs.")
    var requirements: Int = 5

    @Flag(help: "Print each run's time per stage (analyze, view, markdown, html, report.json, report.sarif) on stderr.")
    var stages = false

    @Option(help: "Timed runs per case.")
    var iterations: Int = 5

    @Flag(help: "Time only the resolution cases (mvs, stats, checks, why), not the full analyze rows.")
    var resolutionOnly = false

    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "Also time `diff --no-svg` between two capture folders (reading included).", valueName: "base head"))
    var diff: [String] = []

    @Option(help: ArgumentHelp(
        "Also render a 300-module graph this many times and print the resident memory growth of each half (a leak check).",
        valueName: "n"))
    var renders: Int = 0

    @Option(help: ArgumentHelp(
        "Only time layouts of DIR/*.dot with each --layout-strategies entry, each SVG written beside its DOT file (how the layout budget was measured).",
        valueName: "dir"))
    var calibrateLayouts: String?

    @Option(help: "With --calibrate-layouts: layout budget strategies (dot, dotCapped, sfdp, sfdpScaled) or ENGINE/ITERATIONS, comma-separated.")
    var layoutStrategies: String = "dot,sfdp"

    @Flag(help: "Also time the whole `analyze --no-go` command, layout and files included, on each case.")
    var endToEnd = false

    @Option(help: ArgumentHelp("Options added to the --end-to-end analyze runs, space-separated.", valueName: "options"))
    var analyzeArgs: String = ""

    @Option(help: ArgumentHelp("Also write each synthetic graph to DIR/synthetic-N/graph.txt, for `modgraph analyze`.", valueName: "dir"))
    var saveSynthetic: String?

    @Flag(help: "With --save-synthetic: write the synthetic graphs and time nothing.")
    var generateOnly = false

    func validate() throws {
        if generateOnly && saveSynthetic == nil { throw ValidationError("--generate-only needs --save-synthetic DIR") }
        if renders < 0 || renders % 2 != 0 { throw ValidationError("--renders takes an even, non-negative number") }
        if iterations < 1 { throw ValidationError("--iterations must be at least 1") }
        if sizes == nil { throw ValidationError("--synthetic takes comma-separated whole numbers") }
        if !diff.isEmpty && diff.count != 2 { throw ValidationError("--diff takes two folders: BASE HEAD") }
    }

    /// The --synthetic sizes (those above 0); nil when one is not a whole number.
    var sizes: [Int]? {
        let parts = synthetic.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        if parts.contains(where: { $0 == nil }) { return nil }
        return parts.compactMap { $0 }.filter { $0 > 0 }
    }
}

extension SyntheticShape: ExpressibleByArgument {}
