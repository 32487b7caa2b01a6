import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// The report pipeline analyze, diff and bench share: which files it makes, that the streamed
/// ones are the reports' own bytes, and how it uses the drawing step it is given.
@Suite struct ReportPipelineTests {
    static func analysis(_ sample: String) throws -> Analysis {
        try Analyzer.analyze(InputSet.load(root: RepoPaths.sample(sample).path), name: sample)
    }

    static var options: ReportPipeline.AnalysisOptions { ReportPipeline.AnalysisOptions(view: GraphViewOptions(), toolVersion: "0.0.0-test") }

    @Test func noDrawingStepMakesEveryReportButTheSVG() async throws {
        let a = try Self.analysis("multi-major")
        var stages: [String] = []
        var steps: [ReportPipeline.Step] = []
        let pipeline = ReportPipeline(began: { steps.append($0) }, finished: { stages.append($0) })
        let reports = try await pipeline.reports(of: a, options: Self.options, draw: nil)
        #expect(reports.files.names == ["graph.dot", "report.html", "report.json", "report.md", "report.sarif"])
        #expect(Set(reports.files.streams.keys) == ["report.json", "report.sarif"])
        #expect(steps == [.graph, .reports])
        #expect(stages == ["view", "markdown", "html (beside markdown)"])
        #expect(reports.drawing.note == "graph not drawn (--no-svg)")
        #expect(reports.files["report.md"] == Data(MarkdownReport.render(a).utf8))
        #expect(reports.files["graph.dot"] == Data(DOTWriter().write(GraphViewBuilder.view(of: a)).utf8))
        // Streamed reports produce the same bytes as the reports rendered whole.
        var json: [UInt8] = []
        try reports.files.streams["report.json"]! { json += $0 }
        #expect(Data(json) == JSONReport.render(a))
        var drained: [String] = []
        let total = try reports.files.drain { drained.append($0) }
        #expect(drained == ["report.json", "report.sarif"])
        #expect(total == reports.files.bytes.values.reduce(0) { $0 + $1.count } + json.count
            + AnalysisSARIF.render(a, toolVersion: "0.0.0-test").count)
    }

    @Test func aDrawingStepThatShrinksGetsTheSmallerViewOnThePage() async throws {
        let a = try Self.analysis("multi-major")
        var asked: [DrawableGraph] = []
        let reports = try await ReportPipeline().reports(of: a, options: Self.options) { graph, smaller in
            asked.append(graph)
            let fewer = smaller(1)
            asked.append(fewer)
            return DrawnGraph(svg: Data("<svg/>".utf8), fewerModules: 1, note: "drawn smaller")
        }
        #expect(asked.count == 2)
        #expect(asked[0].dot == reports.drawing.dot, "the first graph is graph.dot's")
        #expect(asked[1].modules < asked[0].modules)
        #expect(reports.files["graph.svg"] == Data("<svg/>".utf8))
        #expect(reports.drawing.note == "drawn smaller")
        let shown = reports.drawing.svgView?.nodes.filter { $0.role != .main }.count
        #expect(shown == asked[1].modules)
    }

    @Test func aSkippedSVGLeavesNoFile() async throws {
        let a = try Self.analysis("hello")
        let reports = try await ReportPipeline().reports(of: a, options: Self.options) { _, _ in
            DrawnGraph(svg: nil, note: "skipped")
        }
        #expect(!reports.files.names.contains("graph.svg"))
        #expect(reports.drawing.svgView == nil)
        #expect(reports.drawing.note == "skipped")
    }

    @Test func diffReportsAndTheirDrawing() throws {
        let side = try DiffSide.load(InputSet.load(root: RepoPaths.sample("hello").path), label: "hello")
        let other = try DiffSide.load(InputSet.load(root: RepoPaths.sample("multi-major").path), label: "multi-major")
        let diff = AnalysisDiff(base: side, head: other)
        var steps: [ReportPipeline.Step] = []
        let plain = try ReportPipeline(began: { steps.append($0) }).reports(of: diff, options: .init(), draw: nil)
        #expect(plain.names == ["diff.dot", "diff.json", "diff.md"])
        #expect(steps == [.reports])
        #expect(plain["diff.md"] == Data(DiffMarkdownReport.render(diff).utf8))
        #expect(plain["diff.json"] == DiffJSONReport.render(diff))
        var drawnDOT: String?
        let drawn = try ReportPipeline().reports(of: diff, options: .init()) { graph, smaller in
            drawnDOT = graph.dot
            #expect(smaller(1).dot == graph.dot, "diff.svg is drawn whole or not at all")
            return DrawnGraph(svg: Data("<svg/>".utf8))
        }
        #expect(drawn.names == ["diff.dot", "diff.json", "diff.md", "diff.svg"])
        #expect(drawnDOT.map { Data($0.utf8) } == drawn["diff.dot"])
    }
}
