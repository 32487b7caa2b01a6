import Foundation
import TestSupport

/// Runs the built `modgraph` binary as a user would, capturing stdout, stderr and status.
struct ModGraphProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `modgraph` executable beside the test bundle (`swift build` puts products together).
    static let binary: URL = {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = runner.deletingLastPathComponent()
        if runner.pathExtension != "xctest" {
            // Some runners pass a path inside the bundle.
            while dir.path != "/" && dir.pathExtension != "xctest" { dir.deleteLastPathComponent() }
            dir.deleteLastPathComponent()
        }
        let beside = dir.appendingPathComponent("modgraph")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return RepoPaths.root.appendingPathComponent(".build/debug/modgraph")
    }()

    /// Runs `modgraph args` in `directory` with `environment` added, feeding `stdin`.
    ///
    /// - Parameter timeout: seconds after which the process is killed (status 137: SIGKILL),
    ///   so a test of something that must not hang fails instead of hanging the suite.
    static func run(
        _ args: [String], in directory: URL, environment: [String: String] = [:], stdin: Data? = nil,
        removing removed: [String] = [], timeout: Double? = nil
    ) throws -> Result {
        let fm = FileManager.default
        let tmp = fm.temporaryDirectory.appendingPathComponent("modgraph-e2e-\(UUID().uuidString)")
        try fm.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: tmp) }
        let outURL = tmp.appendingPathComponent("stdout")
        let errURL = tmp.appendingPathComponent("stderr")
        let inURL = tmp.appendingPathComponent("stdin")
        fm.createFile(atPath: outURL.path, contents: nil)
        fm.createFile(atPath: errURL.path, contents: nil)
        fm.createFile(atPath: inURL.path, contents: stdin ?? Data())
        let process = Process()
        process.executableURL = binary
        process.arguments = args
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for k in removed { env[k] = nil }
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        if let timeout {
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                return Result(status: 137, stdout: "", stderr: "killed after \(timeout) s")
            }
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Runs another program (`/bin/sh` for a pipeline, `/usr/bin/time` around modgraph) in
    /// `directory`, its stdout discarded; returns its exit status and stderr.
    static func runWrapped(_ executable: String, _ args: [String], in directory: URL) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = args
        process.currentDirectoryURL = directory
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stderr)
    }

    /// A fresh temporary folder, removed by the caller.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("modgraph-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
