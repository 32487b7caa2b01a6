import Foundation
import Testing
import TestSupport

/// `modgraph vendor-check --format go` against every run the real go 1.23.5 recorded
/// (Tests/Fixtures/go-oracle/vendor/cases, scripts/record/vendor/record.sh): the binary runs in
/// the same directory with the same environment and flags, and must print the same stderr,
/// byte for byte, and fail exactly where go failed.
@Suite struct VendorCheckOracleTests {
    /// One recorded `go list [-mod=…] [-modfile=…] -m` run.
    struct Run: Sendable, CustomStringConvertible {
        var caseName: String
        var command: String
        var subdirectory: String
        var environment: [String: String]
        var stderr: String
        var exitStatus: Int32

        var description: String { "\(caseName): \(command) in $DIR/\(subdirectory)" }

        /// `--mod` / `--modfile` for the go command's `-mod=` / `-modfile=`.
        var arguments: [String] {
            var out: [String] = []
            for flag in command.split(separator: " ").dropFirst(2) where flag != "-m" {
                if flag.hasPrefix("-mod=") { out += ["--mod", String(flag.dropFirst(5))] }
                if flag.hasPrefix("-modfile=") { out += ["--modfile", String(flag.dropFirst(9))] }
            }
            return out
        }
    }

    static let casesRoot = RepoPaths.fixture("go-oracle/vendor/cases")

    static let runs: [Run] = {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: casesRoot.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        return names.flatMap { name -> [Run] in
            guard let text = try? String(contentsOf: casesRoot.appendingPathComponent("\(name)/expected.txt"), encoding: .utf8) else { return [] }
            return parse(caseName: name, text)
        }
    }()

    /// Reads expected.txt: per run `### command:`, `### dir:`, `### env:` lines, `### stdout:` and
    /// `### stderr:` sections and `### exit status:`.
    static func parse(caseName: String, _ text: String) -> [Run] {
        var runs: [Run] = []
        var run: Run?
        var section: String?
        var buffer: [Substring] = []
        func flush() {
            if section == "stderr" { run?.stderr = buffer.isEmpty ? "" : buffer.joined(separator: "\n") + "\n" }
            section = nil
            buffer = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("### command: ") {
                run = Run(caseName: caseName, command: String(line.dropFirst(13)), subdirectory: "", environment: [:], stderr: "", exitStatus: -1)
            } else if line.hasPrefix("### dir: ") {
                run?.subdirectory = String(line.dropFirst("### dir: $DIR".count).drop { $0 == "/" })
            } else if line.hasPrefix("### env: "), let eq = line.firstIndex(of: "=") {
                run?.environment[String(line[line.index(line.startIndex, offsetBy: 9)..<eq])] = String(line[line.index(after: eq)...])
            } else if line == "### stdout:" || line == "### stderr:" {
                flush()
                section = String(line.dropFirst(4).dropLast())
            } else if line.hasPrefix("### exit status: ") {
                flush()
                run?.exitStatus = Int32(line.dropFirst(17)) ?? -1
                if let r = run { runs.append(r) }
                run = nil
            } else if section != nil {
                buffer.append(line)
            }
        }
        return runs
    }

    @Test func everyCaseIsLoaded() {
        #expect(Self.runs.count >= 400, "recorded runs: \(Self.runs.count)")
    }

    @Test(arguments: runs)
    func printsWhatTheGoCommandPrinted(_ run: Run) throws {
        let dir = Self.casesRoot.appendingPathComponent(run.caseName)
        let cwd = run.subdirectory.isEmpty ? dir : dir.appendingPathComponent(run.subdirectory)
        var environment: [String: String] = [:]
        for (key, value) in run.environment { environment[key] = value.replacingOccurrences(of: "$DIR", with: dir.path) }
        environment["PWD"] = cwd.path
        let result = try ModGraphProcess.run(
            ["vendor-check", "--format", "go", "--go-version", "go1.23.5"] + run.arguments, in: cwd,
            environment: environment, removing: ["GOFLAGS", "GOWORK", "GO111MODULE", "GOTOOLCHAIN", "MODGRAPH_GO"])
        let expected = run.stderr.replacingOccurrences(of: "$DIR", with: dir.path)
        #expect(result.stderr == expected, "\(run)\n\(Golden.lineDiff(expected: expected, actual: result.stderr))")
        #expect(result.status == (run.exitStatus == 0 ? 0 : 1), "\(run): exit status \(result.status), go said \(run.exitStatus)")
        #expect(result.stdout == "")
    }

    /// The same check through `PATH` (as `go -C PATH`) from another directory gives the same bytes.
    @Test func aPathArgumentIsLikeGoDashC() throws {
        let dir = Self.casesRoot.appendingPathComponent("req-drop-explicit-first")
        let here = try ModGraphProcess.run(
            ["vendor-check", "--format", "go", "--go-version", "go1.23.5", "--mod", "vendor"], in: dir,
            environment: ["PWD": dir.path, "GOTOOLCHAIN": "local"], removing: ["GOFLAGS", "GOWORK", "GO111MODULE"])
        let elsewhere = try ModGraphProcess.run(
            ["vendor-check", dir.path, "--format", "go", "--go-version", "go1.23.5", "--mod", "vendor"], in: RepoPaths.root,
            environment: ["GOTOOLCHAIN": "local"], removing: ["GOFLAGS", "GOWORK", "GO111MODULE"])
        #expect(here.status == 1)
        #expect(here.stderr.hasPrefix("go: inconsistent vendoring in \(dir.path):\n"))
        #expect(elsewhere.stderr == here.stderr)
        #expect(elsewhere.status == here.status)
    }
}
