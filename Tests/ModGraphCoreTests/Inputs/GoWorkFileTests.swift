import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

@Suite struct GoWorkFileTests {
    func parse(_ text: String) throws -> GoWorkFile {
        try GoWorkFile.parse(text, file: "go.work")
    }

    func errors(_ text: String) throws -> [String] {
        GoWorkFile.errors(in: try InputText(text, file: "go.work")).map(\.description)
    }

    @Test func readsEveryDirective() throws {
        let w = try parse("""
            go 1.23
            toolchain go1.23.1
            godebug a=b
            godebug (
            \tc=d // comment
            )
            use ./a
            use (
            \t./b // example.com/b
            \t"../c d"
            )
            replace example.com/x v1 => ./x
            replace (
            \texample.com/y => example.com/z v1.2
            )

            """)
        #expect(w.go == .init(version: "1.23", line: 1, column: 1))
        #expect(w.toolchain == .init(name: "go1.23.1", line: 2, column: 1))
        #expect(w.godebug == [.init(key: "a", value: "b", line: 3, column: 1), .init(key: "c", value: "d", line: 5, column: 2)])
        #expect(w.use == [.init(path: "./a", line: 7, column: 1), .init(path: "./b", line: 9, column: 2), .init(path: "../c d", line: 10, column: 2)])
        #expect(w.replace == [
            .init(oldPath: "example.com/x", oldVersion: "v1.0.0", newPath: "./x", line: 12, column: 1),
            .init(oldPath: "example.com/y", newPath: "example.com/z", newVersion: "v1.2.0", line: 14, column: 2),
        ])
    }

    @Test func emptyFileIsAnEmptyWorkspace() throws {
        let w = try parse("")
        #expect(w.go == nil && w.use.isEmpty && w.replace.isEmpty)
    }

    @Test func goModDirectivesAreUnknown() throws {
        #expect(try errors("module x\nrequire a v1.0.0\ntool x\n") == [
            "go.work:1:1: unknown directive: module",
            "go.work:2:1: unknown directive: require",
            "go.work:3:1: unknown directive: tool",
        ])
    }

    @Test func useAndBlockErrors() throws {
        #expect(try errors("use\nuse a b\nuse \"a\\q\"\nuse a'b\ngo (\n)\nuse x (\n)\n") == [
            "go.work:1:1: usage: use local/dir",
            "go.work:2:1: usage: use local/dir",
            "go.work:3:1: invalid quoted string: invalid syntax",
            "go.work:4:1: invalid quoted string: unquoted string cannot contain quote",
            "go.work:5:1: unknown block type: go",
            "go.work:7:1: unknown block type: use x",
        ])
    }

    @Test func lexicalErrorsAreFatal() throws {
        #expect(try errors("foo\nuse \"./a\n") == ["go.work:2:9: unexpected newline in string"])
        #expect(throws: ParseError(file: "go.work", line: 3, column: 1, message: "syntax error (unterminated block started at go.work:1:1)")) {
            try parse("use (\n\t./a\n")
        }
    }
}

/// The go.work parser against the real go 1.23's `go work edit -json` and `-print`.
@Suite struct GoWorkOracleTests {
    @Test func thereAreEnoughCases() {
        #expect(GoModOracleRecord.cases("work").count >= 8)
    }

    @Test(arguments: GoModOracleRecord.cases("work"))
    func parseMatchesGoWorkEdit(_ name: String) throws {
        let record = try GoModOracleRecord.load(name)
        let json = try #require(record.run("go work edit -json"))
        // go work edit names the file go.work (relative) in its messages.
        let input = try InputText(bytes: try GoModOracleRecord.caseBytes(name), file: "go.work")
        let errors = GoWorkFile.errors(in: input)
        if json.exit == 0 {
            #expect(errors.isEmpty, "go accepted \(name); we said: \(errors.map(\.description))")
            let w = try GoWorkFile.parse(input)
            let expected = try JSONDecoder().decode(GoWorkJSON.self, from: Data(json.stdout.utf8))
            #expect(GoWorkJSON(w) == expected)
            let printed = try #require(record.run("go work edit -print")).stdout
            #expect(w.toolchain?.name == GoModOracleRecord.toolchain(inPrintedFile: printed))
            #expect(w.godebug.map { "\($0.key)=\($0.value)" } == GoModOracleRecord.godebugLines(inPrintedFile: printed))
        } else {
            let header = "go: errors parsing go.work:\nerrors parsing go.work:\n"
            #expect(json.stderr.hasPrefix(header))
            let goErrors = String(json.stderr.dropFirst(header.count))
            #expect(errors.map(GoModOracleRecord.goText).joined(separator: "\n") == goErrors)
        }
    }
}

/// `go work edit -json` output (Go 1.23 prints neither the toolchain nor godebug).
struct GoWorkJSON: Decodable, Equatable {
    struct UseJSON: Decodable, Equatable {
        var DiskPath: String
    }

    var Go: String?
    var Use: [UseJSON]?
    var Replace: [GoModJSON.ReplacementJSON]?

    init(_ w: GoWorkFile) {
        Go = w.go?.version
        Use = w.use.isEmpty ? nil : w.use.map { UseJSON(DiskPath: $0.path) }
        let replace = w.replace.filter { !$0.oldPath.isEmpty }
        Replace = replace.isEmpty ? nil : replace.map {
            .init(Old: .init(Path: $0.oldPath, Version: $0.oldVersion), New: .init(Path: $0.newPath, Version: $0.newVersion))
        }
    }
}
