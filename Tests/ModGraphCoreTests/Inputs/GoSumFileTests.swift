import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

@Suite struct GoSumFileTests {
    static let text = """
        example.com/a v1.0.0 h1:zip=
        example.com/a v1.0.0/go.mod h1:mod=

        example.com/a v1.1.0/go.mod h1:mod11=
        example.com/b v0.1.0 h2:future=
        example.com/b v0.1.0 h1:zipb=

        """

    @Test func keepsEveryLineWithItsNumber() throws {
        let sum = try GoSumFile.parse(Self.text, file: "go.sum")
        #expect(sum.lines.map(\.number) == [1, 2, 4, 5, 6])
        #expect(sum.lines[1] == .init(path: "example.com/a", version: "v1.0.0", isGoMod: true, hash: "h1:mod=", number: 2))
        #expect(sum.lines[3].algorithm == "h2")
    }

    @Test func lookups() throws {
        let sum = try GoSumFile.parse(Self.text, file: "go.sum")
        #expect(sum.hasZipHash(path: "example.com/a", version: "v1.0.0"))
        #expect(sum.hasGoModHash(path: "example.com/a", version: "v1.0.0"))
        #expect(!sum.hasZipHash(path: "example.com/a", version: "v1.1.0"))
        #expect(sum.hasGoModHash(path: "example.com/a", version: "v1.1.0"))
        #expect(!sum.hasGoModHash(path: "example.com/b", version: "v0.1.0"))
        #expect(!sum.hasZipHash(path: "example.com/c", version: "v1.0.0"))
        #expect(sum.zipHashes(path: "example.com/b", version: "v0.1.0") == ["h2:future=", "h1:zipb="])
        #expect(sum.goModHashes(path: "example.com/a", version: "v1.1.0") == ["h1:mod11="])
        #expect(sum.lines(path: "example.com/a").map(\.number) == [1, 2, 4])
    }

    @Test func emptyGoModHashIsKeptButNotCounted() throws {
        let sum = try GoSumFile.parse("example.com/a v1.0.0/go.mod \(GoSumFile.emptyGoModHash)\n", file: "go.sum")
        #expect(sum.lines.count == 1 && sum.lines[0].isIgnoredByGo)
        #expect(!sum.hasGoModHash(path: "example.com/a", version: "v1.0.0"))
    }

    @Test func fieldsAreSplitOnAnyWhiteSpace() throws {
        let line = try #require(try GoSumFile.parse(" a\tv1\u{A0}\u{2003}h1:x= \r\n", file: "go.sum").lines.first)
        #expect((line.path, line.version, line.hash) == ("a", "v1", "h1:x="))
    }

    @Test(arguments: [
        ("a v1 h1:x extra\n", 1, 4),
        ("\n\n lonely \n", 3, 1),
        ("a v1 h1:x\na v1\n", 2, 2),
    ])
    func wrongNumberOfFields(_ text: String, _ line: Int, _ count: Int) {
        #expect(throws: ParseError(file: "go.sum", line: line, message: "wrong number of fields \(count)")) {
            try GoSumFile.parse(text, file: "go.sum")
        }
    }

    @Test func invalidUTF8IsAnErrorNamingTheLine() {
        let bytes = Array("a v1 h1:x\n".utf8) + [0x62, 0xFF, 0x20] + Array("v1 h1:y\n".utf8)
        let error = #expect(throws: ParseError.self) { try GoSumFile.parse(bytes: bytes, file: "go.sum") }
        #expect(error?.line == 2)
    }

    @Test func veryLongLine() throws {
        let path = "example.com/" + String(repeating: "x", count: 1 << 20)
        let sum = try GoSumFile.parse("\(path) v1.0.0 h1:x=\n", file: "go.sum")
        #expect(sum.hasZipHash(path: path, version: "v1.0.0"))
    }
}

/// The go.sum reader against the real go 1.23 (`go list -m all` reads go.sum to check
/// the go.mod hash of example.com/a v1.0.0).
@Suite struct GoSumOracleTests {
    static let sumPath = "$WORK/main/go.sum"

    @Test(arguments: GoModOracleRecord.cases("sum"))
    func parseMatchesGoListM(_ name: String) throws {
        let record = try GoModOracleRecord.load(name)
        let run = try #require(record.run("go list -m all"))
        let bytes = try GoModOracleRecord.caseBytes(name)
        let malformed = "malformed go.sum:\n"
        if run.stderr.hasPrefix(malformed) {
            let error = try #require(throws: ParseError.self) { try GoSumFile.parse(bytes: bytes, file: Self.sumPath) }
            #expect(error.description == String(run.stderr.dropFirst(malformed.count)))
            return
        }
        let sum = try GoSumFile.parse(bytes: bytes, file: Self.sumPath)
        let found = sum.hasGoModHash(path: "example.com/a", version: "v1.0.0")
        if run.exit == 0 {
            #expect(found)
            #expect(run.stdout == "example.com/main\nexample.com/a v1.0.0")
        } else {
            #expect(!found)
            #expect(run.stderr.contains("missing go.sum entry for go.mod file"))
        }
    }
}
