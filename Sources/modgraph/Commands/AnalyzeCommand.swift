import ArgumentParser
import Foundation
import ModGraphCore
import ModGraphRender
import ModGraphToolchain

/// `modgraph analyze PATH`: the whole job on one module.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyze a Go module root or a folder of captured go outputs.",
        discussion: """
            PATH holds any of: go.mod, go.sum, go.work, vendor/modules.txt, graph.txt (captured \
            `go mod graph`), list.json (captured `go list -m -json all`). When graph.txt or \
            list.json is missing and a go command is on PATH (or named by MODGRAPH_GO), modgraph \
            runs it read-only: go works on a private copy of go.mod/go.sum (-modfile), GOFLAGS is \
            replaced, GOWORK=off, GOTOOLCHAIN=local. The analyzed folder is never written.

            Writes OUTPUT/NAME/graph.dot, graph.svg, report.md, report.json, report.html and \
            report.sarif (SARIF 2.1.0 for code scanning: each finding at the go.mod line that brings \
            its module in) (all at \
            once: a failed run leaves no partial report) and prints a summary (or --format). An \
            existing OUTPUT/NAME is replaced only when it is a report folder modgraph wrote; one \
            that is, holds or lies inside an input is refused (exit 2, nothing written).

            The graph draws at most --max-nodes modules (default \(GraphViewOptions.defaultMaxNodes)): \
            modules with errors and the direct requirements first, then modules with warnings, \
            then the nearest, each with a path from the main module; requirements implied by \
            others are left out; boxes group modules by path prefix and count what was left out. \
            --focus, --depth and --all-versions choose other views. graph.svg is laid out within \
            --layout-budget seconds: a graph that would take longer is laid out with sfdp or \
            drawn smaller, and stderr says so.

            EXIT STATUS: 0 clean; 1 findings at or above --fail-on (with --baseline, only findings not in \
            the baseline count); 2 could not run; 64 usage error.
            """
    )

    @Argument(help: "A module root or a folder of captured go outputs.")
    var path: String = "."

    @OptionGroup var input: InputOptions<StandardWording>

    @Option(name: .shortAndLong, help: ArgumentHelp("Folder for the reports.", valueName: "dir"))
    var output: String = "output"

    @Option(help: "Name of the report folder under --output (default: PATH's folder name).")
    var name: String?

    @OptionGroup var report: ReportOptions<StandardWording>

    @OptionGroup var layout: LayoutOptions<StandardWording>

    @Flag(help: "Show a progress bar of the steps on stderr when stderr is a terminal (not with -q; ignored when not a terminal).")
    var progress = false

    @Option(help: ArgumentHelp("Draw a Mermaid flowchart in the Markdown report (GitHub shows it inline); --mermaid=false leaves it out.", valueName: "bool"))
    var mermaid: Bool = true

    @Option(help: ArgumentHelp("A policy file (JSON): denied modules, severity overrides per finding id, allowed replacement targets.", valueName: "file"))
    var policy: String?

    @Option(help: ArgumentHelp("A baseline written by `modgraph baseline`: fail only on findings not in it, and list those that have gone.", valueName: "file"))
    var baseline: String?

    @OptionGroup var view: ViewOptions

    @Flag(name: .customLong("env"), help: "Add an Environment section (as `modgraph env` explains it) to report.md, and environment.json; its findings count for --fail-on.")
    var environment = false

    @Option(help: "What to print on stdout: text (a summary), or the markdown, json, html or sarif report (as written to the report folder).")
    var format: AnalyzeFormat = .text

    @Flag(help: "Print the time of each stage (read, analyze, draw, each report, write) on stderr.")
    var timings = false

    func validate() throws {
        if let name, name.isEmpty || name.contains("/") || name == "." || name == ".." {
            throw ValidationError("--name must be a plain folder name")
        }
    }

    func run() async throws {
        Console.setQuiet(report.quiet)
        var bar = ProgressBar(requested: progress, steps: 3)
        defer { bar.finish() }
        bar.step("reading and analyzing the inputs")
        var stages = StageTimes()
        defer { if timings { Console.line("modgraph: timings: " + stages.description) } }
        try Console.checkReportFolder(output, name: reportName, protecting: protectedInputs)
        let analysis: Analysis
        let rules: Policy?
        let loadedBaseline: Baseline?
        do throws(ParseError) {
            rules = try policy.map { file throws(ParseError) in try Policy.load(path: file) }
            loadedBaseline = try baseline.map { file throws(ParseError) in try Baseline.load(path: file) }
            analysis = try input.loadAndAnalyze(root: path, name: reportName, policy: rules, stages: &stages)
        } catch {
            throw ExitStatus.couldNotRun(saying: error.description)
        }
        try view.checkFocus(in: analysis)

        let comparison = loadedBaseline.map { (file: baseline ?? "", comparison: $0.compare(analysis.findings)) }
        let options = ReportPipeline.AnalysisOptions(
            view: view.graphView, mermaid: mermaid, baseline: comparison,
            toolVersion: ModGraphVersion.text, environment: environment ? { environmentReport(analysis) } : nil)
        let pipeline = ReportPipeline(
            began: { step in
                bar.step(step == .graph ? (layout.noSvg ? "drawing the graph" : "laying out the graph") : "writing the reports")
            },
            finished: { stages.mark($0) }, progress: Console.progress)
        let drawing = LayoutPolicy(
            file: "graph.svg", engine: LayoutEngine(layout.engine), budget: LayoutBudget(seconds: layout.layoutBudget),
            overBudget: .drawFewerModules)
        let reports: ReportPipeline.AnalysisReports
        do {
            reports = try await pipeline.reports(of: analysis, options: options, draw: layout.noSvg ? nil : drawing.draw)
        } catch let error as RenderError {
            throw ExitStatus.couldNotRun(saying: "rendering graph.svg: \(error)")
        }
        let folder = try Console.writeReports(
            reports.files.bytes, streams: reports.files.streams, to: output, name: analysis.name, protecting: protectedInputs)
        stages.mark("write+json")
        bar.finish()
        if !report.quiet { Console.out(format.stdout(analysis, reports: reports, folder: folder, baseline: comparison)) }
        let failing = comparison?.comparison.new ?? analysis.findings + (reports.environment?.findings ?? [])
        try report.checkFailOn(failing.map(\.severity))
    }

    /// The report folder's name under --output.
    var reportName: String { name ?? ReportFolder.defaultName(for: path) }

    /// What this run reads: its outputs may not replace any of it.
    var protectedInputs: ProtectedInputs {
        var inputs = input.protectedInputs(root: path)
        for file in [policy, baseline] { inputs.file(file) }
        return inputs
    }
}
