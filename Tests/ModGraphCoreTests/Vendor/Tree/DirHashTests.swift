import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// `DirHash` against hashes the real go command computed: the recorded dirhash fixtures
/// (scripts/record/dirhash/record.sh) and the go.sum files of the recorded samples.
@Suite struct DirHashTests {
    /// One go.sum line the go command wrote.
    struct Recorded: Sendable, CustomStringConvertible {
        var path: String
        var version: String
        var goMod: Bool
        var hash: String
        var description: String { "\(path) \(version)\(goMod ? "/go.mod" : "")" }
    }

    static let oracle = RepoPaths.fixture("go-oracle/dirhash")

    static let recorded: [Recorded] = {
        guard let text = try? String(contentsOf: oracle.appendingPathComponent("expected.txt"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let f = line.split(separator: " ")
            guard f.count == 3 else { return nil }
            let goMod = f[1].hasSuffix("/go.mod")
            return Recorded(
                path: String(f[0]), version: String(goMod ? f[1].dropLast(7) : f[1]), goMod: goMod, hash: String(f[2]))
        }
    }()

    /// The go.mod the proxy served: the tree's own, or `module PATH\n` when it has none.
    static func goModBytes(tree: URL, path: String) -> [UInt8] {
        if let data = try? Data(contentsOf: tree.appendingPathComponent("go.mod")) { return [UInt8](data) }
        return Array("module \(path)\n".utf8)
    }

    @Test func fixturesAreRecorded() {
        #expect(Self.recorded.count == 10)
    }

    @Test(arguments: recorded)
    func matchesTheGoCommand(_ r: Recorded) throws {
        let tree = Self.oracle.appendingPathComponent("modules/\(r.path)@\(r.version)")
        if r.goMod {
            #expect(DirHash.hashGoMod(Self.goModBytes(tree: tree, path: r.path)) == r.hash)
        } else {
            #expect(try DirHash.hashDirectory(tree.path, prefix: "\(r.path)@\(r.version)") == r.hash)
        }
    }

    /// Every go.sum line of the recorded samples whose module tree is in scripts/samples/modules.
    @Test func matchesTheSamplesGoSums() throws {
        let modules = RepoPaths.root.appendingPathComponent("scripts/samples/modules")
        var checked = 0
        for sample in ["hello", "vendored", "broken-vendor", "multi-major"] {
            let sum = try GoSumFile.parse(
                String(contentsOf: RepoPaths.sample(sample).appendingPathComponent("go.sum"), encoding: .utf8), file: "go.sum")
            for line in sum.lines {
                let tree = modules.appendingPathComponent("\(line.path)@\(line.version)")
                guard FileManager.default.fileExists(atPath: tree.path) else { continue }
                let actual = line.isGoMod
                    ? DirHash.hashGoMod(Self.goModBytes(tree: tree, path: line.path))
                    : try DirHash.hashDirectory(tree.path, prefix: "\(line.path)@\(line.version)")
                #expect(actual == line.hash, "\(sample)/go.sum:\(line.number) \(line.path) \(line.version)")
                checked += 1
            }
        }
        #expect(checked >= 30, "go.sum lines checked: \(checked)")
    }

    @Test func namesAreSortedAsBytes() throws {
        // "a-b" < "a.b" < "a/b" < "a0" < "Z" in bytes is not the order of every collation.
        let names = ["a0", "a/b", "Z", "a.b", "a-b", "\u{F900}", "\u{8C48}"]
        let contents = { (name: String) throws(DirHash.Failure) -> [UInt8] in Array(name.utf8) }
        var summary = ""
        for n in ["Z", "a-b", "a.b", "a/b", "a0", "\u{8C48}", "\u{F900}"] {
            summary += Hashing.sha256Hex(Array(n.utf8)) + "  " + n + "\n"
        }
        let expected = "h1:" + DirHash.base64(
            Array(Hashing.sha256Hex(Array(summary.utf8)).utf8).chunked2().map { UInt8($0, radix: 16)! })
        #expect(try DirHash.hash1(names: names, contents: contents) == expected)
    }

    @Test func refusesNewlinesInNames() {
        #expect(throws: DirHash.Failure.self) {
            try DirHash.hash1(names: ["a\nb"]) { _ throws(DirHash.Failure) in [] }
        }
    }

    @Test func missingDirectoryIsAnError() {
        #expect(throws: DirHash.Failure.self) {
            try DirHash.hashDirectory("/nonexistent/modgraph-dirhash", prefix: "x@v1.0.0")
        }
    }

    @Test(arguments: [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")])
    func base64MatchesRFC4648(_ input: String, _ expected: String) {
        #expect(DirHash.base64(Array(input.utf8)) == expected)
    }

    @Test func gitBlobIDMatchesGit() {
        // `printf 'hello\n' | git hash-object --stdin` and the empty blob.
        #expect(Hashing.gitBlobID(Array("hello\n".utf8)) == "ce013625030ba8dba906f756967f9e9ca394464a")
        #expect(Hashing.gitBlobID([]) == "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391")
    }
}

extension Array where Element == UInt8 {
    /// Pairs of hex digits as strings.
    fileprivate func chunked2() -> [String] {
        stride(from: 0, to: count, by: 2).map { String(decoding: self[$0..<Swift.min($0 + 2, count)], as: UTF8.self) }
    }
}
