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

            Writes OUTPUT/NAME/graph.dot, graph.svg, report.md and report.json (all at once: a \
            failed run leaves no partial report) and prints a summary.

            EXIT STATUS: 0 clean; 1 findings at or above --fail-on (with --baseline, only findings not in \
            the baseline count); 2 could not run; 64 usage error.
            """
    )

    @Argument(help: "A module root or a folder of captured go outputs.")
    var path: String = "."

    @Option(name: .customLong("graph"), help: ArgumentHelp("Captured `go mod graph` output ('-' for stdin).", valueName: "file"))
    var graphFile: String?

    @Option(name: .customLong("list"), help: ArgumentHelp("Captured `go list -m -json all` output ('-' for stdin).", valueName: "file"))
    var listFile: String?

    @Option(name: .customLong("vendor"), help: ArgumentHelp("A vendor/modules.txt ('-' for stdin).", valueName: "file"))
    var vendorFile: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Folder for the reports.", valueName: "dir"))
    var output: String = "output"

    @Option(help: "Name of the report folder under --output (default: PATH's folder name).")
    var name: String?

    @Option(help: "Exit 1 when a finding is at or above this severity: \(FailOn.allCases.map(\.rawValue).joined(separator: ", ")).")
    var failOn: FailOn = .error

    @Flag(help: "Skip the SVG (no layout): DOT, Markdown and JSON only.")
    var noSvg = false

    @Flag(name: .customLong("no-go"), help: "Never run the go command; use only the files given.")
    var noGo = false

    @Option(help: "Graphviz layout engine for the SVG (dot, sfdp, neato, ...).")
    var engine: String = "dot"

    @Option(help: ArgumentHelp("Largest input file read, in MiB.", valueName: "MiB"))
    var maxInputSize: Int = InputText.defaultSizeLimit >> 20

    @Flag(name: .shortAndLong, help: "Print nothing on stdout.")
    var quiet = false

    @Option(help: ArgumentHelp("A policy file (JSON): denied modules, severity overrides per finding id, allowed replacement targets.", valueName: "file"))
    var policy: String?

    @Option(help: ArgumentHelp("A baseline written by `modgraph baseline`: fail only on findings not in it, and list those that have gone.", valueName: "file"))
    var baseline: String?

    func validate() throws {
        let stdinUsers = [graphFile, listFile, vendorFile].filter { $0 == "-" }
        if stdinUsers.count > 1 { throw ValidationError("only one of --graph, --list, --vendor can read standard input") }
        if maxInputSize <= 0 { throw ValidationError("--max-input-size must be a positive number of MiB") }
        if let name, name.isEmpty || name.contains("/") || name == "." || name == ".." {
            throw ValidationError("--name must be a plain folder name")
        }
    }

    func run() async throws {
        var overrides: [InputSet.Kind: String] = [:]
        overrides[.graph] = graphFile
        overrides[.list] = listFile
        overrides[.modulesTxt] = vendorFile
        let analysis: Analysis
        let rules: Policy?
        let loadedBaseline: Baseline?
        do throws(ParseError) {
            rules = try policy.map { file throws(ParseError) in try Policy.load(path: file) }
            loadedBaseline = try baseline.map { file throws(ParseError) in try Baseline.load(path: file) }
        } catch {
            Console.error(error.description)
            throw ExitStatus.couldNotRun
        }
        switch loadAndAnalyze(overrides, policy: rules) {
        case .success(let a): analysis = a
        case .failure(let error):
            Console.error(error.description)
            throw ExitStatus.couldNotRun
        }

        var files: [String: Data] = [:]
        let view = GraphViewBuilder.selectedView(of: analysis)
        let dot = DOTWriter().write(view)
        files["graph.dot"] = Data(dot.utf8)
        files["report.md"] = Data(MarkdownReport.render(analysis).utf8)
        files["report.json"] = JSONReport.render(analysis)
        if !noSvg {
            if view.nodes.count > 300 {
                Console.progress("laying out \(view.nodes.count) modules with \(engine)...")
            }
            do {
                files["graph.svg"] = try SVGRenderer(options: RenderOptions(engine: LayoutEngine(engine))).render(dot: dot)
            } catch {
                Console.error("rendering graph.svg: \(error)")
                throw ExitStatus.couldNotRun
            }
        }
        let folder: String
        do {
            folder = try ReportFolder.write(files, to: output, name: analysis.name)
        } catch {
            Console.error("writing reports: \(error)")
            throw ExitStatus.couldNotRun
        }
        if !quiet {
            Console.out(TextSummary.render(analysis, wrote: files.keys.sorted().map { "\(folder)/\($0)" }))
        }
        var failing = analysis.findings
        if let baseline = loadedBaseline {
            let comparison = baseline.compare(analysis.findings)
            failing = comparison.new
            if !quiet { Console.out(BaselineSummary.render(comparison, file: self.baseline ?? "")) }
        }
        if let threshold = failOn.threshold, let worst = failing.map(\.severity).max(), worst >= threshold {
            throw ExitStatus.findings
        }
    }

    /// Reads the inputs (running go for missing captures) and analyzes them.
    func loadAndAnalyze(_ overrides: [InputSet.Kind: String], policy rules: Policy? = nil) -> Result<Analysis, ParseError> {
        Result { () throws(ParseError) -> Analysis in
            var inputs = try InputSet.load(root: path, overrides: overrides, sizeLimit: maxInputSize << 20)
            if !noGo { captureMissing(&inputs) }
            return try Analyzer.analyze(inputs, name: name ?? ReportFolder.defaultName(for: path), policy: rules)
        }
    }

    /// Runs the go command (read-only) for the captures the folder lacks.
    func captureMissing(_ inputs: inout InputSet) {
        guard inputs[.goMod] != nil, inputs[.graph] == nil || inputs[.list] == nil else { return }
        guard let go = GoCommand.find() else { return }
        let root = URL(fileURLWithPath: path)
        let wanted: [(InputSet.Kind, [String])] = [
            (.graph, ["mod", "graph"]),
            (.list, ["list", "-m", "-e", "-json", "all"]),
        ]
        for (kind, args) in wanted where inputs[kind] == nil {
            let command = "go " + args.joined(separator: " ")
            Console.progress("running \(command) in \(path) (read-only)...")
            do {
                let out = try go.runReadOnly(args, moduleRoot: root)
                guard out.status == 0 else {
                    let why = out.stderr.split(separator: "\n").first.map(String.init) ?? "exit status \(out.status)"
                    Console.warning("\(command) failed, continuing without it: \(why)")
                    continue
                }
                let text = try InputText(bytes: [UInt8](out.stdout), file: command, sizeLimit: inputs.sizeLimit)
                inputs.provide(kind, text, origin: .goCommand)
            } catch {
                Console.warning("\(command) could not run, continuing without it: \(error)")
            }
        }
    }
}
