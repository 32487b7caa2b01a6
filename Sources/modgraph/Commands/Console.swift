import Foundation
import ModGraphCore
import ModGraphToolchain
import Synchronization

/// Diagnostics and progress go to stderr; data goes to stdout.
///
/// `-q` (`Console.setQuiet`) silences progress lines; errors and warnings still print. While a
/// `--progress` bar is on screen, every stderr line is printed above it.
enum Console {
    struct State {
        var quiet = false
        /// The bar's current text; nil when no bar is shown.
        var bar: String?
    }

    static let state = Mutex(State())

    /// Silences progress lines (`-q`).
    static func setQuiet(_ quiet: Bool) { state.withLock { $0.quiet = quiet } }

    static var isQuiet: Bool { state.withLock { $0.quiet } }

    static func error(_ message: String) { line("modgraph: error: \(Escaping.terminal(message, keepingNewlines: true))") }

    static func warning(_ message: String) { line("modgraph: warning: \(Escaping.terminal(message, keepingNewlines: true))") }

    /// A progress line, unless quiet.
    static func progress(_ message: String) {
        if !isQuiet { line("modgraph: \(Escaping.terminal(message, keepingNewlines: true))") }
    }

    /// Writes one line to stderr, above the progress bar if one is shown.
    static func line(_ text: String) {
        state.withLock { s in
            var out = s.bar == nil ? "" : "\r\u{1b}[K"
            out += text + "\n"
            if let bar = s.bar { out += bar }
            FileHandle.standardError.write(Data(out.utf8))
        }
    }

    /// Shows `text` as the progress bar (replacing the previous one); nil clears it.
    static func showBar(_ text: String?) {
        state.withLock { s in
            let out = "\r\u{1b}[K" + (text ?? "")
            s.bar = text
            FileHandle.standardError.write(Data(out.utf8))
        }
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

    /// Where `go -C path` would work (the current directory as go sees it for nil).
    /// - Throws: `ExitStatus.couldNotRun`, said on stderr, when `path` is not a directory.
    static func directory(_ path: String?, environment: [String: String]) throws -> String {
        guard let directory = WorkingDirectory.goDashC(path, environment: environment) else {
            Console.error("\(path ?? "."): not a directory")
            throw ExitStatus.couldNotRun
        }
        return directory
    }
}
