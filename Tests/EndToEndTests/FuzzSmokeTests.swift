import Foundation
import Testing
import TestSupport

/// A short run of every fuzz target through `scripts/fuzz.sh`, so a harness that no longer
/// builds or fails at once is noticed. The long runs are made by hand (README, "Fuzzing").
@Suite(.serialized, .enabled(if: FuzzScript.isAvailable, "libFuzzer runtime not found beside swiftc: fuzz smoke runs skipped"))
struct FuzzSmokeTests {
    @Test(arguments: FuzzScript.targets)
    func targetRunsWithoutFinding(_ target: String) throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("modgraph-fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        // A fixed seed: the same inputs in the same order on every run, so the suite does not
        // fail at random on what a new random walk happens to find (long runs are for that).
        let r = try FuzzScript.run([target, "10", "-seed=1"], environment: ["FUZZ_WORK_DIR": work.path])
        #expect(r.status == 0, "fuzz.sh \(target) 10 -seed=1 exited \(r.status):\n\(r.stderr.suffix(4000))")
        #expect(r.stderr.contains("stat::number_of_executed_units:"), "no libFuzzer statistics:\n\(r.stderr.suffix(2000))")
    }

    @Test func listNamesEveryTargetSource() throws {
        let r = try FuzzScript.run(["--list"])
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").map(String.init) == FuzzScript.targets)
        #expect(Set(FuzzScript.targets).isSuperset(of: [
            "graph-text", "list-json", "modules-txt", "go-mod", "go-work", "go-sum", "versions", "module-paths", "escaping",
        ]))
    }

    @Test func unknownTargetIsAUsageError() throws {
        let r = try FuzzScript.run(["no-such-target", "1"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("no target 'no-such-target'"))
    }
}

/// `scripts/fuzz.sh`, run as a child process.
enum FuzzScript {
    static let script = RepoPaths.root.appendingPathComponent("scripts/fuzz.sh")

    /// The targets: one source file each in Fuzz/Targets.
    static let targets: [String] = {
        let dir = RepoPaths.root.appendingPathComponent("Fuzz/Targets")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".swift") }.map { String($0.dropLast(".swift".count)) }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }()

    /// Whether swiftc here can build fuzz targets (`fuzz.sh --check`).
    static let isAvailable: Bool = (try? run(["--check"]).status) == 0

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ args: [String], environment: [String: String] = [:]) throws -> Result {
        let fm = FileManager.default
        let tmp = fm.temporaryDirectory.appendingPathComponent("modgraph-fuzz-run-\(UUID().uuidString)")
        try fm.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: tmp) }
        let outURL = tmp.appendingPathComponent("stdout")
        let errURL = tmp.appendingPathComponent("stderr")
        fm.createFile(atPath: outURL.path, contents: nil)
        fm.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script.path] + args
        process.currentDirectoryURL = RepoPaths.root
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
