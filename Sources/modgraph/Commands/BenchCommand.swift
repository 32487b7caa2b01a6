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

    @OptionGroup var options: BenchOptions

    func run() async throws {
        if let folder = options.calibrateLayouts {
            // Each line as soon as measured, so a run cut short still reports what it measured.
            let strategies = options.layoutStrategies.split(separator: ",").map(String.init)
            try LayoutCalibration.run(folder: URL(fileURLWithPath: folder), strategies: strategies) {
                Console.out("CALIBRATE \($0.file) \($0.strategy) \($0.duration)\n")
            }
            return
        }
        if options.renders > 0 { Console.out(try RenderLeakCheck(renders: options.renders).run()) }
        var table = BenchTable()
        for folder in folders where !options.generateOnly {
            let inputs: InputSet
            do throws(ParseError) {
                inputs = try InputSet.load(root: folder)
            } catch {
                throw ExitStatus.couldNotRun(saying: error.description)
            }
            let (name, size) = (ReportFolder.defaultName(for: folder), "\(inputs.texts.values.reduce(0) { $0 + $1.bytes.count } / 1024) KiB")
            if !options.resolutionOnly { add(&table, "analyze \(name)", size, try await timeAnalyze(inputs)) }
            if options.endToEnd { add(&table, "analyze+svg \(name)", size, try await measureEndToEnd(folder)) }
            try await addResolution(&table, inputs, name: name)
        }
        for size in options.sizes ?? [] {
            Console.progress("generating a synthetic graph of \(size) modules...")
            let text = options.shape.graphText(modules: size, requirementsPerVersion: options.requirements)
            let inputs = try SyntheticShape.inputs(text, root: "synthetic-\(size)")
            let lines = "\(text.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }) edges"
            if let directory = options.saveSynthetic {
                try SyntheticShape.save(text, modules: size, in: URL(fileURLWithPath: directory))
            }
            if options.generateOnly { continue }
            if !options.resolutionOnly { add(&table, "analyze synthetic \(size) modules", lines, try await timeAnalyze(inputs)) }
            if options.endToEnd {
                let scratch = try scratchFolder()
                defer { try? FileManager.default.removeItem(at: scratch) }
                let folder = try SyntheticShape.save(text, modules: size, in: scratch)
                add(&table, "analyze+svg synthetic \(size) modules", lines, try await measureEndToEnd(folder.path))
            }
            try await addResolution(&table, inputs, name: "synthetic \(size) modules")
        }
        if options.generateOnly { return }
        if options.diff.count == 2 { try await addDiff(&table) }
        Console.out(table.text)
    }

    /// Times what `analyze --no-svg` computes after reading `inputs` (the report pipeline,
    /// writing aside); with `--stages`, each run's stages go to stderr.
    func timeAnalyze(_ inputs: InputSet) async throws -> [Duration] {
        try await PipelineBench.measureAnalyze(
            inputs, iterations: options.iterations, toolVersion: ModGraphVersion.text,
            stages: options.stages ? { Console.progress($0) } : nil)
    }

    /// Times `modgraph analyze FOLDER --no-go` (plus --analyze-args) as the command line runs it,
    /// writing its reports into a scratch folder.
    func measureEndToEnd(_ folder: String) async throws -> [Duration] {
        let output = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let args = [folder, "--no-go", "--quiet", "--fail-on", "never", "--output", output.path]
            + options.analyzeArgs.split(separator: " ").map(String.init)
        let command = try AnalyzeCommand.parse(args)
        return try await BenchTable.measure(iterations: options.iterations) { try await command.run() }
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
            add(&table, c.name, c.input, try await BenchTable.measure(iterations: options.iterations) { try c.run() })
        }
    }

    /// The `--diff BASE HEAD` case: what `diff --no-svg --no-go` does, reading included.
    func addDiff(_ table: inout BenchTable) async throws {
        let measured: (times: [Duration], inputBytes: Int)
        do {
            measured = try await PipelineBench.measureDiff(base: options.diff[0], head: options.diff[1], iterations: options.iterations)
        } catch let error as ParseError {
            throw ExitStatus.couldNotRun(saying: error.description)
        }
        let names = options.diff.map { ReportFolder.defaultName(for: $0) }
        add(&table, "diff \(names[0]) \(names[1])", "\(measured.inputBytes / 1024) KiB", measured.times)
    }

    func add(_ table: inout BenchTable, _ name: String, _ input: String, _ times: [Duration]) {
        table.add(name, input, times, peakMiB: MemoryUse.peakResidentBytes() >> 20)
    }
}
