import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// `tool` (Go 1.24) and `ignore` (Go 1.25) accepted or rejected by the go version the loader
/// reproduces, in the one place every command loads through; rejected with go 1.23.5's words
/// (scripts/record/modfile/record.sh: tool.mod, ignore.mod, tool-and-ignore.mod).
@Suite struct GoSyntaxTests {
    static let cases = ["tool.mod", "ignore.mod", "tool-and-ignore.mod"]

    /// A scratch module whose go.mod is the recorded case.
    func folder(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gosyntax-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(try GoModOracleRecord.caseBytes(name)).write(to: dir.appendingPathComponent("go.mod"))
        return dir
    }

    /// go 1.23.5's `go list -m` stderr for the case, keeping only the lines about `verbs`.
    func goWords(_ name: String, about verbs: Set<String>) throws -> String {
        let record = try GoModOracleRecord.load(name)
        let stderr = try #require(record.run("go list -m")).stderr
        let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let kept = lines.filter { line in
            !line.hasPrefix("go.mod:") || verbs.contains { line.hasSuffix("unknown directive: \($0)") || line.hasSuffix("unknown block type: \($0)") }
        }
        return kept.joined(separator: "\n")
    }

    @Test func versionsDecideTheDirectives() {
        #expect(GoSyntax.unknownDirectives(goVersion: "1.23.5") == ["tool", "ignore"])
        // A release candidate has its release's syntax (go1.24rc1's modfile knows tool).
        #expect(GoSyntax.unknownDirectives(goVersion: "1.24rc1") == ["ignore"])
        #expect(GoSyntax.unknownDirectives(goVersion: "1.24") == ["ignore"])
        #expect(GoSyntax.unknownDirectives(goVersion: "1.24.0") == ["ignore"])
        #expect(GoSyntax.unknownDirectives(goVersion: "1.25.0") == [])
        #expect(GoSyntax.problem(with: "go1.24.0") == nil)
        #expect(GoSyntax.problem(with: "1.25") == nil)
        #expect(GoSyntax.problem(with: "go1.22.9") != nil)
        #expect(GoSyntax.problem(with: "go1.26.0") != nil)
        #expect(GoSyntax.problem(with: "latest") != nil)
    }

    @Test(arguments: cases, ["1.23.5", "1.24.0", "1.25.0"])
    func loaderAndVendorCheckAgree(name: String, version: String) throws {
        let dir = try folder(name)
        defer { try? FileManager.default.removeItem(at: dir) }
        var inputs = try InputSet.load(root: dir.path)
        inputs.goVersion = version
        let unknown = GoSyntax.unknownDirectives(goVersion: version)
        let bytes = String(decoding: try GoModOracleRecord.caseBytes(name), as: UTF8.self)
        let used = Set(["tool", "ignore"].filter { verb in bytes.split(separator: "\n").contains { $0.hasPrefix(verb + " ") } })
        let rejected = used.intersection(unknown)
        let vendorCheck = VendorConsistency.check(directory: dir.resolvingSymlinksInPath().path, goVersion: version)
        if rejected.isEmpty {
            let load = try ModuleLoad.load(inputs)
            #expect(load.goMod?.tool.isEmpty == !used.contains("tool"))
            #expect(load.goMod?.ignore.isEmpty == !used.contains("ignore"))
            #expect(!vendorCheck.stderr.contains("unknown"), "\(vendorCheck.stderr)")
        } else {
            let expected = try goWords(name, about: rejected)
            #expect(throws: ParseError(file: dir.path, message: expected)) { try ModuleLoad.load(inputs) }
            #expect(vendorCheck.stderr == expected + "\n")
        }
    }

    /// Other errors stay where they are: go 1.23.5 names them with the unknown `ignore` line, in
    /// line order; go 1.25 leaves out only that line.
    @Test(arguments: ["1.23.5", "1.24.0", "1.25.0"])
    func otherErrorsStayAroundTheDirective(version: String) throws {
        let dir = try folder("unknown-directive.mod")
        defer { try? FileManager.default.removeItem(at: dir) }
        let record = try GoModOracleRecord.load("unknown-directive.mod")
        var expected = try #require(record.run("go list -m")).stderr
        #expect(expected.hasSuffix("go.mod:5: unknown directive: ignore"))
        if version == "1.25.0" { expected = String(expected.dropLast("\ngo.mod:5: unknown directive: ignore".count)) }
        let check = VendorConsistency.check(directory: dir.resolvingSymlinksInPath().path, goVersion: version)
        #expect(check.stderr == expected + "\n")
        var inputs = try InputSet.load(root: dir.path)
        inputs.goVersion = version
        #expect(throws: ParseError(file: dir.path, message: expected)) { try ModuleLoad.load(inputs) }
    }

    @Test func ignoreFollowsToolsRule() throws {
        let file = try GoModFile.parse(bytes: try GoModOracleRecord.caseBytes("ignore.mod"), file: "go.mod")
        #expect(file.ignore.map(\.path) == ["./node_modules", "./testdata/big", "./with space"])
        #expect(file.ignore.map(\.line) == [5, 8, 9])
        let two = GoModFile.errors(in: try InputText("module m\nignore a b\n", file: "go.mod"))
        #expect(two.map(\.description) == ["go.mod:2:1: ignore directive expects exactly one argument"])
        let tool = GoModFile.errors(in: try InputText("module m\ntool a b\n", file: "go.mod"))
        #expect(tool.map(\.description) == ["go.mod:2:1: tool directive expects exactly one argument"])
    }
}
