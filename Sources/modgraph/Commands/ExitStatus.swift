import ArgumentParser
import Foundation
import ModGraphCore

/// modgraph's exit statuses: the one mapping from a run's outcome to its code, the same in
/// every command. `help` (the root command's `--help`) and the README's table say the same;
/// each command's `--help` says what 0 and 1 mean for it.
///
/// - 0 `clean`: no finding at or above `--fail-on` (why: answered; baseline: written).
/// - 1 `findings`: findings at or above `--fail-on` (`checkFindings`; diff: those the head adds;
///   analyze --baseline: those not in the baseline); vendor-check --format go: where go exits
///   non-zero; why: the module is not in the module graph.
/// - 2 `couldNotRun`: unreadable or malformed input, a rendering or write failure (said on stderr).
/// - 64 `usage`: a bad option or argument (ArgumentParser's `ValidationError`s exit 64 too), or
///   an option naming nothing in the input (analyze --focus).
enum ExitStatus {
    static let clean = ExitCode.success
    static let findings = ExitCode(1)
    static let couldNotRun = ExitCode(2)
    static let usage = ExitCode.validationFailure

    /// Says `message` on stderr and returns `usage`: a usage error found after parsing, such as
    /// an option naming nothing in the input.
    static func usage(saying message: String) -> ExitCode {
        Console.error(message)
        return usage
    }

    /// Says `message` on stderr and returns `couldNotRun`.
    static func couldNotRun(saying message: String) -> ExitCode {
        Console.error(message)
        return couldNotRun
    }

    /// The table in `modgraph --help`.
    static let help = """
        EXIT STATUS
          0   clean: no finding at or above --fail-on (why: answered; baseline:
              written)
          1   findings at or above --fail-on (default: error); diff: the head adds
              them; vendor-check --format go: go exits non-zero; why: the module is
              not in the module graph
          2   could not run: unreadable or malformed input, a rendering or write
              failure
          64  usage error: a bad option or argument
        """

    /// Throws `findings` when `worst` is at or above `failOn` (never, for `--fail-on never`).
    static func checkFindings(worst: Severity?, failOn: FailOn) throws {
        if let threshold = failOn.threshold, let worst, worst >= threshold { throw findings }
    }
}

/// The severity at which findings make the run fail.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case error, warning, note, never

    var threshold: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .note: .note
        case .never: nil
        }
    }
}
