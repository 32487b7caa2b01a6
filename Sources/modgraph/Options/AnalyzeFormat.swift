import ArgumentParser
import Foundation
import ModGraphCore

/// What `analyze` prints on stdout (`--format`).
enum AnalyzeFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, html, sarif

    /// The report file printed, for all but `text`.
    var file: String {
        switch self {
        case .text: ""
        case .markdown: "report.md"
        case .json: "report.json"
        case .html: "report.html"
        case .sarif: "report.sarif"
        }
    }

    /// What is printed once `reports` are written to `folder`: the summary (with the environment
    /// and baseline lines), or the report file.
    func stdout(
        _ analysis: Analysis, reports: ReportPipeline.AnalysisReports, folder: String,
        baseline: (file: String, comparison: Baseline.Comparison)?
    ) -> String {
        switch self {
        case .text:
            var text = TextSummary.render(
                analysis, wrote: reports.files.names.map { "\(folder)/\($0)" }, markdownCut: reports.markdownCut)
            if let environment = reports.environment {
                text += "environment: \(environment.findings.isEmpty ? "nothing wrong found" : environment.countsSummary) (report.md, environment.json)\n"
            }
            if let baseline { text += BaselineSummary.render(baseline.comparison, file: baseline.file) }
            return text
        case .json, .sarif:  // streamed to the file: read back
            let written = (try? Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(file))) ?? Data()
            return String(decoding: written, as: UTF8.self)
        case .markdown, .html: return String(decoding: reports.files[file] ?? Data(), as: UTF8.self)
        }
    }
}
