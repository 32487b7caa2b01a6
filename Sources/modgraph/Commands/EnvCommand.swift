import ArgumentParser
import Foundation
import ModGraphCore
import ModGraphToolchain

/// `modgraph env [PATH]`: why the go command resolves this module the way it does, here.
struct EnvCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "env",
        abstract: "Explain how the go command will resolve this module in this environment.",
        discussion: """
            Which go runs (every go on PATH, versions read from the binaries), where each module \
            setting comes from (environment, the go env file that `go env -w` writes, $GOROOT/go.env, \
            default), module and vendor mode, the go.work that applies, the toolchain decision \
            (GOTOOLCHAIN against the go and toolchain lines), how every module of the build list is \
            fetched (GOPROXY, GONOPROXY, GOPRIVATE) and checked (GOSUMDB, GONOSUMDB, GOINSECURE), \
            and go.sum / module cache coverage. Works without running go; with a go on PATH it \
            runs `go env -json` (read-only, only where go would not switch toolchains) and says \
            where it disagrees, and fills in the build list as `analyze` does (--no-go: never).

            EXIT STATUS: 0 no finding at or above --fail-on; 1 otherwise; 2 could not run; 64 usage error.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @Argument(help: "The directory go would run in (default: the current directory).")
    var path: String?

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Option(help: ArgumentHelp(
        "Module path globs (GOPRIVATE syntax, comma-separated) that are private, for the GOPRIVATE check.", valueName: "globs"))
    var `private`: String = ""

    @Option(help: ArgumentHelp("A module cache to verify (default: GOMODCACHE as go resolves it).", valueName: "dir"))
    var modcache: String?

    @Flag(name: .customLong("no-verify"), help: "Do not hash cached modules as go mod verify does.")
    var noVerify = false

    @Flag(name: .customLong("no-go"), help: "Never run the go command.")
    var noGo = false

    @OptionGroup var report: ReportOptions<EnvWording>

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file instead of stdout.", valueName: "file"))
    var output: String?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let directory = try Console.directory(path, environment: environment)
        var options = EnvironmentGather.Options.console(quiet: self.report.quiet, runGo: !noGo)
        options.privateHints = `private`
        options.moduleCache = modcache
        options.verify = !noVerify
        let report = EnvironmentGather.report(directory: directory, environment: environment, buildList: nil, options: options)
        let data: Data
        switch format {
        case .text: data = Data(report.renderText().utf8)
        case .json: data = report.renderJSON()
        case .markdown: data = Data(report.renderMarkdown().utf8)
        }
        try Console.emit(data, to: output, protecting: protectedInputs(report))
        try self.report.checkFailOn(worst: report.worstSeverity)
    }

    /// What --output must never replace: the folders read (go.mod, go.work, ... up to the root),
    /// the go env file and the module cache.
    func protectedInputs(_ report: EnvironmentReport) -> ProtectedInputs {
        var inputs = ProtectedInputs()
        var folder = URL(fileURLWithPath: report.directory).standardizedFileURL
        while true {
            inputs.folder(folder.path)
            if folder.path == "/" { break }
            folder.deleteLastPathComponent()
        }
        inputs.file(report.envFile)
        inputs.tree(report.checksums.moduleCache)
        return inputs
    }
}
