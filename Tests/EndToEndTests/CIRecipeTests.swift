import Foundation
import Testing
import TestSupport

/// The shell block of `action.yml`, run by `scripts/ci-recipe-check.sh` on every sample in a
/// simulated pull-request checkout (and a push): analyze, vendor-check and diff as GitHub would
/// run them, the job summary, outputs and reports checked. Needs git and python3
/// (`scripts/install-deps.sh` installs both).
@Suite(.enabled(if: RecipeTools.present, "git or python3 missing: the CI recipe check is skipped"))
struct CIRecipeTests {
    @Test func theActionsCommandsWorkOnEverySample() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", RepoPaths.root.appendingPathComponent("scripts/ci-recipe-check.sh").path]
        process.currentDirectoryURL = RepoPaths.root
        var env = ProcessInfo.processInfo.environment
        env["MODGRAPH"] = ModGraphProcess.binary.path
        env["TMPDIR"] = work.path
        process.environment = env
        let log = work.appendingPathComponent("log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let output = try String(contentsOf: log, encoding: .utf8)
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("ci-recipe-check: every check passed"), "\(output)")
        #expect(!output.contains("FAIL"), "\(output)")
    }
}

/// What `scripts/ci-recipe-check.sh` runs besides modgraph.
enum RecipeTools {
    static let present = ["git", "python3"].allSatisfy { tool in
        ["/usr/bin", "/usr/local/bin", "/bin"].contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }
}
