import ArgumentParser
import ModGraphCore

/// How a command that judges findings reports them: `--fail-on` and `-q` (analyze, diff, env,
/// vendor-check).
struct ReportOptions<Wording: OptionWording>: ParsableArguments {
    @Option(help: ArgumentHelp(Wording.failOn))
    var failOn: FailOn = .error

    @Flag(name: .shortAndLong, help: ArgumentHelp(Wording.quiet))
    var quiet = false

    /// Throws `ExitStatus.findings` when `worst` is at or above --fail-on.
    func checkFailOn(worst: Severity?) throws {
        try ExitStatus.checkFindings(worst: worst, failOn: failOn)
    }

    /// Throws `ExitStatus.findings` when the worst of `severities` is at or above --fail-on.
    func checkFailOn<S: Sequence<Severity>>(_ severities: S) throws {
        try checkFailOn(worst: severities.max())
    }
}
