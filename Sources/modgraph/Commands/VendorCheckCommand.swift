import ArgumentParser
import Foundation
import ModGraphCore
import ModGraphToolchain

/// `modgraph vendor-check [PATH]`: the go command's vendor consistency check, offline, and
/// the drift it does not see.
struct VendorCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vendor-check",
        abstract: "Check vendor/ as the go command does, and for drift the go command does not see.",
        discussion: """
            Runs where `go list -m` would (PATH is like `go -C PATH`; without it, the current \
            directory, finding go.mod and go.work upward) and honours GOFLAGS, GOWORK and \
            GO111MODULE from the environment or the go env file (`go env -w`). --format go prints to stderr exactly what that go command prints and \
            exits 1 where it fails. The other formats add the drift checks: package directories \
            missing or left behind under vendor/ (or in a `git ls-tree -r -l` listing given with \
            --vendor-tree), vendored versions against the build list (list.json, or MVS over \
            graph.txt), go.sum lines of vendored modules, and, with a module cache (--modcache or \
            GOMODCACHE), every vendored file against the cached module, itself verified against \
            go.sum's h1: hashes.

            EXIT STATUS: 0 consistent and no finding at or above --fail-on; 1 otherwise (--format \
            go: 1 where the go command exits non-zero); 2 could not run (no go.mod, bad flags, \
            unreadable input); 64 usage error.
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, go, json, markdown, sarif
    }

    @Argument(help: "The directory to run in, as `go -C PATH` (default: the current directory).")
    var path: String?

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @OptionGroup var input: VendorInputOptions

    @OptionGroup var reporting: ReportOptions<VendorCheckWording>

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file instead of stdout.", valueName: "file"))
    var output: String?

    @Flag(help: "Print how long each stage took to stderr (after the report).")
    var timings = false

    @Flag(help: "Show a progress bar of the stages on stderr when stderr is a terminal (not with -q or --format go; ignored when not a terminal).")
    var progress = false

    func validate() throws {
        if format == .go && input.asksForDrift {
            throw ValidationError("--format go prints only what the go command prints: --vendor-tree, --modcache, --list and --graph do not apply")
        }
        if format == .go && output != nil {
            throw ValidationError("--format go prints to stderr exactly what the go command prints: --output does not apply")
        }
    }

    /// Comparing this many vendored modules with the module cache takes a while: stderr says so.
    static let progressModules = 50

    func run() async throws {
        Console.setQuiet(reporting.quiet)
        let processEnvironment = ProcessInfo.processInfo.environment
        // GOFLAGS, GOWORK, GO111MODULE... written with `go env -w` count as the go command counts them.
        let environment = EnvironmentGather.effectiveEnvironment(processEnvironment)
        let cwd = WorkingDirectory.current(environment: processEnvironment)
        let directory = try Console.directory(path, environment: processEnvironment)
        let reproduced = GoInstallations.reproduced(requested: input.goVersion, environment: environment)
        if let warning = reproduced.warning { Console.warning(warning) }

        if format == .go {
            let start = ContinuousClock.now
            let result = VendorConsistency.check(
                directory: directory, flags: input.goFlags, environment: environment, goVersion: reproduced.version)
            let elapsed = ContinuousClock.now - start
            FileHandle.standardError.write(Data(result.stderr.utf8))
            if timings { Console.line("modgraph: timings: consistency \(StageTimes.milliseconds(hundredths: elapsed))") }
            if result.exitStatus != 0 { throw ExitStatus.findings }
            return
        }

        let options: VendorVerification.Options
        do throws(ParseError) {
            options = try input.verification(
                directory: directory, displayDirectory: cwd, environment: environment, goVersion: reproduced.version)
        } catch {
            Console.error(error.description)
            throw ExitStatus.couldNotRun
        }
        var bar = ProgressBar(requested: progress, steps: VendorVerification.stageCount(options))
        let report = VendorVerification.run(options) { stage in
            bar.step(stage.progressText)
            if case .cache(let modules) = stage, modules >= Self.progressModules {
                Console.progress("comparing \(modules) vendored modules with the module cache \(options.moduleCache ?? "")...")
            }
        }
        bar.finish()

        let data: Data
        switch format {
        case .text, .go: data = Data(report.renderText().utf8)
        case .json: data = report.renderJSON()
        case .markdown: data = Data(report.renderMarkdown().utf8)
        case .sarif:
            let fallback = report.vendorRoot.map { $0 == "." ? "vendor/modules.txt" : $0 + "/vendor/modules.txt" } ?? "go.mod"
            data = SARIFReport.render(report.findings, toolVersion: ModGraphVersion.text, fallbackFile: fallback)
        }
        try Console.emit(data, to: output, protecting: input.protectedInputs(directory: directory, moduleCache: options.moduleCache))
        if timings {
            let total = report.timings.reduce(Duration.zero) { $0 + $1.duration }
            let stages = report.timings.map { "\($0.stage) \(StageTimes.milliseconds(hundredths: $0.duration))" }
            Console.line("modgraph: timings: \(stages.joined(separator: ", ")); total \(StageTimes.milliseconds(hundredths: total))")
        }
        if let failure = report.failure {
            Console.error(failure)
            throw ExitStatus.couldNotRun
        }
        try reporting.checkFailOn(worst: report.worstSeverity)
    }
}
