import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// The go.mod parser against the real go 1.23's answers (scripts/record/modfile/record.sh).
@Suite struct GoModOracleTests {
    /// Where the recorder put each case; the go command names it so in messages.
    static let modPath = "$WORK/case/go.mod"
    static let depPath = "$WORK/main/dep/go.mod"

    /// Cases where this parser differs from go 1.23 on purpose; each is checked below instead.
    static let divergences: Set<String> = [
        "tool.mod",  // accepted as Go 1.24 does; go 1.23 says "unknown directive: tool"
        // ignore accepted as Go 1.25 does; GoSyntaxTests checks go 1.23's words through the loader
        "ignore.mod", "tool-and-ignore.mod", "unknown-directive.mod",
        "invalid-utf8.mod", "invalid-utf8-comment.mod",  // go reads bad bytes as U+FFFD; inputs must be UTF-8 here
        "nul.mod",  // InputText refuses NUL as binary data; go: unexpected input character '\x00'
    ]

    @Test func thereAreEnoughCases() {
        #expect(GoModOracleRecord.cases("mod").count >= 40)
        #expect(GoModOracleRecord.cases("lax").count >= 8)
    }

    @Test(arguments: GoModOracleRecord.cases("mod").filter { !GoModOracleTests.divergences.contains($0) })
    func strictParseMatchesGoModEdit(_ name: String) throws {
        let record = try GoModOracleRecord.load(name)
        let json = try #require(record.run("go mod edit -json"))
        let input = try InputText(bytes: try GoModOracleRecord.caseBytes(name), file: Self.modPath)
        let errors = GoModFile.errors(in: input)
        if json.exit == 0 {
            #expect(errors.isEmpty, "go accepted \(name); we said: \(errors.map(\.description))")
            let file = try GoModFile.parse(input)
            let expected = try JSONDecoder().decode(GoModJSON.self, from: Data(json.stdout.utf8))
            #expect(GoModJSON(file) == expected)
            let printed = try #require(record.run("go mod edit -print"))
            #expect(file.godebug.map { "\($0.key)=\($0.value)" }
                == GoModOracleRecord.godebugLines(inPrintedFile: printed.stdout))
        } else {
            let header = "go: errors parsing go.mod:\n"
            #expect(json.stderr.hasPrefix(header))
            let goErrors = String(json.stderr.dropFirst(header.count))
            #expect(errors.map(GoModOracleRecord.goText).joined(separator: "\n") == goErrors)
            if let first = errors.first {
                #expect(throws: first) { try GoModFile.parse(input) }
            }
        }
    }

    @Test func toolIsAcceptedAsInGo124() throws {
        let record = try GoModOracleRecord.load("tool.mod")
        #expect(try #require(record.run("go mod edit -json")).stderr.contains("go.mod:5: unknown directive: tool"))
        let file = try GoModFile.parse(bytes: try GoModOracleRecord.caseBytes("tool.mod"), file: "go.mod")
        #expect(file.tool.map(\.path) == ["example.com/cmd/gen", "example.com/cmd/a"])
        #expect(file.tool.map(\.line) == [5, 8])
    }

    @Test(arguments: [("invalid-utf8.mod", 1, 21), ("invalid-utf8-comment.mod", 1, 8)])
    func invalidUTF8IsAnErrorAtItsPosition(_ name: String, _ line: Int, _ column: Int) throws {
        let record = try GoModOracleRecord.load(name)
        #expect(try #require(record.run("go mod edit -json")).exit == 0)  // go reads it as U+FFFD
        let error = try #require(throws: ParseError.self) {
            try GoModFile.parse(bytes: try GoModOracleRecord.caseBytes(name), file: "go.mod")
        }
        #expect((error.line, error.column) == (line, column))
        #expect(error.message.hasPrefix("invalid UTF-8"))
    }

    @Test func nulIsAnErrorWhereGoReportsIt() throws {
        let record = try GoModOracleRecord.load("nul.mod")
        let stderr = try #require(record.run("go mod edit -json")).stderr
        #expect(stderr.contains("go.mod:1:21: unexpected input character '\\x00'"))
        let error = try #require(throws: ParseError.self) {
            try GoModFile.parse(bytes: try GoModOracleRecord.caseBytes("nul.mod"), file: "go.mod")
        }
        #expect((error.line, error.column) == (1, 21))
    }

    /// A dependency's go.mod, which go reads in lax mode: its edges in `go mod graph` are its
    /// requirements in file order and `go@V` for its go line.
    @Test(arguments: GoModOracleRecord.cases("lax"))
    func laxParseMatchesGoModGraph(_ name: String) throws {
        let record = try GoModOracleRecord.load(name)
        let graph = try #require(record.run("go mod graph"))
        let input = try InputText(bytes: try GoModOracleRecord.caseBytes(name), file: Self.depPath)
        let errors = GoModFile.errors(in: input, mode: .lax)
        if graph.exit == 0 {
            #expect(errors.isEmpty, "go accepted \(name); we said: \(errors.map(\.description))")
            let file = try GoModFile.parse(input, mode: .lax)
            let edges = graph.stdout.split(separator: "\n").compactMap { line -> String? in
                let f = line.split(separator: " ")
                return f.count == 2 && f[0] == "example.com/dep@v1.0.0" ? String(f[1]) : nil
            }
            var ours = file.require.map { "\($0.path)@\($0.version)" }
            if let go = file.go { ours.append("go@\(go.version)") }
            #expect(ours == edges)
        } else {
            let prefix = "go: example.com/dep@v1.0.0 (replaced by ./dep): parsing dep/go.mod: "
            #expect(graph.stderr.hasPrefix(prefix))
            let goErrors = String(graph.stderr.dropFirst(prefix.count))
            #expect(errors.map(GoModOracleRecord.goText).joined(separator: "\n") == goErrors)
        }
    }
}

/// `go mod edit -json` output (Go 1.23 prints no godebug or tool entries).
struct GoModJSON: Decodable, Equatable, CustomStringConvertible {
    struct ModuleJSON: Decodable, Equatable {
        var Path: String
        var Deprecated: String?
    }

    struct RequirementJSON: Decodable, Equatable {
        var Path: String
        var Version: String
        var Indirect: Bool?
    }

    struct VersionJSON: Decodable, Equatable {
        var Path: String
        var Version: String?
    }

    struct ReplacementJSON: Decodable, Equatable {
        var Old: VersionJSON
        var New: VersionJSON
    }

    struct RetractionJSON: Decodable, Equatable {
        var Low: String
        var High: String
        var Rationale: String?
    }

    var Module: ModuleJSON
    var Go: String?
    var Toolchain: String?
    var Require: [RequirementJSON]?
    var Exclude: [VersionJSON]?
    var Replace: [ReplacementJSON]?
    var Retract: [RetractionJSON]?

    /// The same view of a parsed file, with go's empty-means-absent conventions.
    ///
    /// `go mod edit` runs `Cleanup` before printing, which drops the entries with an empty
    /// module path (`require "" v1.0.0` parses, but is treated as deleted).
    init(_ f: GoModFile) {
        func nonEmpty<T>(_ a: [T]) -> [T]? { a.isEmpty ? nil : a }
        Module = ModuleJSON(Path: f.module?.path ?? "", Deprecated: f.module?.deprecated)
        Go = f.go?.version
        Toolchain = f.toolchain?.name
        var f = f
        f.require.removeAll { $0.path.isEmpty }
        f.exclude.removeAll { $0.path.isEmpty }
        f.replace.removeAll { $0.oldPath.isEmpty }
        f.retract.removeAll { $0.low.isEmpty && $0.high.isEmpty }
        Require = nonEmpty(f.require.map { .init(Path: $0.path, Version: $0.version, Indirect: $0.indirect ? true : nil) })
        Exclude = nonEmpty(f.exclude.map { .init(Path: $0.path, Version: $0.version) })
        Replace = nonEmpty(f.replace.map {
            .init(Old: .init(Path: $0.oldPath, Version: $0.oldVersion), New: .init(Path: $0.newPath, Version: $0.newVersion))
        })
        Retract = nonEmpty(f.retract.map {
            .init(Low: $0.low, High: $0.high, Rationale: $0.rationale.isEmpty ? nil : $0.rationale)
        })
    }

    var description: String {
        var lines = ["module \(Module.Path) deprecated=\(Module.Deprecated ?? "-")", "go \(Go ?? "-")", "toolchain \(Toolchain ?? "-")"]
        lines += (Require ?? []).map { "require \($0.Path) \($0.Version)\($0.Indirect == true ? " indirect" : "")" }
        lines += (Exclude ?? []).map { "exclude \($0.Path) \($0.Version ?? "")" }
        lines += (Replace ?? []).map { "replace \($0.Old.Path) \($0.Old.Version ?? "-") => \($0.New.Path) \($0.New.Version ?? "-")" }
        lines += (Retract ?? []).map { "retract [\($0.Low), \($0.High)] \(($0.Rationale ?? "").debugDescription)" }
        return lines.joined(separator: "\n")
    }
}
