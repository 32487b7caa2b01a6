import ArgumentParser
import Foundation
import ModGraphCore

/// The exit statuses modgraph promises (documented in `--help` and the README).
enum ExitStatus {
    static let clean = ExitCode(0)
    static let findings = ExitCode(1)
    static let couldNotRun = ExitCode(2)
    // Usage errors exit 64 (EX_USAGE), ArgumentParser's own code for validation errors.
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

/// Diagnostics and progress go to stderr; data goes to stdout.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("modgraph: error: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("modgraph: warning: \(message)\n".utf8))
    }

    static func progress(_ message: String) {
        FileHandle.standardError.write(Data("modgraph: \(message)\n".utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes `data` to the file `output` (atomically, never over an input), or to stdout when nil.
    /// - Throws: `ExitStatus.couldNotRun`, the failure said on stderr, when the file is refused or cannot be written.
    static func emit(_ data: Data, to output: String?, protecting inputs: ProtectedInputs) throws {
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        do throws(OutputError) {
            try OutputFile.write(data, to: output, protecting: inputs)
        } catch {
            Console.error(error.description)
            throw ExitStatus.couldNotRun
        }
    }

    /// Throws `ExitStatus.couldNotRun` (said on stderr) when `output/name` may not be written.
    static func checkReportFolder(_ output: String, name: String, protecting inputs: ProtectedInputs) throws {
        do throws(OutputError) {
            try ReportFolder.check(output: output, name: name, protecting: inputs)
        } catch {
            Console.error(error.description)
            throw ExitStatus.couldNotRun
        }
    }

    /// Writes a report folder; says on stderr which leftovers of unfinished runs it removed.
    /// - Returns: the folder, as `output/name`.
    static func writeReports(
        _ files: [String: Data], streams: [String: ReportFolder.Producer] = [:], to output: String, name: String,
        protecting inputs: ProtectedInputs
    ) throws -> String {
        do throws(OutputError) {
            let written = try ReportFolder.write(files, streams: streams, to: output, name: name, protecting: inputs)
            for leftover in written.removedLeftovers { progress("removed \(leftover), left by a run that did not finish") }
            return written.path
        } catch {
            Console.error(error.description)
            throw ExitStatus.couldNotRun
        }
    }
}
