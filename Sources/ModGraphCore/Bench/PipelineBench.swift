import Foundation

/// What `bench` times of `analyze` and `diff`: the same report pipeline their commands run,
/// the report set produced (streamed reports included) and thrown away instead of written.
public enum PipelineBench {
    /// What `analyze --no-svg` computes after reading its inputs: the analysis and every report.
    /// - Parameter mark: called as each stage ends, with its name (analyze, then the pipeline's
    ///   stages as `analyze --timings` names them, then report.json and report.sarif).
    /// - Returns: the bytes of the reports.
    static func analyze(
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
    static func diff(base: String, head: String) throws -> Int {
        let sides = try [base, head].map { folder throws(ParseError) in
            try DiffSide.load(try InputSet.load(root: folder), label: folder)
        }
        let diff = AnalysisDiff(base: sides[0], head: sides[1])
        let files = try ReportPipeline().reports(of: diff, options: ReportPipeline.DiffOptions(), draw: nil)
        return try files.drain() + DiffTextSummary.render(diff).utf8.count
    }

    /// Times `analyze` on `inputs`: one warm-up, then `iterations` runs.
    /// - Parameter stages: given each run's stages, "name 1.2 ms" joined by ", ", when not nil.
    /// - Returns: the times of the timed runs, sorted.
    public static func measureAnalyze(
        _ inputs: InputSet, iterations: Int, toolVersion: String, stages: ((String) -> Void)? = nil
    ) async throws -> [Duration] {
        try await BenchTable.measure(iterations: iterations) {
            let clock = ContinuousClock()
            var marks: [String] = []
            var start = clock.now
            _ = try await analyze(inputs, toolVersion: toolVersion) { name in
                marks.append("\(name) \(BenchTable.format(clock.now - start))")
                start = clock.now
            }
            stages?(marks.joined(separator: ", "))
        }
    }

    /// Times `diff` of `base` and `head`: one warm-up (where a `ParseError` is thrown first), then
    /// `iterations` runs.
    /// - Returns: the times of the timed runs, sorted, and the bytes both sides read.
    public static func measureDiff(
        base: String, head: String, iterations: Int
    ) async throws -> (times: [Duration], inputBytes: Int) {
        let times = try await BenchTable.measure(iterations: iterations) { _ = try diff(base: base, head: head) }
        let bytes = try [base, head].reduce(0) { total, folder in
            total + (try InputSet.load(root: folder).texts.values.reduce(0) { $0 + $1.bytes.count })
        }
        return (times, bytes)
    }
}
