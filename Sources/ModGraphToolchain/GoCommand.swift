import Foundation
import ModGraphCore

/// The go command, run read-only to capture what a folder lacks.
///
/// The analyzed repository is never written: go reads a copy of go.mod and go.sum
/// through `-modfile`, so even a command that wants to update them writes the copy;
/// GOFLAGS is replaced (a user's `-mod=mod` cannot apply), GOWORK is off (the module
/// at the path is what is analyzed) and GOTOOLCHAIN is local (no toolchain download).
public struct GoCommand: Sendable {
    public let executable: String

    public init(executable: String) {
        self.executable = executable
    }

    /// The go command named by `$MODGRAPH_GO`, else the first `go` on `$PATH`.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> GoCommand? {
        let fm = FileManager.default
        if let explicit = environment["MODGRAPH_GO"], !explicit.isEmpty {
            return fm.isExecutableFile(atPath: explicit) ? GoCommand(executable: explicit) : nil
        }
        for dir in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(dir)/go"
            if fm.isExecutableFile(atPath: candidate) { return GoCommand(executable: candidate) }
        }
        return nil
    }

    /// What one run of the go command produced.
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: Data
        public var stderr: String
        public var command: String
    }

    /// `go version`'s answer, e.g. `go version go1.23.5 linux/amd64`.
    public func version() -> String? {
        guard let out = try? run(["version"], in: URL(fileURLWithPath: "/"), environment: [:]),
              out.status == 0 else { return nil }
        return String(decoding: out.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs `go COMMAND... ARGS...` in `moduleRoot` against a private copy of its go.mod and go.sum.
    ///
    /// `-modfile` (and, for commands that take build flags, `-mod=readonly`) go on the command
    /// line right after the command's name, one argument each, so a path with spaces survives
    /// (GOFLAGS is split on spaces).
    /// - Parameters:
    ///   - command: the command's name, such as `["mod", "graph"]` or `["list"]`.
    ///   - args: its other arguments, such as `["-m", "-json", "all"]`.
    public func runReadOnly(_ command: [String], _ args: [String] = [], moduleRoot: URL) throws -> Output {
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("modgraph-\(UUID().uuidString)")
        do {
            try fm.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw OutputError("cannot create the folder \(scratch.path) for go's copy of go.mod: \(OutputError.reason(of: error))")
        }
        defer { try? fm.removeItem(at: scratch) }
        let modCopy = scratch.appendingPathComponent("go.mod")
        let sum = moduleRoot.appendingPathComponent("go.sum")
        for (from, to) in [(moduleRoot.appendingPathComponent("go.mod"), modCopy), (sum, scratch.appendingPathComponent("go.sum"))] {
            if from == sum && !fm.fileExists(atPath: sum.path) { continue }
            do {
                try fm.copyItem(at: from, to: to)
            } catch {
                throw OutputError("cannot copy \(from.path) to \(to.path) for go: \(OutputError.reason(of: error))")
            }
        }
        // GOFLAGS is replaced: a user's -mod=mod there must not apply. (`go mod` commands take
        // no -mod flag; go ignores GOFLAGS entries a command does not know.)
        let env = [
            "GOFLAGS": "-mod=readonly",
            "GOWORK": "off",
            "GOTOOLCHAIN": "local",
        ]
        var flags = ["-modfile=\(modCopy.path)"]
        if command.first != "mod" { flags.insert("-mod=readonly", at: 0) }
        return try run(command + flags + args, in: moduleRoot, environment: env)
    }

    /// Runs `go COMMAND... ARGS...` in workspace mode against a private copy of go.work and go.work.sum.
    ///
    /// In workspace mode the go command never writes the modules' go.mod or go.sum (it cannot
    /// take `-modfile`); the one file it may write is go.work.sum, beside the go.work it reads.
    /// So it reads a copy of `goWork` (its `use` and directory `replace` paths made absolute,
    /// `GoWorkFile.relocatedText`) in a scratch folder with a copy of go.work.sum, through
    /// `GOWORK`; GOFLAGS is replaced by `-mod=readonly` and GOTOOLCHAIN is local.
    /// - Parameters:
    ///   - goWork: the go.work in effect (absolute).
    public func runReadOnlyInWorkspace(_ command: [String], _ args: [String] = [], goWork: URL) throws -> Output {
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("modgraph-\(UUID().uuidString)")
        do {
            try fm.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw OutputError("cannot create the folder \(scratch.path) for go's copy of go.work: \(OutputError.reason(of: error))")
        }
        defer { try? fm.removeItem(at: scratch) }
        let workCopy = scratch.appendingPathComponent("go.work")
        do {
            let text = try InputText.read(path: goWork.path)
            let work = try GoWorkFile.parse(text)
            try Data(work.relocatedText(from: goWork.deletingLastPathComponent().path).utf8).write(to: workCopy)
        } catch let error as ParseError {
            throw OutputError("cannot copy \(goWork.path) for go: \(error.description)")
        }
        let sum = goWork.deletingLastPathComponent().appendingPathComponent("go.work.sum")
        if fm.fileExists(atPath: sum.path) {
            do {
                try fm.copyItem(at: sum, to: scratch.appendingPathComponent("go.work.sum"))
            } catch {
                throw OutputError("cannot copy \(sum.path) for go: \(OutputError.reason(of: error))")
            }
        }
        let env = [
            "GOFLAGS": "-mod=readonly",
            "GOWORK": workCopy.path,
            "GOTOOLCHAIN": "local",
        ]
        var flags: [String] = []
        if command.first != "mod" { flags.append("-mod=readonly") }
        return try run(command + flags + args, in: scratch, environment: env)
    }

    /// Runs the go command with `overrides` on top of the current environment.
    public func run(_ args: [String], in directory: URL, environment overrides: [String: String]) throws -> Output {
        let out = try ChildProcess.run(executable, args, in: directory, environment: overrides)
        return Output(
            status: out.status, stdout: out.stdout, stderr: out.stderr,
            command: (["go"] + args).joined(separator: " "))
    }
}
