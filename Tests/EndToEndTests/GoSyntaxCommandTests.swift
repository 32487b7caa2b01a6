import Foundation
import Testing
import TestSupport

/// `--go-version` decides, in one place, which go.mod syntax every command accepts: `tool`
/// (Go 1.24) and `ignore` (Go 1.25) are rejected by go1.23.x with go 1.23.5's words (recorded:
/// Tests/Fixtures/go-oracle/modfile/expected/tool-and-ignore.txt) and accepted from their version on.
@Suite struct GoSyntaxCommandTests {
    /// Every command that loads the module, on the folder `m`.
    static func commands(_ version: String?) -> [(name: String, args: [String])] {
        let flag = version.map { ["--go-version", $0] } ?? []
        return [
            ("analyze", ["analyze", "m", "--no-go", "--no-svg", "-o", "out"] + flag),
            ("why", ["why", "example.com/lib", "m", "--no-go"] + flag),
            ("baseline", ["baseline", "m", "--no-go", "-o", "b.json"] + flag),
            ("diff", ["diff", "m", "m", "--no-go", "--no-svg", "--output", "d"] + flag),
            ("vendor-check", ["vendor-check", "m", "--format", "go", "--go-version", version ?? "go1.23.5"]),
        ]
    }

    /// go 1.23.5's lines for the case, as `go list -m` printed them.
    func recordedLines() throws -> [String] {
        let text = try String(
            contentsOf: RepoPaths.fixture("go-oracle/modfile/expected/tool-and-ignore.txt"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "=== go list -m\n").last)
        return section.split(separator: "\n").map(String.init).filter { $0.hasPrefix("go.mod:") }
    }

    @Test(arguments: [nil, "go1.23.5", "go1.24.0", "go1.25.0"] as [String?])
    func everyCommandAgrees(version: String?) throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let m = work.appendingPathComponent("m")
        try FileManager.default.createDirectory(at: m, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: RepoPaths.fixture("go-oracle/modfile/cases/tool-and-ignore.mod"), to: m.appendingPathComponent("go.mod"))
        let lines = try recordedLines()
        #expect(lines == ["go.mod:7: unknown directive: tool", "go.mod:9: unknown directive: ignore"])
        let v = version ?? "go1.23.5"
        let rejected = lines.filter { line in
            (line.hasSuffix(": tool") && v < "go1.24") || (line.hasSuffix(": ignore") && v < "go1.25")
        }
        for (name, args) in Self.commands(version) {
            let r = try ModGraphProcess.run(
                args, in: work, environment: ["GOTOOLCHAIN": "local"], removing: ["GOFLAGS", "GOWORK", "GO111MODULE"])
            if rejected.isEmpty {
                #expect(r.status == 0 || (name == "analyze" && r.status == 1), "\(name) \(v): \(r.stderr)")
                #expect(!r.stderr.contains("unknown directive"), "\(name) \(v): \(r.stderr)")
            } else {
                #expect(r.status == (name == "vendor-check" ? 1 : 2), "\(name) \(v): \(r.stderr)")
                let expected = "go: errors parsing go.mod:\n" + rejected.joined(separator: "\n") + "\n"
                #expect(r.stderr.contains(expected), "\(name) \(v): \(r.stderr)")
            }
        }
    }

    @Test func versionsOutsideTheKnownSyntaxAreRefused() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        for args in [["analyze", ".", "--go-version", "go1.26.0"], ["why", "x", ".", "--go-version", "go1.22.0"],
                     ["vendor-check", "--go-version", "latest"]] {
            let r = try ModGraphProcess.run(args, in: work)
            #expect(r.status == 64, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("--go-version"), "\(args): \(r.stderr)")
        }
    }
}
