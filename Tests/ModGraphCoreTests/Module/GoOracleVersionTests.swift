import Foundation
@testable import ModGraphCore
import Testing

/// Version ordering, validity and escaping checked against the go command's recorded answers.
@Suite("Go oracle: versions and paths")
struct GoOracleVersionTests {
    @Test("go list -m -versions: filter and order")
    func versionList() throws {
        let rows = try VersionsOracle.rows("version-list.txt")
        let served = rows.filter { $0[0] == "in" }.map { $0[1] }
        let printed = rows.filter { $0[0] == "out" }.map { $0[1] }
        #expect(served.count > 60)
        #expect(printed.count > 50)
        // The proxy protocol keeps the first field of each line; the go command drops invalid
        // versions and pseudo-versions, then sorts.
        var ours = served.compactMap { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) }
            .filter { Semver.isValid($0) && !ModuleVersion.isPseudo($0) }
        Semver.sort(&ours)
        #expect(ours == printed)
        for (a, b) in zip(printed, printed.dropFirst()) {
            let c = Semver.compare(a, b)
            #expect(c < 0 || (c == 0 && a <= b), "\(a) before \(b)")
        }
    }

    @Test("MVS selects the larger version")
    func mvsPairs() throws {
        let rows = try VersionsOracle.rows("mvs-pairs.txt")
        #expect(rows.count >= 40)
        for row in rows {
            try Self.checkPair(row, path: "example.com/pair/p")
        }
    }

    @Test("go get raises the go line to the larger Go version")
    func goPairs() throws {
        let rows = try VersionsOracle.rows("go-pairs.txt")
        #expect(rows.count >= 20)
        for row in rows {
            try Self.checkPair(row, path: "go")
            #expect(GoVersion.isValid(row[0]) && GoVersion.isValid(row[1]))
        }
    }

    /// A row `X Y SELECTED1 SELECTED2`: the same winner twice is strictly larger; else they are equal.
    private static func checkPair(_ row: [String], path: String) throws {
        try #require(row.count == 4, "\(row)")
        let (x, y, s1, s2) = (row[0], row[1], row[2], row[3])
        if x == y {
            #expect(ModuleVersion.compare(path: path, x, y) == 0)
        } else if s1 == s2 {
            let loser = s1 == x ? y : x
            #expect(s1 == x || s1 == y, "\(row)")
            #expect(ModuleVersion.compare(path: path, s1, loser) == 1, "\(s1) > \(loser)")
            #expect(ModuleVersion.compare(path: path, loser, s1) == -1, "\(loser) < \(s1)")
        } else {
            #expect(s1 == x && s2 == y, "\(row)")
            #expect(ModuleVersion.compare(path: path, x, y) == 0, "\(x) == \(y)")
            #expect(ModuleVersion.compare(path: path, y, x) == 0, "\(y) == \(x)")
        }
    }

    @Test("module paths: CheckPath verdicts, messages and escaped proxy paths")
    func modulePaths() throws {
        let rows = try VersionsOracle.rows("module-paths.txt")
        var compared = 0
        for row in rows {
            let path = row[0]
            switch row[1] {
            case "ok":
                #expect(ModulePath.check(path) == nil, "\(path)")
                let asked = VersionsOracle.percentDecoded(row[2])
                #expect(ModulePath.escape(path).map { "\($0)/@v/v1.0.0.info" } == asked, "\(path)")
                #expect(ModulePath.unescape(String(asked.dropLast("/@v/v1.0.0.info".count))) == path)
                compared += 1
            default:
                // Lines that are not CheckPath's (e.g. `...` taken as a package pattern) are not compared.
                guard let message = VersionsOracle.after("go: \(path)@v1.0.0: ", in: row[2]),
                    message.hasPrefix("malformed module path")
                else { continue }
                #expect(ModulePath.check(path) == message, "\(path)")
                #expect(ModulePath.escape(path) == nil)
                compared += 1
            }
        }
        #expect(compared >= rows.count - 1)
    }

    @Test("import paths: CheckImportPath verdicts and messages")
    func importPaths() throws {
        let rows = try VersionsOracle.rows("import-paths.txt")
        #expect(rows.count > 70)
        for row in rows {
            let path = row[0]
            if row[1] == "ok" {
                #expect(ModulePath.checkImportPath(path) == nil, "\(path)")
            } else {
                let message = VersionsOracle.after("go: -require=\(path)@v1.0.0: invalid path: ", in: row[2])
                #expect(message != nil, "\(row)")
                #expect(ModulePath.checkImportPath(path) == message, "\(path)")
            }
        }
    }

    @Test("require lines: path/version agreement and canonical versions")
    func pathVersions() throws {
        let rows = try VersionsOracle.rows("path-versions.txt")
        #expect(rows.count > 40)
        for row in rows {
            let (path, version) = (row[0], row[1])
            if row[2] == "ok" {
                #expect(ModulePath.checkVersion(path: path, version: version) == nil, "\(path) \(version)")
                #expect(ModuleVersion.canonical(version) == row[3], "\(version)")
            } else {
                let message = VersionsOracle.after("$WORK/require/go.mod:5: require \(path): ", in: row[3])
                #expect(message != nil, "\(row)")
                #expect(ModulePath.checkVersion(path: path, version: version) == message, "\(path) \(version)")
            }
        }
    }

    @Test("escaping: the proxy files the go command asks for")
    func escapes() throws {
        let rows = try VersionsOracle.rows("escapes.txt")
        #expect(rows.count >= 10)
        for row in rows {
            let (path, version) = (row[0], row[1])
            if row[2] == "ok" {
                let asked = VersionsOracle.percentDecoded(row[3])
                let parts = asked.components(separatedBy: "/@v/")
                try #require(parts.count == 2 && parts[1].hasSuffix(".info"), "\(asked)")
                let escapedVersion = String(parts[1].dropLast(".info".count))
                #expect(ModulePath.escape(path) == parts[0])
                #expect(ModulePath.escapeVersion(version) == escapedVersion)
                #expect(ModulePath.unescape(parts[0]) == path)
                #expect(ModulePath.unescapeVersion(escapedVersion) == version)
            } else {
                #expect(row[3].hasSuffix("invalid: disallowed version string"), "\(row)")
                #expect(ModulePath.escapeVersion(version) == nil, "\(version)")
            }
        }
    }

    @Test("module cache: directory and file names written by go mod download")
    func moduleCache() throws {
        let rows = try VersionsOracle.rows("module-cache.txt")
        let files = Set(rows.filter { $0[0] == "file" }.map { $0[1] })
        let downloads = rows.filter { $0[0] == "download" }
        #expect(downloads.count >= 4)
        for row in downloads {
            let (path, version) = (row[1], row[2])
            let p = try #require(ModulePath.escape(path))
            let v = try #require(ModulePath.escapeVersion(version))
            #expect(row[3] == "\(p)@\(v)")
            #expect(row[4] == "cache/download/\(p)/@v/\(v).zip")
            #expect(row[5] == "cache/download/\(p)/@v/\(v).mod")
            for file in row[3...5] { #expect(files.contains(file), "\(file)") }
            #expect(files.contains("cache/download/\(p)/@v/\(v).info"))
        }
    }
}
