import Foundation
import ModGraphCore
import ModGraphToolchain

extension AnalyzeCommand {
    /// `--env`: how the go command resolves the analyzed module in this environment, appended
    /// to report.md as an "Environment" section and written as environment.json.
    func environmentSection(_ analysis: Analysis, into files: inout [String: Data]) -> EnvironmentReport {
        let processEnvironment = ProcessInfo.processInfo.environment
        // The inputs were read from `path`: it is a directory.
        let directory = WorkingDirectory.goDashC(path, environment: processEnvironment) ?? path
        var options = EnvironmentGather.Options()
        options.runGo = !input.load.noGo
        options.quiet = report.quiet
        options.sizeLimit = input.load.sizeLimit
        let report = EnvironmentGather.report(
            directory: directory, environment: processEnvironment, buildList: analysis.buildList, options: options)
        var markdown = files["report.md"] ?? Data()
        markdown.append(Data(("\n" + report.renderMarkdown(level: 2)).utf8))
        files["report.md"] = markdown
        files["environment.json"] = report.renderJSON()
        return report
    }
}
