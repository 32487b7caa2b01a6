import Foundation

/// Runs a program to completion: standard input from /dev/null, standard output and error into
/// temporary files (so no pipe can fill up while the program waits to write), environment
/// overrides on top of this process's. What the go and git runners share.
enum ChildProcess {
    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    /// Runs `executable args` in `directory`.
    /// - Throws: when the program cannot be started or the temporary files cannot be made.
    static func run(
        _ executable: String, _ args: [String], in directory: URL, environment overrides: [String: String]
    ) throws -> Output {
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("modgraph-run-\(UUID().uuidString)")
        try fm.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = args
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for (k, v) in overrides { env[k] = v }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            stdout: (try? Data(contentsOf: outURL)) ?? Data(),
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self))
    }
}
