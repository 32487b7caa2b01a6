import Foundation
import Testing
import TestSupport

/// `modgraph vendor-check` as a user (or CI) runs it: every format, the exit statuses, the
/// drift fixtures, the corpus and its broken copies.
@Suite struct VendorCheckCommandTests {
    static let drift = "Tests/Fixtures/vendor-drift"
    /// The variables the user's environment must not bring into these runs.
    static let cleared = ["GOFLAGS", "GOWORK", "GO111MODULE", "GOMODCACHE", "MODGRAPH_GO"]

    /// Runs `modgraph vendor-check ARGS` from the repository root, as CI would.
    static func check(_ args: [String], in directory: URL = RepoPaths.root, environment: [String: String] = [:]) throws -> ModGraphProcess.Result {
        var env = environment
        env["GOTOOLCHAIN"] = env["GOTOOLCHAIN"] ?? "local"
        env["PWD"] = directory.path
        return try ModGraphProcess.run(["vendor-check", "--go-version", "go1.23.5"] + args, in: directory, environment: env, removing: cleared)
    }

    /// The output with the repository's absolute path replaced by `$ROOT`.
    static func portable(_ text: String) -> String {
        text.replacingOccurrences(of: RepoPaths.root.path, with: "$ROOT")
    }

    // MARK: Formats (goldens)

    @Test(arguments: ["text", "json", "markdown", "sarif"])
    func driftedFixtureInEveryFormat(_ format: String) throws {
        let r = try Self.check(["\(Self.drift)/drifted", "--format", format])
        #expect(r.status == 1, "stderr: \(r.stderr)")
        #expect(r.stderr == "")
        let ext = ["text": "txt", "json": "json", "markdown": "md", "sarif": "sarif"][format]!
        let name = "vendor-check/drifted.\(ext)"
        let diff = format == "json" || format == "sarif"
            ? Golden.checkJSON(Data(Self.portable(r.stdout).utf8), against: name)
            : Golden.check(Self.portable(r.stdout), against: name)
        if let diff { Issue.record(Comment(rawValue: diff)) }
    }

    @Test(arguments: [("vendored", 0), ("multi-major", 0), ("broken-vendor", 1)] as [(String, Int32)])
    func samplesAsText(_ sample: String, _ status: Int32) throws {
        let r = try Self.check(["samples/\(sample)"])
        #expect(r.status == status, "stderr: \(r.stderr)")
        if let diff = Golden.check(Self.portable(r.stdout), against: "vendor-check/\(sample).txt") { Issue.record(Comment(rawValue: diff)) }
    }

    @Test func brokenVendorAsMarkdownQuotesTheGoCommand() throws {
        let r = try Self.check(["samples/broken-vendor", "--format", "markdown"])
        #expect(r.status == 1)
        if let diff = Golden.check(Self.portable(r.stdout), against: "vendor-check/broken-vendor.md") { Issue.record(Comment(rawValue: diff)) }
        #expect(r.stdout.contains("go: inconsistent vendoring in \(RepoPaths.sample("broken-vendor").path):"))
    }

    /// SARIF 2.1.0 as GitHub code scanning reads it: one rule per id, every result located in a
    /// file relative to the repository root, lines where there are some.
    @Test func sarifIsWellFormedForCodeScanning() throws {
        let r = try Self.check(["\(Self.drift)/drifted", "--format", "sarif"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "modgraph")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ruleIDs = rules.compactMap { $0["id"] as? String }
        #expect(Set(ruleIDs).count == ruleIDs.count)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 6)
        for result in results {
            let id = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(ruleIDs[index] == id)
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let artifact = try #require(location["artifactLocation"] as? [String: Any])
            let uri = try #require(artifact["uri"] as? String)
            #expect(uri.hasPrefix("Tests/Fixtures/vendor-drift/drifted/"), "\(uri)")
            #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
            if uri.hasSuffix("modules.txt") {
                #expect(((location["region"] as? [String: Any])?["startLine"] as? Int ?? 0) > 0)
            }
        }
    }

    // MARK: Exit statuses

    @Test func exitStatuses() throws {
        #expect(try Self.check(["\(Self.drift)/clean"]).status == 0)
        #expect(try Self.check(["\(Self.drift)/drifted", "--fail-on", "never"]).status == 0)
        #expect(try Self.check(["\(Self.drift)/drifted", "--format", "go"]).status == 0, "go itself sees nothing")
        #expect(try Self.check(["samples/vendored", "--fail-on", "note"]).status == 0)
        #expect(try Self.check(["samples/broken-vendor", "--format", "go"]).status == 1)
        #expect(try Self.check(["samples/vendored", "--go-version", "go1.22.12"]).status == 64)
        #expect(try Self.check(["samples/vendored", "--go-version", "banana"]).status == 64)
        #expect(try Self.check(["samples/vendored", "--format", "go", "--vendor-tree", "x"]).status == 64)
        #expect(try Self.check(["samples/nonexistent"]).status == 2)
        let bad = try Self.check(["\(Self.drift)/clean", "--vendor-tree", "Tests/Fixtures/vendor-drift/clean/go.mod"])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("modgraph: error: Tests/Fixtures/vendor-drift/clean/go.mod:1:1: expected `MODE TYPE OBJECT SIZE<TAB>PATH`"))
    }

    @Test func noModuleCannotRun() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let text = try Self.check([], in: work)
        #expect(text.status == 2)
        #expect(text.stderr.contains("no main module"))
        // The go command itself runs outside module mode there and exits 0.
        let go = try Self.check(["--format", "go"], in: work)
        #expect(go.status == 0)
        #expect(go.stderr == "")
        let off = try Self.check(["--format", "json"], in: work, environment: ["GO111MODULE": "off"])
        #expect(off.status == 2)
        #expect(off.stdout.contains("\"failure\" : \"list -m cannot be used with GO111MODULE=off\""))
    }

    @Test func flagsAndEnvironmentReachTheCheck() throws {
        // -mod=mod: vendor/ is not used, so not checked (a note), and drift is still reported.
        let mod = try Self.check(["samples/broken-vendor", "--mod", "mod", "--fail-on", "warning"])
        #expect(mod.stdout.contains("not checked"))
        #expect(mod.stdout.contains("[vendor-not-used]"))
        #expect(mod.stdout.contains("[vendor-version-drift]"))
        let viaGoflags = try Self.check(["samples/broken-vendor", "--format", "go"], environment: ["GOFLAGS": "-mod=mod"])
        #expect(viaGoflags.status == 0)
        #expect(viaGoflags.stderr == "")
        let badFlag = try Self.check(["samples/vendored", "--format", "go", "--mod", "bogus"])
        #expect(badFlag.status == 1)
        #expect(badFlag.stderr == "go: -mod=bogus not recognized\n" || badFlag.stderr.contains("-mod=bogus"), "\(badFlag.stderr)")
    }

    /// Without --go-version, the go on PATH names the version (its GOROOT's VERSION file); a
    /// go that modgraph does not reproduce gets a warning and the newest it knows.
    @Test func theGoOnPathNamesTheVersion() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        func fakeGo(_ version: String) throws -> String {
            let root = work.appendingPathComponent(version)
            try FileManager.default.createDirectory(at: root.appendingPathComponent("bin"), withIntermediateDirectories: true)
            try Data("\(version)\ntime 2025-01-01T00:00:00Z\n".utf8).write(to: root.appendingPathComponent("VERSION"))
            let go = root.appendingPathComponent("bin/go")
            try Data("#!/bin/sh\nexit 3\n".utf8).write(to: go)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: go.path)
            return root.appendingPathComponent("bin").path
        }
        let module = work.appendingPathComponent("m")
        try FileManager.default.createDirectory(at: module.appendingPathComponent("vendor"), withIntermediateDirectories: true)
        try Data("module example.com/m\n\ngo 1.23.4\n".utf8).write(to: module.appendingPathComponent("go.mod"))
        let base = ["PATH": try fakeGo("go1.23.2") + ":/usr/bin:/bin", "GOTOOLCHAIN": "local", "PWD": module.path]
        let found = try ModGraphProcess.run(["vendor-check", "--format", "go"], in: module, environment: base, removing: Self.cleared)
        #expect(found.stderr == "go: go.mod requires go >= 1.23.4 (running go 1.23.2; GOTOOLCHAIN=local)\n")
        #expect(found.status == 1)
        var old = base
        old["PATH"] = try fakeGo("go1.21.13") + ":/usr/bin:/bin"
        let fallback = try ModGraphProcess.run(["vendor-check", "--format", "go"], in: module, environment: old, removing: Self.cleared)
        #expect(fallback.stderr == "modgraph: warning: the go on PATH is go1.21.13; reproducing go1.23.5 (use --go-version to choose)\n")
        #expect(fallback.status == 0)
    }

    // MARK: Module cache and listings

    @Test func driftedFixtureWithAModuleCacheAndAListing() throws {
        let cache = try EndToEndModuleCache.make()
        defer { try? FileManager.default.removeItem(at: cache) }
        for extra in [[String](), ["--vendor-tree", "\(Self.drift)/drifted/vendor-tree.txt"]] {
            let r = try Self.check(["\(Self.drift)/drifted", "--modcache", cache.path, "--format", "json"] + extra)
            #expect(r.status == 1)
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            let ids = ((doc["findings"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
            #expect(ids.filter { $0.hasPrefix("vendor-file-") }.sorted() == [
                "vendor-file-extra", "vendor-file-extra", "vendor-file-missing", "vendor-file-missing", "vendor-file-modified",
            ])
            let vendor = doc["vendor"] as? [String: Any]
            #expect((vendor?["cache"] as? [String: Any])?["modulesVerified"] as? Int == 3)
        }
        // GOMODCACHE is the default cache.
        let viaEnv = try Self.check(["\(Self.drift)/clean"], environment: ["GOMODCACHE": cache.path])
        #expect(viaEnv.status == 0)
        #expect(viaEnv.stdout.contains("4 modules and 19 files compared, 4 verified against go.sum"))
    }

    // MARK: The corpus

    /// Every real corpus entry is consistent; with its `git ls-tree` listing it has no drift.
    @Test(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)), arguments: Corpus.entries)
    func corpusIsConsistent(_ entry: String) throws {
        let dir = Corpus.entry(entry)
        let go = try Self.check(["--format", "go", "--mod", "vendor"], in: dir)
        #expect(go.status == 0)
        #expect(go.stderr == "")
        let r = try Self.check([dir.path, "--vendor-tree", dir.appendingPathComponent("vendor-tree.txt").path, "--format", "json"])
        #expect(r.status == 0, "\(r.stdout)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(doc["verdict"] as? String == "consistent")
        let ids = ((doc["findings"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
        #expect(ids.allSatisfy { $0 == "vendor-build-list-unavailable" }, "\(ids)")
    }

    /// The corpus's broken copies (vendor-check-negative*.txt: a diff to modules.txt and what go
    /// printed), rebuilt on disk: the binary prints what go printed.
    @Test(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)), arguments: CorpusNegative.all)
    func corpusBrokenCopiesGetTheGoCommandsMessages(_ negative: CorpusNegative) throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let copy = work.appendingPathComponent("\(negative.entry).neg")
        try FileManager.default.createDirectory(at: copy.appendingPathComponent("vendor"), withIntermediateDirectories: true)
        let source = Corpus.entry(negative.entry)
        for file in ["go.mod", "go.sum"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: copy.appendingPathComponent(file))
        }
        let manifest = try String(contentsOf: source.appendingPathComponent("vendor/modules.txt"), encoding: .utf8)
        let patched = try #require(negative.apply(to: manifest), "the diff does not apply")
        try Data(patched.utf8).write(to: copy.appendingPathComponent("vendor/modules.txt"))
        let r = try Self.check(["--format", "go", "--mod", "vendor"], in: copy)
        let expected = negative.exitStatus == 0 ? "" : negative.output.replacingOccurrences(of: negative.recordedDirectory, with: copy.path)
        #expect(r.stderr == expected, "\(Golden.lineDiff(expected: expected, actual: r.stderr))")
        #expect(r.status == (negative.exitStatus == 0 ? 0 : 1))
    }
}

/// A module cache for the end-to-end runs: the dirhash fixture trees in go's cache layout.
enum EndToEndModuleCache {
    static func make() throws -> URL {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("modgraph-e2e-modcache-\(UUID().uuidString)")
        let modules = RepoPaths.fixture("go-oracle/dirhash/modules")
        let trees = try fm.subpathsOfDirectory(atPath: modules.path).filter { rel in
            let parts = rel.split(separator: "/")
            return parts.last!.contains("@") && !parts.dropLast().contains { $0.contains("@") }
        }
        for rel in trees {
            // Upper-case letters are escaped as '!' + lower case.
            let escaped = rel.unicodeScalars.map { ("A"..."Z").contains($0) ? "!" + String($0).lowercased() : String($0) }.joined()
            let at = escaped.lastIndex(of: "@")!
            let dir = root.appendingPathComponent(escaped)
            try fm.createDirectory(at: dir.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.copyItem(at: modules.appendingPathComponent(rel), to: dir)
            let download = root.appendingPathComponent("cache/download/\(escaped[..<at])/@v/\(escaped[escaped.index(after: at)...]).mod")
            try fm.createDirectory(at: download.deletingLastPathComponent(), withIntermediateDirectories: true)
            let path = String(rel[..<rel.lastIndex(of: "@")!])
            let goMod = (try? Data(contentsOf: dir.appendingPathComponent("go.mod"))) ?? Data("module \(path)\n".utf8)
            try goMod.write(to: download)
        }
        return root
    }
}

/// One broken copy of a corpus entry: a normal diff to vendor/modules.txt, and what
/// `go list -mod=vendor -m` printed in it.
struct CorpusNegative: Sendable, CustomStringConvertible {
    var entry: String
    var title: String
    var diff: [String]
    var output: String
    var exitStatus: Int32

    var description: String { "\(entry): \(title)" }

    /// The directory go ran in, as its message names it.
    var recordedDirectory: String {
        guard let range = output.range(of: "inconsistent vendoring in ") else { return "/nonexistent" }
        return String(output[range.upperBound...].prefix { $0 != ":" })
    }

    static let all: [CorpusNegative] = Corpus.entries.flatMap { entry -> [CorpusNegative] in
        let dir = Corpus.entry(entry)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
        return names.filter { $0.hasPrefix("vendor-check-negative") }.flatMap { name -> [CorpusNegative] in
            guard let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) else { return [] }
            return parse(entry: entry, text)
        }
    }

    static func parse(entry: String, _ text: String) -> [CorpusNegative] {
        var out: [CorpusNegative] = []
        var current: CorpusNegative?
        var inDiff = false
        var inOutput = false
        var output: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("### negative control: ") {
                current = CorpusNegative(entry: entry, title: String(line.dropFirst(22)), diff: [], output: "", exitStatus: -1)
                inDiff = false
            } else if line == "### diff:" {
                inDiff = true
            } else if line.hasPrefix("### command: ") {
                inDiff = false
                inOutput = true
                output = []
            } else if line.hasPrefix("### exit status: "), var c = current {
                c.output = output.isEmpty ? "" : output.joined(separator: "\n") + "\n"
                c.exitStatus = Int32(line.dropFirst(17)) ?? -1
                out.append(c)
                inOutput = false
            } else if inDiff {
                current?.diff.append(String(line))
            } else if inOutput {
                output.append(line)
            }
        }
        return out
    }

    /// `text` with the diff applied (`NcM`, `NdM`, `NaM` hunks); nil when it does not apply.
    func apply(to text: String) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var offset = 0
        var i = 0
        while i < diff.count {
            let header = diff[i]
            i += 1
            if header.isEmpty { continue }
            guard let opIndex = header.firstIndex(where: { "acd".contains($0) }),
                let first = Int(header[..<opIndex].split(separator: ",").first ?? "")
            else { return nil }
            let op = header[opIndex]
            var removed: [String] = []
            var added: [String] = []
            while i < diff.count, let c = diff[i].first, "<>-".contains(c) {
                if diff[i].hasPrefix("< ") { removed.append(String(diff[i].dropFirst(2))) }
                if diff[i].hasPrefix("> ") { added.append(String(diff[i].dropFirst(2))) }
                i += 1
            }
            let start = (op == "a" ? first : first - 1) + offset
            guard start >= 0, start + removed.count <= lines.count, Array(lines[start..<start + removed.count]) == removed else {
                return nil
            }
            lines.replaceSubrange(start..<start + removed.count, with: added)
            offset += added.count - removed.count
        }
        return lines.joined(separator: "\n")
    }
}
