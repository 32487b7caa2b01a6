import ArgumentParser
import Foundation
import ModGraphCore
import ModGraphRender
import ModGraphToolchain

/// `modgraph diff BASE HEAD`: what a change does to a module's dependency graph.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two revisions of a module: modules added, removed, upgraded, downgraded, and more.",
        discussion: """
            BASE and HEAD are module roots or folders of captured go outputs (as for analyze). \
            With --git REV1..REV2, both sides are read from the git repository holding PATH \
            (default .) at those revisions: go.mod, go.sum, go.work, vendor/modules.txt, graph.txt \
            and list.json are copied out of git into a temporary folder (the work tree and the index \
            are never touched). REV1...REV2 compares the merge base of the two with REV2. Where \
            graph.txt or list.json is missing, go runs read-only (unless --no-go), as for analyze.

            Reports what changed in the selected modules (added, removed, upgraded, downgraded; \
            for each added module the requirement path that pulled it in), in the replace \
            directives, in the findings (new and gone) and in the stats. Writes \
            OUTPUT/NAME/diff.md (for a pull-request comment: kept under GitHub's 65,536-character \
            limit), diff.json, diff.dot and diff.svg (the changed modules and their paths to the main \
            module, the rest folded), all at once, replacing only a report folder modgraph wrote \
            (never BASE or HEAD); prints --format on stdout.

            EXIT STATUS: 0 clean; 1 the head adds findings at or above --fail-on; 2 could not run; \
            64 usage error.
            """
    )

    /// What `diff` prints on stdout.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @Argument(help: ArgumentHelp(
        "BASE and HEAD: module roots or capture folders. With --git: at most one, the module root in the repository (default .).",
        valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Compare two git revisions of the module: REV1..REV2 or REV1...REV2 (from their merge base).", valueName: "range"))
    var git: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Folder for the reports.", valueName: "dir"))
    var output: String = "output"

    @Option(help: "Name of the report folder under --output.")
    var name: String = "diff"

    @Option(help: "What to print on stdout: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @OptionGroup var report: ReportOptions<DiffWording>

    @Option(help: ArgumentHelp("Largest diff.md written, in characters (GitHub's comment limit is 65536).", valueName: "n"))
    var markdownLimit: Int = DiffMarkdownReport.defaultLimit

    @OptionGroup var layout: LayoutOptions<DiffWording>

    @OptionGroup var load: LoadOptions<DiffWording>

    @Flag(help: "Show a progress bar of the steps on stderr when stderr is a terminal (not with -q; ignored when not a terminal).")
    var progress = false

    @Option(help: ArgumentHelp("Draw a Mermaid flowchart in the Markdown report (GitHub shows it inline); --mermaid=false leaves it out.", valueName: "bool"))
    var mermaid: Bool = true

    func validate() throws {
        if let git {
            if GitRevision.Range(git) == nil { throw ValidationError("--git takes a range: REV1..REV2 or REV1...REV2") }
            if paths.count > 1 { throw ValidationError("with --git, give at most one path: the module root (default .)") }
        } else if paths.count != 2 {
            throw ValidationError("give BASE and HEAD (two module roots or capture folders), or --git REV1..REV2")
        }
        if markdownLimit < 4096 { throw ValidationError("--markdown-limit must be at least 4096") }
        if name.isEmpty || name.contains("/") || name == "." || name == ".." {
            throw ValidationError("--name must be a plain folder name")
        }
    }

    /// What this run reads: BASE and HEAD, or the module root in the git repository.
    var protectedInputs: ProtectedInputs {
        var inputs = ProtectedInputs()
        for path in (git == nil ? paths : [paths.first ?? "."]) { inputs.module(path) }
        return inputs
    }

    func run() async throws {
        Console.setQuiet(report.quiet)
        try Console.checkReportFolder(output, name: name, protecting: protectedInputs)
        var bar = ProgressBar(requested: progress, steps: layout.noSvg ? 2 : 3)
        defer { bar.finish() }
        bar.step("reading and analyzing both sides")
        let diff: AnalysisDiff
        do {
            diff = try git.map(loadRevisions) ?? loadFolders()
        } catch let error as ParseError {
            Console.error(error.description)
            throw ExitStatus.couldNotRun
        } catch let error as GitRevision.Failure {
            Console.error(error.description)
            throw ExitStatus.couldNotRun
        }

        let pipeline = ReportPipeline(began: { step in
            bar.step(step == .layout ? "laying out diff.svg" : "comparing, writing Markdown, JSON and DOT")
        })
        let drawing = LayoutPolicy(
            file: "diff.svg", engine: LayoutEngine(layout.engine), budget: LayoutBudget(seconds: layout.layoutBudget),
            overBudget: .skip)
        let files: ReportSet
        do {
            files = try pipeline.reports(
                of: diff, options: .init(markdownLimit: markdownLimit, mermaid: mermaid), draw: layout.noSvg ? nil : drawing.draw)
        } catch let error as RenderError {
            Console.error("rendering diff.svg: \(error)")
            throw ExitStatus.couldNotRun
        }
        let folder = try Console.writeReports(files.bytes, to: output, name: name, protecting: protectedInputs)
        bar.finish()
        if !report.quiet {
            switch format {
            case .text: Console.out(DiffTextSummary.render(diff, wrote: files.names.map { "\(folder)/\($0)" }))
            case .markdown: Console.out(String(decoding: files["diff.md"] ?? Data(), as: UTF8.self))
            case .json: Console.out(String(decoding: files["diff.json"] ?? Data(), as: UTF8.self))
            }
        }
        try report.checkFailOn(worst: diff.worstNewSeverity)
    }

    // MARK: Sides

    /// BASE and HEAD as folders.
    func loadFolders() throws -> AnalysisDiff {
        let sides = try paths.map { path throws(ParseError) -> DiffSide in
            try DiffSide.load(try load.read(root: path), label: path)
        }
        return AnalysisDiff(base: sides[0], head: sides[1])
    }

    /// Both sides read out of git at the two revisions of `range`.
    func loadRevisions(_ range: String) throws -> AnalysisDiff {
        guard let range = GitRevision.Range(range) else { throw ValidationError("bad --git range") }
        let sides = try GitRevision.sides(
            of: range, in: URL(fileURLWithPath: paths.first ?? "."), sizeLimit: load.sizeLimit,
            goVersion: load.goSyntax.resolved, progress: Console.progress
        ) { side in
            var inputs = side.inputs
            if !load.noGo { LiveCapture.fill(&inputs, moduleRoot: side.folder, shownAs: side.shownRoot) }
            return try DiffSide.load(inputs, label: side.label)
        }
        return AnalysisDiff(base: sides.base, head: sides.head)
    }
}
