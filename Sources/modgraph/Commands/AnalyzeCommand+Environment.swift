import Foundation
import ModGraphCore
import ModGraphToolchain

extension AnalyzeCommand {
    /// `--env`: how the go command resolves the analyzed module in this environment, appended
    /// to report.md as an "Environment" section and written as environment.json (by the report pipeline).
    func environmentReport(_ analysis: Analysis) -> EnvironmentReport {
        let processEnvironment = ProcessInfo.processInfo.environment
        // The inputs were read from `path`: it is a directory.
        let directory = WorkingDirectory.goDashC(path, environment: processEnvironment) ?? path
        var options = EnvironmentGather.Options.console(quiet: self.report.quiet, runGo: !input.load.noGo)
        options.sizeLimit = input.load.sizeLimit
        return EnvironmentGather.report(
            directory: directory, environment: processEnvironment, buildList: analysis.buildList, options: options)
    }
}
