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

    /// Writes `data` to the file `output` (atomically), or to stdout when nil.
    /// - Throws: `ExitStatus.couldNotRun`, the failure said on stderr, when the file cannot be written.
    static func emit(_ data: Data, to output: String?) throws {
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            Console.error("writing \(output): \(error.localizedDescription)")
            throw ExitStatus.couldNotRun
        }
    }
}
