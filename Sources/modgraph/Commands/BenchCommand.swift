import ArgumentParser
import Foundation
import ModGraphCore
import ModGraphRender

/// `modgraph bench`: times `analyze` side by side in one run: without layout (what
/// `analyze --no-svg` computes), and with `--end-to-end` the whole command, SVG and files included.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark analyze on capture folders and synthetic graphs.",
        discussion: """
            Each case is run --iterations times after one warm-up; the table shows the minimum \
            and median wall time and the process's peak resident memory so far. Build with \
            `-c release` for meaningful figures.

            `analyze` rows compute what `analyze --no-svg` does after reading its inputs: the same \
            report pipeline (the default graph view, DOT, Markdown, HTML, and the JSON and SARIF \
            reports streamed into a sink that only counts). With --end-to-end, \
            `analyze+svg` rows run the whole `analyze --no-go` command in this process, reading, \
            laying out graph.svg within the layout budget and writing the report folder (into a \
            scratch folder); --analyze-args adds options to it (e.g. "--all-versions --max-nodes 0").
            """
    )

    @Argument(help: "Capture folders to analyze (e.g. ../shared/corpus/containerd-containerd@v2.1.5).")
    var folders: [String] = []

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

    var sizes: [Int]? {
        let parts = synthetic.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        if parts.contains(where: { $0 == nil }) { return nil }
        return parts.compactMap { $0 }.filter { $0 > 0 }
    }

    func run() async throws {
        if renders > 0 { try renderLeakCheck() }
        var table = BenchTable()
        for folder in folders where !generateOnly {
            let inputs: InputSet
            switch Result(catching: { () throws(ParseError) in try InputSet.load(root: folder) }) {
            case .success(let loaded): inputs = loaded
            case .failure(let error):
                Console.error(error.description)
                throw ExitStatus.couldNotRun
            }
            let (name, size) = (ReportFolder.defaultName(for: folder), "\(inputs.texts.values.reduce(0) { $0 + $1.bytes.count } / 1024) KiB")
            if !resolutionOnly { add(&table, "analyze \(name)", size, try await timeAnalyze(inputs)) }
            if endToEnd { add(&table, "analyze+svg \(name)", size, try await measureEndToEnd(folder)) }
            try await addResolution(&table, inputs, name: name)
        }
        for size in sizes ?? [] {
            Console.progress("generating a synthetic graph of \(size) modules...")
            let text = shape.graphText(modules: size, requirementsPerVersion: requirements)
            let inputs = try SyntheticShape.inputs(text, root: "synthetic-\(size)")
            let lines = "\(text.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }) edges"
            if let saveSynthetic {
                let folder = URL(fileURLWithPath: saveSynthetic).appendingPathComponent("synthetic-\(size)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(text).write(to: folder.appendingPathComponent("graph.txt"))
            }
            if generateOnly { continue }
            if !resolutionOnly { add(&table, "analyze synthetic \(size) modules", lines, try await timeAnalyze(inputs)) }
            if endToEnd {
                let folder = try scratchFolder().appendingPathComponent("synthetic-\(size)")
                defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(text).write(to: folder.appendingPathComponent("graph.txt"))
                add(&table, "analyze+svg synthetic \(size) modules", lines, try await measureEndToEnd(folder.path))
            }
            try await addResolution(&table, inputs, name: "synthetic \(size) modules")
        }
        if generateOnly { return }
        if diff.count == 2 { try await addDiff(&table) }
        Console.out(table.text)
    }

    /// Renders one graph `renders` times and prints how much resident memory each half added:
    /// every Graphviz allocation must be freed, so a clean run adds next to nothing, and a leak
    /// grows both halves. Run in its own process, no other work disturbs the figure.
    func renderLeakCheck() throws {
        let count = 300
        let dot = "digraph { node [shape=box] " + (1..<count).map { i in
            "\"example.com/module\((i - 1) / 2)@v1.\((i - 1) / 2).0\" -> \"example.com/module\(i)@v1.\(i).0\""
        }.joined(separator: "; ") + " }"
        let renderer = SVGRenderer()
        for _ in 0..<10 { _ = try renderer.render(dot: dot) }  // warm up caches and malloc arenas
        var samples = [MemoryUse.trimmedResidentBytes()]
        for _ in 0..<2 {
            for i in 0..<(renders / 2) {
                _ = try renderer.render(dot: dot)
                if i % 25 == 0 { _ = try? renderer.render(dot: "digraph { x -> }") }  // the error path too
            }
            samples.append(MemoryUse.trimmedResidentBytes())
        }
        Console.out("render leak check: RSS growth per \(renders / 2) renders of a \(count)-node graph: "
            + "\((samples[1] - samples[0]) / 1024) KiB, \((samples[2] - samples[1]) / 1024) KiB\n")
    }

    /// Times what `analyze --no-svg` computes after reading `inputs` (the report pipeline,
    /// writing aside); with `--stages`, each run's stages go to stderr.
    func timeAnalyze(_ inputs: InputSet) async throws -> [Duration] {
        try await BenchTable.measure(iterations: iterations) {
            let clock = ContinuousClock()
            var marks: [String] = []
            var start = clock.now
            _ = try await PipelineBench.analyze(inputs, toolVersion: ModGraphVersion.text) { name in
                marks.append("\(name) \(BenchTable.format(clock.now - start))")
                start = clock.now
            }
            if stages { Console.progress(marks.joined(separator: ", ")) }
        }
    }

    /// Times `modgraph analyze FOLDER --no-go` (plus --analyze-args) as the command line runs it,
    /// writing its reports into a scratch folder.
    func measureEndToEnd(_ folder: String) async throws -> [Duration] {
        let output = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let args = [folder, "--no-go", "--quiet", "--fail-on", "never", "--output", output.path]
            + analyzeArgs.split(separator: " ").map(String.init)
        let command = try AnalyzeCommand.parse(args)
        return try await BenchTable.measure(iterations: iterations) { try await command.run() }
    }

    /// A new, empty folder under the temporary directory.
    func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("modgraph-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The resolution cases on parsed inputs (mvs, stats, checks, why), timed.
    func addResolution(_ table: inout BenchTable, _ inputs: InputSet, name: String) async throws {
        for c in try ResolutionBench.cases(inputs, name: name) {
            add(&table, c.name, c.input, try await BenchTable.measure(iterations: iterations) { try c.run() })
        }
    }

    /// The `--diff BASE HEAD` case: what `diff --no-svg --no-go` does, reading included.
    func addDiff(_ table: inout BenchTable) async throws {
        let (base, head) = (diff[0], diff[1])
        do {
            _ = try PipelineBench.diff(base: base, head: head)
        } catch let error as ParseError {
            Console.error(error.description)
            throw ExitStatus.couldNotRun
        }
        let bytes = try diff.reduce(0) { total, folder in
            total + (try InputSet.load(root: folder).texts.values.reduce(0) { $0 + $1.bytes.count })
        }
        let times = try await BenchTable.measure(iterations: iterations) { _ = try PipelineBench.diff(base: base, head: head) }
        let names = diff.map { ReportFolder.defaultName(for: $0) }
        add(&table, "diff \(names[0]) \(names[1])", "\(bytes / 1024) KiB", times)
    }

    func add(_ table: inout BenchTable, _ name: String, _ input: String, _ times: [Duration]) {
        table.add(name, input, times, peakMiB: MemoryUse.peakResidentBytes() >> 20)
    }
}

extension SyntheticShape: ExpressibleByArgument {}
