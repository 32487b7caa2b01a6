import Foundation
import Testing
import TestSupport

/// The go command modgraph runs for missing captures never changes the analyzed repo.
///
/// Needs Go 1.23 (MODGRAPH_TEST_GO, or /usr/lib/go-1.23/bin/go): the modules come from a
/// local file:// proxy built from the samples' sources by scripts/samples/mkproxy.
@Suite(.serialized) struct LiveGoReadOnlyTests {
    static let go: String? = {
        let candidates = [ProcessInfo.processInfo.environment["MODGRAPH_TEST_GO"], "/usr/lib/go-1.23/bin/go"]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let skipReason: Comment = "Go 1.23 not found (set MODGRAPH_TEST_GO): live go tests skipped"

    func expectSame(_ a: TreeSnapshot, _ b: TreeSnapshot) {
        let differences = a.differences(to: b)
        #expect(differences.isEmpty, "the analyzed tree changed: \(differences)")
    }

    /// Runs a command to completion; returns its status.
    @discardableResult
    func sh(_ exe: String, _ args: [String], in dir: URL, env: [String: String]) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        p.currentDirectoryURL = dir
        p.environment = ProcessInfo.processInfo.environment.merging(env) { $1 }
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    /// A work folder with a file proxy of the samples' modules and a hostile go environment.
    func prepare() throws -> (work: URL, env: [String: String]) {
        let go = try #require(Self.go)
        let work = try ModGraphProcess.scratch()
        let goEnv = [
            "GOTOOLCHAIN": "local", "GOFLAGS": "", "GOPROXY": "off", "GOSUMDB": "off", "GOWORK": "off",
            "GOCACHE": work.appendingPathComponent("gocache").path,
            "GOPATH": work.appendingPathComponent("gopath").path,
            "GOMODCACHE": work.appendingPathComponent("modcache").path,
        ]
        let mkproxy = work.appendingPathComponent("mkproxy")
        let built = try sh(go, ["build", "-o", mkproxy.path, "."], in: RepoPaths.root.appendingPathComponent("scripts/samples/mkproxy"), env: goEnv)
        try #require(built == 0, "building mkproxy failed")
        let proxied = try sh(mkproxy.path, ["-src", RepoPaths.root.appendingPathComponent("scripts/samples/modules").path,
                                            "-out", work.appendingPathComponent("proxy").path], in: work, env: goEnv)
        try #require(proxied == 0, "mkproxy failed")
        var env = goEnv
        env["MODGRAPH_GO"] = go
        env["GOPROXY"] = "file://" + work.appendingPathComponent("proxy").path
        env["GOFLAGS"] = "-mod=mod"  // a user setting that would let go rewrite go.mod
        env["GONOSUMDB"] = "*"
        return (work, env)
    }

    /// A copy of a sample with its captures removed, so modgraph must run go.
    func moduleRoot(_ sample: String, in work: URL, removing extra: [String] = []) throws -> URL {
        let m = work.appendingPathComponent("repo")
        try FileManager.default.copyItem(at: RepoPaths.sample(sample), to: m)
        for f in ["graph.txt", "list.json", "meta.json", "vendor-check.txt"] + extra {
            try? FileManager.default.removeItem(at: m.appendingPathComponent(f))
        }
        return m
    }

    @Test(.enabled(if: go != nil, skipReason))
    func liveRunMatchesCapturesAndLeavesRepoUntouched() throws {
        let (work, env) = try prepare()
        defer { try? FileManager.default.removeItem(at: work) }
        let repo = try moduleRoot("hello", in: work)
        let before = try TreeSnapshot(repo)
        let live = try ModGraphProcess.run(["analyze", "repo", "--output", "out", "--no-svg"], in: work, environment: env)
        #expect(live.status == 0, "\(live.stderr)")
        #expect(live.stderr.contains("running go mod graph"))
        #expect(live.stderr.contains("running go list -m -e -json all"))
        expectSame(before, try TreeSnapshot(repo))

        // The go command's live answer gives the same report as the recorded captures.
        let captured = try ModGraphProcess.run(
            ["analyze", RepoPaths.sample("hello").path, "--output", "ref", "--name", "repo", "--no-svg", "--no-go"], in: work)
        #expect(captured.status == 0)
        // (The recorded list.json was taken with -u -retracted, which a live run does not use,
        // so findings about updates, retractions and deprecations may differ.)
        func essentials(_ url: URL) throws -> String {
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
            let kept = json.filter { ["buildList", "stats", "mainModules", "vendor", "schemaVersion"].contains($0.key) }
            return String(decoding: try JSONSerialization.data(withJSONObject: kept, options: [.sortedKeys]), as: UTF8.self)
        }
        let a = try essentials(work.appendingPathComponent("out/repo/report.json"))
        let b = try essentials(work.appendingPathComponent("ref/repo/report.json"))
        #expect(a == b)
    }

    @Test(.enabled(if: go != nil, skipReason))
    func missingGoSumIsNotWritten() throws {
        let (work, env) = try prepare()
        defer { try? FileManager.default.removeItem(at: work) }
        let repo = try moduleRoot("vendored", in: work, removing: ["go.sum"])
        let before = try TreeSnapshot(repo)
        let r = try ModGraphProcess.run(["analyze", "repo", "--output", "out", "--no-svg"], in: work, environment: env)
        #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
        expectSame(before, try TreeSnapshot(repo))
        #expect(!FileManager.default.fileExists(atPath: repo.appendingPathComponent("go.sum").path))
    }

    /// go's private copy of go.mod lives under TMPDIR; a space there must not break the run
    /// (GOFLAGS is split on spaces, so -modfile goes on the command line).
    @Test(.enabled(if: go != nil, skipReason))
    func temporaryFolderWithASpace() throws {
        var (work, env) = try prepare()
        defer { try? FileManager.default.removeItem(at: work) }
        let repo = try moduleRoot("hello", in: work)
        let tmp = work.appendingPathComponent("tmp dir with spaces")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        env["TMPDIR"] = tmp.path
        let before = try TreeSnapshot(repo)
        let r = try ModGraphProcess.run(["analyze", "repo", "--output", "out", "--no-svg"], in: work, environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("running go mod graph"))
        #expect(!r.stderr.contains("warning"), "\(r.stderr)")
        let markdown = try String(contentsOf: work.appendingPathComponent("out/repo/report.md"), encoding: .utf8)
        #expect(markdown.contains("ran `go mod graph`"))
        #expect(markdown.contains("ran `go list -m -json all`"))
        expectSame(before, try TreeSnapshot(repo))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).isEmpty, "go's scratch copy is removed")
    }
}

extension LiveGoReadOnlyTests {
    /// The parts of report.json the go command's answers decide, with the build list as path@version.
    func workspaceEssentials(_ url: URL) throws -> String {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
        var kept = json.filter { ["mainModules", "vendor", "stats"].contains($0.key) }
        kept["buildList"] = (json["buildList"] as? [[String: Any]] ?? []).map {
            "\($0["path"] as? String ?? "")@\($0["version"] as? String ?? "")"
        }
        return String(decoding: try JSONSerialization.data(withJSONObject: kept, options: [.sortedKeys]), as: UTF8.self)
    }

    /// In a workspace, go runs in workspace mode (every `use`d module is a main module) and
    /// read-only: go.work, go.work.sum and every member's go.mod and go.sum keep their bytes and
    /// times, and the answers are those go 1.23 recorded for the sample.
    @Test(.enabled(if: go != nil, skipReason))
    func workspaceRunsInWorkspaceModeAndLeavesItUntouched() throws {
        var (work, env) = try prepare()
        defer { try? FileManager.default.removeItem(at: work) }
        env["GOWORK"] = ""
        // Hostile and valid in workspace mode: a go run that kept it could not list `all`.
        env["GOFLAGS"] = "-mod=vendor"
        let repo = try moduleRoot("workspace", in: work)
        let before = try TreeSnapshot(repo)
        for file in ["go.work", "go.work.sum", "app/go.mod", "app/go.sum", "greeter/go.mod", "greeter/go.sum", "tools/go.mod"] {
            #expect(before.entries["/" + file] != nil, "the snapshot holds \(file)")
        }
        let live = try ModGraphProcess.run(["analyze", "repo", "--output", "out", "--no-svg"], in: work, environment: env)
        #expect(live.status == 0, "\(live.stderr)")
        #expect(live.stderr.contains("running go mod graph"))
        #expect(live.stderr.contains("running go list -m -e -json all"))
        #expect(!live.stderr.contains("warning"), "\(live.stderr)")
        expectSame(before, try TreeSnapshot(repo))

        let captured = try ModGraphProcess.run(
            ["analyze", RepoPaths.sample("workspace").path, "--output", "ref", "--name", "repo", "--no-svg", "--no-go"], in: work)
        #expect(captured.status == 0)
        let a = try workspaceEssentials(work.appendingPathComponent("out/repo/report.json"))
        let b = try workspaceEssentials(work.appendingPathComponent("ref/repo/report.json"))
        #expect(a == b)
        // go answered in workspace mode: the root has no go.mod, so module mode could not, and
        // the graph holds every workspace module (tools requires nothing) as in the recording.
        let report = try JSONSerialization.jsonObject(
            with: Data(contentsOf: work.appendingPathComponent("out/repo/report.json"))) as? [String: Any] ?? [:]
        #expect((report["stats"] as? [String: Any])?["graphNodes"] as? Int == 8)
        #expect(report["mainModules"] as? [String] == ["example.com/ws/app", "example.com/ws/greeter", "example.com/ws/tools"])
        let markdown = try String(contentsOf: work.appendingPathComponent("out/repo/report.md"), encoding: .utf8)
        #expect(markdown.contains("ran `go mod graph`"))
    }

    /// Without go.work.sum go wants to write one: it writes its copy's, not the workspace's.
    /// A member folder with GOWORK=off runs in module mode, against a copy of its go.mod.
    @Test(.enabled(if: go != nil, skipReason))
    func workspaceWithoutGoWorkSumAndMemberWithGoWorkOff() throws {
        var (work, env) = try prepare()
        defer { try? FileManager.default.removeItem(at: work) }
        env["GOWORK"] = ""
        env["GOFLAGS"] = "-mod=vendor"
        let repo = try moduleRoot("workspace", in: work, removing: ["go.work.sum"])
        let before = try TreeSnapshot(repo)
        let r = try ModGraphProcess.run(["analyze", "repo", "--output", "out", "--no-svg"], in: work, environment: env)
        #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("running go mod graph"))
        #expect(!r.stderr.contains("failed"), "\(r.stderr)")
        expectSame(before, try TreeSnapshot(repo))
        #expect(!FileManager.default.fileExists(atPath: repo.appendingPathComponent("go.work.sum").path))

        env["GOWORK"] = "off"
        env["GOFLAGS"] = "-mod=mod"  // as in module mode: a setting that would let go rewrite go.mod
        let member = try ModGraphProcess.run(["analyze", "repo/greeter", "--output", "member", "--no-svg"], in: work, environment: env)
        #expect(member.status == 0 || member.status == 1, "\(member.stderr)")
        #expect(member.stderr.contains("running go mod graph"))
        expectSame(before, try TreeSnapshot(repo))
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: work.appendingPathComponent("member/greeter/report.json"))) as? [String: Any] ?? [:]
        #expect(json["mainModules"] as? [String] == ["example.com/ws/greeter"])
    }
}
