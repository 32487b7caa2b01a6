import Foundation
import Testing
import TestSupport

/// `modgraph env` on crafted environments (two fake go binaries on PATH, a go env file, a parent
/// go.work), and `vendor-check` honouring the go env file as the real go did.
@Suite struct EnvCommandTests {
    /// Variables of the test runner's own environment that would change the answers.
    static let scrubbed = [
        "GOFLAGS", "GOWORK", "GO111MODULE", "GOENV", "XDG_CONFIG_HOME", "GOTOOLCHAIN", "GOPROXY", "GONOPROXY", "GOPRIVATE",
        "GONOSUMDB", "GOSUMDB", "GOINSECURE", "GOPATH", "GOMODCACHE", "GOBIN", "GOROOT", "GOVCS", "MODGRAPH_GO", "PWD",
    ]

    static let go: String? = {
        let candidates = [ProcessInfo.processInfo.environment["MODGRAPH_TEST_GO"], "/usr/lib/go-1.23/bin/go"]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("modgraph-env-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.resolvingSymlinksInPath()
    }

    func write(_ root: URL, _ files: [String: String]) throws {
        for (rel, text) in files {
            let url = root.appendingPathComponent(rel)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// A file that is not a program but carries Go's build information header with `version`,
    /// as a go binary does (read, never run).
    func fakeGo(at url: URL, version: String) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var bytes = [UInt8](repeating: 0x2E, count: 64)
        bytes += Array("\u{ff} Go buildinf:".unicodeScalars.map { UInt8($0.value) })
        bytes += [8, 2] + [UInt8](repeating: 0, count: 16)
        bytes += [UInt8(version.utf8.count)] + Array(version.utf8) + [0]
        bytes += [UInt8](repeating: 0x2E, count: 64)
        try Data(bytes).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    /// The crafted broken environment: an old go first on PATH (its own GOROOT), a newer one
    /// after it, GOROOT exported by hand, a go env file with a forgotten GOFLAGS=-mod=mod and a
    /// GOPROXY the environment hides, a go.work in the parent folder that does not use the
    /// module, a go line that needs a newer toolchain, and a private-looking requirement.
    func brokenEnvironment() throws -> (root: URL, env: [String: String]) {
        let root = try temporaryDirectory()
        try fakeGo(at: root.appendingPathComponent("old/bin/go"), version: "go1.19.2")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("old/pkg/tool"), withIntermediateDirectories: true)
        try fakeGo(at: root.appendingPathComponent("new/bin/go"), version: "go1.23.5")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("new/pkg/tool"), withIntermediateDirectories: true)
        try write(root, [
            "new/go.env": "GOPROXY=https://proxy.golang.org,direct\nGOSUMDB=sum.golang.org\nGOTOOLCHAIN=auto\n",
            "home/.config/go/env": "GOFLAGS=-mod=mod\nGOPROXY=https://goproxy.example.com\n",
            "ws/go.work": "go 1.21\n\nuse ./other\n",
            "ws/other/go.mod": "module example.com/other\n\ngo 1.21\n",
            "ws/mod/go.mod": "module example.com/mod\n\ngo 1.99\n\nrequire (\n\tgit.corp.internal/team/lib v1.2.0\n\texample.com/pub v1.0.0\n)\n",
        ])
        let env = [
            "PATH": root.appendingPathComponent("old/bin").path + ":" + root.appendingPathComponent("new/bin").path + ":/usr/bin:/bin",
            "HOME": root.appendingPathComponent("home").path,
            "GOROOT": root.appendingPathComponent("new").path,
            "GOPROXY": "https://proxy.golang.org,direct",
            "GOPATH": root.appendingPathComponent("new").path,
        ]
        return (root, env)
    }

    @Test func explainsACraftedBrokenEnvironment() throws {
        let (root, env) = try brokenEnvironment()
        defer { try? FileManager.default.removeItem(at: root) }
        let mod = root.appendingPathComponent("ws/mod")
        let r = try ModGraphProcess.run(["env", "--no-go", "--format", "json"], in: mod, environment: env, removing: Self.scrubbed)
        #expect(r.status == 1, "errors fail the run: \(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(doc["schemaVersion"] as? Int == 1)
        let findings = (doc["findings"] as? [[String: Any]]) ?? []
        let ids = Set(findings.compactMap { $0["id"] as? String })
        #expect(!ids.contains("env-gobin-not-on-path"), "GOPATH/bin is on PATH here")
        let expected: Set<String> = [
            "env-go-shadowed", "env-goroot-mismatch", "env-gopath-is-goroot", "env-setting-shadowed", "env-goflags-mod",
            "env-workspace-parent", "env-workspace-module-missing", "env-toolchain-switch", "env-private-not-covered",
            "env-module-load-failed",
        ]
        #expect(expected.subtracting(ids).isEmpty, "missing: \(expected.subtracting(ids).sorted()); got \(ids.sorted())")
        let binaries = (doc["goBinaries"] as? [[String: Any]]) ?? []
        #expect(binaries.compactMap { $0["version"] as? String } == ["1.19.2", "1.23.5"])
        let toolchain = doc["toolchain"] as? [String: Any]
        #expect(toolchain?["outcome"] as? String == "switch")
        // go.work's go line decides in workspace mode, as go reads it first.
        #expect(toolchain?["target"] as? String == "go1.21.0")
        let settings = (doc["settings"] as? [[String: Any]]) ?? []
        let goflags = settings.first { $0["name"] as? String == "GOFLAGS" }
        #expect(goflags?["source"] as? String == "go-env-file")
        #expect(goflags?["value"] as? String == "-mod=mod")
        let goproxy = settings.first { $0["name"] as? String == "GOPROXY" }
        #expect(goproxy?["shadowedFileValue"] as? String == "https://goproxy.example.com")
        let workspace = doc["workspace"] as? [String: Any]
        #expect(workspace?["file"] as? String == root.appendingPathComponent("ws/go.work").path)

        // The text explanation puts what is wrong first.
        let text = try ModGraphProcess.run(["env", "--no-go", "--fail-on", "never"], in: mod, environment: env, removing: Self.scrubbed)
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count > 3 && lines[2].hasPrefix("Findings ("))
        #expect(lines[3].contains("error"))
        #expect(text.stdout.contains("Which go"))
        #expect(text.stdout.contains("hidden:"))

        let md = try ModGraphProcess.run(["env", "--no-go", "--format", "markdown", "--fail-on", "never"], in: mod, environment: env, removing: Self.scrubbed)
        #expect(md.stdout.hasPrefix("## Environment: "))
        #expect(md.stdout.contains("`env-goroot-mismatch`"))
    }

    @Test func cleanFindingsForAFixedEnvironment() throws {
        let (root, crafted) = try brokenEnvironment()
        var env = crafted
        defer { try? FileManager.default.removeItem(at: root) }
        // Fix each problem: the new go first, its own GOROOT, a GOPATH of its own and on PATH,
        // no go env file, GOWORK=off, a go line it runs, GOPRIVATE covering the private host.
        env["PATH"] = root.appendingPathComponent("new/bin").path + ":" + root.appendingPathComponent("gp/bin").path + ":/usr/bin:/bin"
        env["GOROOT"] = nil
        env["GOPATH"] = root.appendingPathComponent("gp").path
        env["GOWORK"] = "off"
        env["GOPRIVATE"] = "*.corp.internal"
        try FileManager.default.removeItem(at: root.appendingPathComponent("home/.config/go/env"))
        try write(root, ["ws/mod/go.mod": "module example.com/mod\n\ngo 1.22\n\nrequire (\n\tgit.corp.internal/team/lib v1.2.0\n\texample.com/pub v1.0.0\n)\n"])
        let r = try ModGraphProcess.run(
            ["env", "--no-go", "--format", "json", "--fail-on", "note"], in: root.appendingPathComponent("ws/mod"),
            environment: env, removing: Self.scrubbed + ["GOROOT"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let ids = ((doc["findings"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
        // go.sum is absent: the only finding left.
        #expect(ids == ["env-gosum-missing"], "\(ids) \(r.stderr)")
        #expect(r.status == 1)
        let routes = (doc["routes"] as? [[String: Any]]) ?? []
        let priv = routes.first { $0["module"] as? String == "git.corp.internal/team/lib" }
        #expect(priv?["sources"] as? [String] == ["direct"])
        #expect(priv?["sumdbChecked"] as? Bool == false)
    }

    @Test func privateHintsAndSumdbFindings() throws {
        let (root, crafted) = try brokenEnvironment()
        var env = crafted
        defer { try? FileManager.default.removeItem(at: root) }
        env["GOWORK"] = "off"
        env["GOSUMDB"] = "off"
        env["GONOSUMDB"] = "example.com"
        env["GOINSECURE"] = "*.corp.internal"
        env["GOPROXY"] = "off"
        try write(root, [
            "ws/mod/go.mod": "module example.com/mod\n\ngo 1.19\n\nrequire (\n\tgit.corp.internal/team/lib v1.2.0\n\texample.com/pub v1.0.0\n\tgithub.com/acme/secret v0.1.0\n)\n",
            "cache/cache/download/example.com/pub/@v/v1.0.0.mod": "module example.com/pub\n",
        ])
        env["GOMODCACHE"] = root.appendingPathComponent("cache").path
        let r = try ModGraphProcess.run(
            ["env", "--no-go", "--format", "json", "--private", "github.com/acme"], in: root.appendingPathComponent("ws/mod"),
            environment: env, removing: Self.scrubbed)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = (doc["findings"] as? [[String: Any]]) ?? []
        let ids = Set(findings.compactMap { $0["id"] as? String })
        for id in ["env-sumdb-off", "env-insecure", "env-goproxy-off-missing"] {
            #expect(ids.contains(id), "\(id) missing from \(ids.sorted())")
        }
        let missing = findings.first { $0["id"] as? String == "env-goproxy-off-missing" }?["message"] as? String ?? ""
        #expect(missing.contains("github.com/acme/secret@v0.1.0") && !missing.contains("example.com/pub@"))
        // With GOSUMDB on, GONOSUMDB=example.com covers a public-looking module, and the hinted
        // github.com/acme module goes to the proxy and the checksum database.
        env["GOSUMDB"] = nil
        env["GOPROXY"] = nil
        let r2 = try ModGraphProcess.run(
            ["env", "--no-go", "--format", "json", "--private", "github.com/acme"], in: root.appendingPathComponent("ws/mod"),
            environment: env, removing: Self.scrubbed)
        let doc2 = try #require(try JSONSerialization.jsonObject(with: Data(r2.stdout.utf8)) as? [String: Any])
        let f2 = (doc2["findings"] as? [[String: Any]]) ?? []
        #expect(f2.contains { $0["id"] as? String == "env-nosumdb-wide" })
        let leaks = f2.filter { $0["id"] as? String == "env-private-not-covered" }.compactMap { $0["module"] as? String }.sorted()
        #expect(leaks == ["git.corp.internal/team/lib", "github.com/acme/secret"])
    }

    /// With a real go on PATH, env runs `go env -json` and agrees with it.
    @Test(.enabled(if: go != nil, "Go 1.23 not found (set MODGRAPH_TEST_GO)")) func agreesWithTheRealGo() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try write(root, [
            "home/.config/go/env": "GOPRIVATE=*.corp.example.com\nGOFLAGS=-mod=readonly\n",
            "mod/go.mod": "module example.com/mod\n\ngo 1.22\n",
            "go.work": "go 1.22\n\nuse ./mod\n",
        ])
        let goDir = URL(fileURLWithPath: Self.go!).resolvingSymlinksInPath().deletingLastPathComponent().path
        let env = [
            "PATH": goDir + ":/usr/bin:/bin", "HOME": root.appendingPathComponent("home").path,
            "GOPATH": root.appendingPathComponent("gopath").path, "GOPROXY": "off", "GOTOOLCHAIN": "local",
            "GOCACHE": root.appendingPathComponent("gocache").path,
        ]
        let r = try ModGraphProcess.run(["env", "--format", "json", "-q"], in: root.appendingPathComponent("mod"), environment: env, removing: Self.scrubbed)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stderr)")
        #expect(doc["goEnvCompared"] as? Bool == true)
        #expect((doc["disagreements"] as? [Any])?.isEmpty == true, "\(doc["disagreements"] ?? "")")
    }

    /// A go too old to hold its version inline is read from its VERSION file; a `go` that is
    /// not a Go binary has no version, and says so.
    @Test func versionsOfOldAndForeignBinaries() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let ancient = root.appendingPathComponent("ancient/bin/go")
        try FileManager.default.createDirectory(at: ancient.deletingLastPathComponent(), withIntermediateDirectories: true)
        var bytes = Array("\u{ff} Go buildinf:".unicodeScalars.map { UInt8($0.value) }) + [8, 0]
        bytes += [UInt8](repeating: 0, count: 48)
        try Data(bytes).write(to: ancient)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: ancient.path)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("ancient/pkg/tool"), withIntermediateDirectories: true)
        try write(root, ["ancient/VERSION": "go1.17.13\ntime 2022-08-01T15:12:52Z\n", "script/go": "#!/bin/sh\necho go version go9.9.9\n"])
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.appendingPathComponent("script/go").path)
        let env = [
            "PATH": root.appendingPathComponent("script").path + ":" + root.appendingPathComponent("ancient/bin").path,
            "HOME": root.appendingPathComponent("home").path,
        ]
        let r = try ModGraphProcess.run(["env", "--no-go", "--format", "json", "--fail-on", "never"], in: root, environment: env, removing: Self.scrubbed)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let binaries = (doc["goBinaries"] as? [[String: Any]]) ?? []
        #expect(binaries.count == 2)
        #expect(binaries.first?["version"] == nil)
        #expect(binaries.first?["versionSource"] as? String == "not a Go binary (no build information)")
        #expect(binaries.last?["version"] as? String == "1.17.13")
        #expect((binaries.last?["versionSource"] as? String)?.hasSuffix("/ancient/VERSION") == true)
        let ids = ((doc["findings"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
        #expect(ids.contains("env-go-version-unknown"))
    }

    /// `analyze --env` adds the Environment section to report.md and writes environment.json.
    @Test func analyzeAddsAnEnvironmentSection() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try write(root, ["home/.config/go/env": "GOFLAGS=-mod=mod\n"])
        let env = ["HOME": root.appendingPathComponent("home").path, "PATH": "/usr/bin:/bin"]
        let out = root.appendingPathComponent("out")
        let sample = RepoPaths.sample("hello").path
        let r = try ModGraphProcess.run(
            ["analyze", sample, "--env", "--no-go", "--no-svg", "-o", out.path], in: root, environment: env, removing: Self.scrubbed)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("environment: "))
        let md = try String(contentsOf: out.appendingPathComponent("hello/report.md"), encoding: .utf8)
        #expect(md.contains("## Environment: `\(URL(fileURLWithPath: sample).resolvingSymlinksInPath().path)`"))
        #expect(md.contains("`env-goflags-mod`"))
        let json = try Data(contentsOf: out.appendingPathComponent("hello/environment.json"))
        let doc = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(doc["schemaVersion"] as? Int == 1)
        // --fail-on warning now fails on the environment's warning.
        let failing = try ModGraphProcess.run(
            ["analyze", sample, "--env", "--no-go", "--no-svg", "-q", "--fail-on", "warning", "-o", out.path], in: root,
            environment: env, removing: Self.scrubbed)
        #expect(failing.status == 1)
        // Without --env: no section, no file.
        let plain = root.appendingPathComponent("plain")
        _ = try ModGraphProcess.run(["analyze", sample, "--no-go", "--no-svg", "-q", "-o", plain.path], in: root, environment: env, removing: Self.scrubbed)
        #expect(!FileManager.default.fileExists(atPath: plain.appendingPathComponent("hello/environment.json").path))
    }

    // MARK: vendor-check and the go env file

    struct VendorRun: Sendable, CustomStringConvertible {
        var dir: String
        var gomod: String
        var modulesTxt: String
        var env: [String: String]
        var files: [String: String]
        var exit: Int32
        var stderr: String
        var description: String { "\(dir) GOFLAGS env=\(env["GOFLAGS"] ?? "-") file=\(files.values.first ?? "-")" }
    }

    static let vendorRuns: [VendorRun] = {
        let url = RepoPaths.fixture("go-oracle/env/vendor.json")
        guard let data = try? Data(contentsOf: url),
            let doc = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [] }
        return ((doc["runs"] as? [[String: Any]]) ?? []).map {
            VendorRun(dir: $0["dir"] as? String ?? "", gomod: $0["gomod"] as? String ?? "", modulesTxt: $0["modulesTxt"] as? String ?? "",
                      env: $0["env"] as? [String: String] ?? [:], files: $0["files"] as? [String: String] ?? [:],
                      exit: Int32($0["exit"] as? Int ?? -1), stderr: $0["stderr"] as? String ?? "")
        }
    }()

    /// `vendor-check --format go` with GOFLAGS written only in the go env file fails exactly
    /// where the real go did, with the same message.
    @Test(arguments: vendorRuns) func vendorCheckHonoursTheGoEnvFile(_ run: VendorRun) throws {
        let work = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        func real(_ s: String) -> String { s.replacingOccurrences(of: "/WORK", with: work.path) }
        var files = [
            run.dir + "/go.mod": run.gomod, run.dir + "/vendor/modules.txt": run.modulesTxt,
            run.dir + "/vendor/example.com/pub/x.go": "package x\n",
        ]
        for (k, v) in run.files { files[k] = v }
        for (path, text) in files {
            let url = URL(fileURLWithPath: real(path))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        var env = run.env.mapValues(real)
        env["PATH"] = "/usr/bin:/bin"
        try FileManager.default.createDirectory(atPath: env["HOME"]!, withIntermediateDirectories: true)
        let r = try ModGraphProcess.run(
            ["vendor-check", "--format", "go", "--go-version", "1.23.5"], in: URL(fileURLWithPath: real(run.dir)),
            environment: env, removing: Self.scrubbed)
        #expect(r.status == (run.exit == 0 ? 0 : 1), "\(r.stderr)")
        #expect(r.stderr.replacingOccurrences(of: work.path, with: "/WORK") == run.stderr)
    }
}

/// The commands that load a folder as go does (analyze here) read GOWORK from the go env file.
@Suite struct GoEnvFileLoadingTests {
    @Test func analyzeHonoursGOWORKFromTheGoEnvFile() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("modgraph-envload-\(UUID().uuidString)").resolvingSymlinksInPath()
        defer { try? fm.removeItem(at: root) }
        let files = [
            "ws/go.work": "go 1.22\n\nuse (\n\t./a\n\t./b\n)\n",
            "ws/a/go.mod": "module example.com/a\n\ngo 1.22\n",
            "ws/b/go.mod": "module example.com/b\n\ngo 1.22\n",
        ]
        for (rel, text) in files {
            let url = root.appendingPathComponent(rel)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let home = root.appendingPathComponent("home")
        try fm.createDirectory(at: home.appendingPathComponent(".config/go"), withIntermediateDirectories: true)
        let env = ["HOME": home.path, "PATH": "/usr/bin:/bin"]
        func mainModules() throws -> [String] {
            let r = try ModGraphProcess.run(
                ["analyze", root.appendingPathComponent("ws/a").path, "--no-go", "--no-svg", "--format", "json",
                 "-o", root.appendingPathComponent("out").path, "--fail-on", "never"],
                in: root, environment: env, removing: EnvCommandTests.scrubbed)
            let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            return (doc?["mainModules"] as? [String]) ?? ["(none) \(r.stderr)"]
        }
        #expect(try mainModules() == ["example.com/a", "example.com/b"])
        try Data("GOWORK=off\n".utf8).write(to: home.appendingPathComponent(".config/go/env"))
        #expect(try mainModules() == ["example.com/a"])
    }
}
