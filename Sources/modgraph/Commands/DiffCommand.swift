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

        bar.step("comparing, writing Markdown, JSON and DOT")
        let markdown = DiffMarkdownReport.render(diff, limit: markdownLimit, mermaid: mermaid)
        let json = DiffJSONReport.render(diff)
        let dot = DiffDOTWriter().write(DiffGraphViewBuilder.view(of: diff))
        var files: [String: Data] = [
            "diff.md": Data(markdown.utf8), "diff.json": json, "diff.dot": Data(dot.utf8),
        ]
        if !layout.noSvg {
            bar.step("laying out diff.svg")
            files["diff.svg"] = try drawSVG(dot)
        }
        let folder = try Console.writeReports(files, to: output, name: name, protecting: protectedInputs)
        bar.finish()
        if !report.quiet {
            switch format {
            case .text: Console.out(DiffTextSummary.render(diff, wrote: files.keys.sorted().map { "\(folder)/\($0)" }))
            case .markdown: Console.out(markdown)
            case .json: Console.out(String(decoding: json, as: UTF8.self))
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
        guard let executable = GitRevision.findGit() else {
            throw GitRevision.Failure("--git needs git on PATH (or MODGRAPH_GIT)")
        }
        let dir = paths.first ?? "."
        let repo = GitRevision(executable: executable, directory: URL(fileURLWithPath: dir))
        let prefix = try repo.prefix()
        let headCommit = try repo.commit(range.head)
        var baseCommit = try repo.commit(range.base)
        var baseLabel = range.base
        if range.fromMergeBase {
            baseCommit = try repo.mergeBase(baseCommit, headCommit)
            baseLabel = "merge base of \(range.base) and \(range.head)"
        }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("modgraph-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var sides: [DiffSide] = []
        for (side, commit, label, rev) in [
            ("base", baseCommit, baseLabel, range.base), ("head", headCommit, range.head, range.head),
        ] {
            Console.progress("reading \(side) \(label) (\(commit.prefix(12))) from git...")
            let folder = scratch.appendingPathComponent(side)
            let written = try repo.materialize(commit: commit, into: folder)
            let shownRoot = "\(rev):" + (prefix.isEmpty ? "." : String(prefix.dropLast()))
            guard ["go.mod", "go.work", "graph.txt", "list.json"].contains(where: written.contains) else {
                throw GitRevision.Failure("\(shownRoot): no go.mod, go.work, graph.txt or list.json at \(label)")
            }
            var inputs = InputSet(
                root: shownRoot, vendorDirectory: written.contains("vendor/modules.txt"), sizeLimit: load.sizeLimit)
            inputs.directory = folder.path
            inputs.goVersion = load.goSyntax.resolved
            for kind in InputSet.Kind.allCases where written.contains(kind.rawValue) {
                let text = try InputText.read(
                    path: folder.appendingPathComponent(kind.rawValue).path,
                    file: "\(rev):\(prefix)\(kind.rawValue)", sizeLimit: load.sizeLimit, lineLimit: kind.lineLimit)
                inputs.provide(kind, text, origin: .file)
            }
            if !load.noGo { LiveCapture.fill(&inputs, moduleRoot: folder, shownAs: shownRoot) }
            sides.append(try DiffSide.load(inputs, label: label))
        }
        return AnalysisDiff(base: sides[0], head: sides[1])
    }

    /// diff.svg laid out within `--layout-budget`: with a cheaper strategy when the asked one
    /// would overrun (said on stderr); nil, with a warning, when none fits or the layout misses
    /// its deadline (three times the budget, at least 30 s): the other reports are still written.
    /// - Throws: `ExitStatus.couldNotRun` when Graphviz fails.
    func drawSVG(_ dot: String) throws -> Data? {
        let renderer = SVGRenderer(options: RenderOptions(engine: LayoutEngine(layout.engine)))
        let deadline = max(30, 3 * layout.layoutBudget)
        do throws(RenderError) {
            let result = try renderer.render(dot: dot, budget: LayoutBudget(seconds: layout.layoutBudget), deadline: .seconds(deadline))
            if let fallback = result.plan.fallback { Console.progress("diff.svg: \(fallback)") }
            return result.svg
        } catch {
            switch error {
            case .overBudget(let size, _):
                Console.warning("diff.svg skipped: \(size.nodes) nodes and \(size.edges) edges cannot be laid out within "
                    + "\(LayoutBudget.seconds(layout.layoutBudget)) (raise --layout-budget); diff.dot has the graph")
                return nil
            case .timedOut:
                Console.warning("diff.svg skipped: the layout did not finish within \(Int(deadline)) s (raise --layout-budget)")
                return nil
            default:
                Console.error("rendering diff.svg: \(error)")
                throw ExitStatus.couldNotRun
            }
        }
    }
}

extension BenchCommand {
    /// The `--diff BASE HEAD` case: what `diff --no-svg --no-go` does, reading included.
    func diffRow() throws -> [String]? {
        guard diff.count == 2 else { return nil }
        let run = { () throws -> Int in
            let sides = try diff.map { folder throws(ParseError) in
                try DiffSide.load(try InputSet.load(root: folder), label: folder)
            }
            let result = AnalysisDiff(base: sides[0], head: sides[1])
            let md = DiffMarkdownReport.render(result)
            let json = DiffJSONReport.render(result)
            let dot = DiffDOTWriter().write(DiffGraphViewBuilder.view(of: result))
            let text = DiffTextSummary.render(result)
            return md.utf8.count + json.count + dot.utf8.count + text.utf8.count
        }
        do {
            _ = try run()
        } catch let error as ParseError {
            Console.error(error.description)
            throw ExitStatus.couldNotRun
        }
        let bytes = try diff.reduce(0) { total, folder in
            total + (try InputSet.load(root: folder).texts.values.reduce(0) { $0 + $1.bytes.count })
        }
        let times = try measure { _ = try run() }
        let names = diff.map { ReportFolder.defaultName(for: $0) }
        return row("diff \(names[0]) \(names[1])", "\(bytes / 1024) KiB", times)
    }
}
