import Foundation

/// What `bench` times of `analyze` and `diff`: the same report pipeline their commands run,
/// the report set produced (streamed reports included) and thrown away instead of written.
public enum PipelineBench {
    /// What `analyze --no-svg` computes after reading its inputs: the analysis and every report.
    /// - Parameter mark: called as each stage ends, with its name (analyze, then the pipeline's
    ///   stages as `analyze --timings` names them, then report.json and report.sarif).
    /// - Returns: the bytes of the reports.
    public static func analyze(
        _ inputs: InputSet, toolVersion: String, mark: @escaping (String) -> Void = { _ in }
    ) async throws -> Int {
        let analysis = try Analyzer.analyze(inputs, name: inputs.root)
        mark("analyze")
        let options = ReportPipeline.AnalysisOptions(view: GraphViewOptions(), toolVersion: toolVersion)
        let reports = try await ReportPipeline(finished: mark).reports(of: analysis, options: options, draw: nil)
        return try reports.files.drain(mark)
    }

    /// What `diff --no-svg --no-go BASE HEAD` computes, reading included: both analyses, the
    /// reports and the summary.
    /// - Returns: the bytes of the reports and the summary.
    public static func diff(base: String, head: String) throws -> Int {
        let sides = try [base, head].map { folder throws(ParseError) in
            try DiffSide.load(try InputSet.load(root: folder), label: folder)
        }
        let diff = AnalysisDiff(base: sides[0], head: sides[1])
        let files = try ReportPipeline().reports(of: diff, options: ReportPipeline.DiffOptions(), draw: nil)
        return try files.drain() + DiffTextSummary.render(diff).utf8.count
    }
}
