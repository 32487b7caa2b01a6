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

            `analyze` rows compute what `analyze --no-svg` does after reading its inputs (the \
            default graph view, DOT, Markdown, JSON and HTML reports). With --end-to-end, \
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

    @Flag(help: "Print each run's time per stage (analyze, view, dot, markdown, json, html) on stderr.")
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
        var rows: [[String]] = [["case", "input", "min", "median", "peak RSS"]]
        for folder in folders where !generateOnly {
            let inputs: InputSet
            switch Result(catching: { () throws(ParseError) in try InputSet.load(root: folder) }) {
            case .success(let loaded): inputs = loaded
            case .failure(let error):
                Console.error(error.description)
                throw ExitStatus.couldNotRun
            }
            let bytes = inputs.texts.values.reduce(0) { $0 + $1.bytes.count }
            if !resolutionOnly {
                let times = try measure { _ = try analyzeAndRender(inputs) }
                rows.append(row("analyze \(ReportFolder.defaultName(for: folder))", "\(bytes / 1024) KiB", times))
            }
            if endToEnd {
                let times = try await measureEndToEnd(folder)
                rows.append(row("analyze+svg \(ReportFolder.defaultName(for: folder))", "\(bytes / 1024) KiB", times))
            }
            rows += try resolutionRows(inputs, name: ReportFolder.defaultName(for: folder))
        }
        for size in sizes ?? [] {
            Console.progress("generating a synthetic graph of \(size) modules...")
            let text = switch shape {
            case .layered: LayeredSyntheticGraph(modules: size).graphText()
            case .chain: SyntheticGraph(modules: size, requirementsPerVersion: requirements).graphText()
            }
            var inputs = InputSet(root: "synthetic-\(size)")
            inputs.provide(.graph, try InputText(bytes: text, file: "synthetic-\(size)/graph.txt"), origin: .file)
            let lines = text.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            if let saveSynthetic {
                let folder = URL(fileURLWithPath: saveSynthetic).appendingPathComponent("synthetic-\(size)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(text).write(to: folder.appendingPathComponent("graph.txt"))
            }
            if generateOnly { continue }
            if !resolutionOnly {
                let times = try measure { _ = try analyzeAndRender(inputs) }
                rows.append(row("analyze synthetic \(size) modules", "\(lines) edges", times))
            }
            if endToEnd {
                let folder = try scratchFolder().appendingPathComponent("synthetic-\(size)")
                defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(text).write(to: folder.appendingPathComponent("graph.txt"))
                let times = try await measureEndToEnd(folder.path)
                rows.append(row("analyze+svg synthetic \(size) modules", "\(lines) edges", times))
            }
            rows += try resolutionRows(inputs, name: "synthetic \(size) modules")
        }
        if generateOnly { return }
        if let diffRow = try diffRow() { rows.append(diffRow) }
        Console.out(table(rows))
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

    /// What `analyze --no-svg` computes after reading its inputs (writing aside); with `--stages`,
    /// each step's time goes to stderr.
    func analyzeAndRender(_ inputs: InputSet) throws -> Int {
        let clock = ContinuousClock()
        var marks: [(String, Duration)] = []
        var start = clock.now
        func mark(_ name: String) {
            let now = clock.now
            marks.append((name, now - start))
            start = now
        }
        let analysis = try Analyzer.analyze(inputs, name: inputs.root)
        mark("analyze")
        let view = GraphViewBuilder.view(of: analysis)
        mark("view")
        let dot = DOTWriter().render(view).text
        mark("dot")
        let md = MarkdownReport.render(analysis)
        mark("markdown")
        let json = JSONReport.render(analysis)
        mark("json")
        let html = HTMLReport.render(analysis, view: view, svg: nil, graphNote: "graph not drawn (--no-svg)")
        mark("html")
        if stages {
            Console.progress(marks.map { "\($0.0) \(format($0.1))" }.joined(separator: ", "))
        }
        return dot.utf8.count + md.utf8.count + json.count + html.utf8.count
    }

    /// Times `modgraph analyze FOLDER --no-go` (plus --analyze-args) as the command line runs it,
    /// writing its reports into a scratch folder.
    func measureEndToEnd(_ folder: String) async throws -> [Duration] {
        let output = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let args = [folder, "--no-go", "--quiet", "--fail-on", "never", "--output", output.path]
            + analyzeArgs.split(separator: " ").map(String.init)
        let command = try AnalyzeCommand.parse(args)
        let clock = ContinuousClock()
        try await command.run()  // warm-up
        var times: [Duration] = []
        for _ in 0..<iterations {
            let start = clock.now
            try await command.run()
            times.append(clock.now - start)
        }
        return times.sorted()
    }

    /// A new, empty folder under the temporary directory.
    func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("modgraph-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Resolution cases on parsed inputs: minimal version selection, stats, every check of
    /// `analyze`, and `why` for the module deepest in the selected graph.
    func resolutionRows(_ inputs: InputSet, name: String) throws -> [[String]] {
        let context = try ModuleLoad.load(inputs)
        var rows: [[String]] = []
        if let graph = context.graph {
            let edges = "\(graph.edgeCount) edges"
            rows.append(row("mvs \(name)", edges, try measure { _ = MVS.buildList(graph) }))
            rows.append(row("stats \(name)", edges, try measure {
                _ = GraphStats(graph: graph, buildList: context.buildList,
                               selected: SelectedGraph(graph: graph, buildList: context.buildList))
            }))
        }
        rows.append(row("checks \(name)", "\(Analyzer.checks.count) checks", try measure {
            _ = Analyzer.checks.flatMap { $0(context) }
        }))
        rows.append(row("parse+resolve+checks \(name)", "no reports", try measure {
            _ = try Analyzer.analyze(inputs, name: name)
        }))
        let depths = context.selected.depths()
        if let deepest = depths.indices.max(by: { depths[$0] < depths[$1] }), depths[deepest] > 0 {
            let module = context.selected.nodes[deepest].path
            rows.append(row("why \(module) (\(name))", "depth \(depths[deepest])", try measure {
                _ = Why.answer(context, module: module)
            }))
        }
        return rows
    }

    func measure(_ body: () throws -> Void) throws -> [Duration] {
        try body()  // warm-up
        var times: [Duration] = []
        let clock = ContinuousClock()
        for _ in 0..<iterations {
            times.append(try clock.measure(body))
        }
        return times.sorted()
    }

    func row(_ name: String, _ input: String, _ times: [Duration]) -> [String] {
        [name, input, format(times[0]), format(times[times.count / 2]), "\(peakRSSMiB()) MiB"]
    }

    func format(_ d: Duration) -> String {
        let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        return ms >= 1000 ? String(format: "%.2f s", ms / 1000) : String(format: "%.1f ms", ms)
    }

    /// Peak resident set size of this process (VmHWM), in MiB; 0 where /proc is absent.
    func peakRSSMiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
            return kb / 1024
        }
        return 0
    }

    func table(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { r in
            r.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n"
    }
}

/// The synthetic graph generators `bench --synthetic` chooses from.
enum SyntheticShape: String, ExpressibleByArgument, CaseIterable {
    case layered, chain
}
