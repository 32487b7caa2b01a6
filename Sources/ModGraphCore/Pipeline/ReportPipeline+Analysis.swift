import Foundation

extension ReportPipeline {
    /// What `analyze` reports, besides the analysis.
    public struct AnalysisOptions {
        /// The graph view graph.dot shows.
        var view: GraphViewOptions
        /// A Mermaid flowchart in report.md.
        var mermaid: Bool
        /// The baseline comparison report.json records, with the baseline's file name.
        var baseline: (file: String, comparison: Baseline.Comparison)?
        /// The version report.sarif names.
        var toolVersion: String
        /// `--env`: the environment report, appended to report.md and written as
        /// environment.json; called once report.md is written (it may run the go command).
        var environment: (() -> EnvironmentReport)?

        public init(
            view: GraphViewOptions, mermaid: Bool = true, baseline: (file: String, comparison: Baseline.Comparison)? = nil,
            toolVersion: String, environment: (() -> EnvironmentReport)? = nil
        ) {
            self.view = view
            self.mermaid = mermaid
            self.baseline = baseline
            self.toolVersion = toolVersion
            self.environment = environment
        }
    }

    /// `analyze`'s report set, and what its summary says about it.
    public struct AnalysisReports {
        /// graph.dot, graph.svg (when drawn), report.md, report.json, report.sarif, report.html,
        /// environment.json (with `--env`).
        public var files: ReportSet
        var drawing: AnalysisDrawing
        /// report.md was cut to its limit.
        public var markdownCut: Bool
        /// The environment report, when asked for.
        public var environment: EnvironmentReport?
    }

    /// Turns `analysis` into analyze's report set.
    ///
    /// The HTML page is built on a second core while report.md is; report.json and
    /// report.sarif are streamed when the set is written (or drained).
    /// - Parameter draw: the drawing step; nil draws no SVG (`--no-svg`).
    /// - Throws: what `draw` throws.
    public func reports(of analysis: Analysis, options: AnalysisOptions, draw: Draw?) async throws -> AnalysisReports {
        began(.graph)
        let drawing = try self.drawing(of: analysis, view: options.view, draw: draw)
        began(.reports)
        if analysis.buildList.modules.count >= Self.progressModules {
            progress("writing reports on \(analysis.buildList.modules.count) modules...")
        }
        var files = ReportSet()
        files.add("graph.dot", .bytes(Data(drawing.dot.utf8)))
        if let svg = drawing.svg { files.add("graph.svg", .bytes(svg)) }
        let pageView = drawing.svgView ?? drawing.view
        let (svg, note) = (drawing.svg, drawing.note)
        async let page = HTMLReport.render(analysis, view: pageView, svg: svg, graphNote: note)
        let markdown = MarkdownReport.rendering(analysis, mermaid: options.mermaid)
        var markdownBytes = Data(markdown.text.utf8)
        finished("markdown")
        let (baseline, version) = (options.baseline, options.toolVersion)
        files.add("report.json", .stream { sink in try JSONReport.write(analysis, baseline: baseline, to: sink) })
        files.add("report.sarif", .stream { sink in try AnalysisSARIF.write(analysis, toolVersion: version, to: sink) })
        let environment = options.environment?()
        if let environment {
            markdownBytes.append(Data(("\n" + environment.renderMarkdown(level: 2)).utf8))
            files.add("environment.json", .bytes(environment.renderJSON()))
        }
        files.add("report.md", .bytes(markdownBytes))
        files.add("report.html", .bytes(Data(await page.utf8)))
        finished("html (beside markdown)")
        return AnalysisReports(files: files, drawing: drawing, markdownCut: markdown.isCut, environment: environment)
    }

    /// Builds the view `options` ask for, writes its DOT and has `draw` lay it out.
    func drawing(of analysis: Analysis, view options: GraphViewOptions, draw: Draw?) throws -> AnalysisDrawing {
        let view = GraphViewBuilder.view(of: analysis, options: options)
        let rendered = DOTWriter().render(view)
        for note in rendered.notes { progress("graph.dot: \(note)") }
        finished("view")
        var drawing = AnalysisDrawing(dot: rendered.text, view: view)
        guard let draw else {
            drawing.note = "graph not drawn (--no-svg)"
            return drawing
        }
        var smallerViews: [Int: GraphView] = [:]
        let drawn = try draw(DrawableGraph(rendered.text, view)) { maxModules in
            var fewer = options
            fewer.maxNodes = maxModules
            let smaller = GraphViewBuilder.view(of: analysis, options: fewer)
            smallerViews[maxModules] = smaller
            return DrawableGraph(DOTWriter().write(smaller), smaller)
        }
        drawing.svg = drawn.svg
        drawing.note = drawn.note
        if drawn.svg != nil { drawing.svgView = drawn.fewerModules.flatMap { smallerViews[$0] } ?? view }
        finished("draw")
        return drawing
    }
}
