import Foundation
@testable import ModGraphCore
import Testing

/// Each finding of `EnvironmentCheck` on a crafted environment, and the module cache check
/// (`go mod verify`) on a crafted cache.
@Suite struct EnvironmentFindingsTests {
    static let goroot = "/opt/go"
    static let go = EnvironmentReport.GoBinary(
        path: "/opt/go/bin/go", resolved: "/opt/go/bin/go", version: "1.23.5", versionSource: "buildinfo", goroot: goroot)
    static let gorootFile = GoEnvFile(
        path: "/opt/go/go.env", bytes: Array("GOPROXY=https://proxy.golang.org,direct\nGOSUMDB=sum.golang.org\nGOTOOLCHAIN=auto\n".utf8))

    func ids(
        env: [String: String] = [:], files: [String: String] = ["/m/go.mod": "module example.com/m\n\ngo 1.22\n"],
        binaries: [EnvironmentReport.GoBinary] = [go], userFile: String? = nil, buildList: BuildList? = nil,
        cwd: String = "/m"
    ) -> [String] {
        var base = ["HOME": "/home/u", "PATH": "/opt/go/bin:/home/u/go/bin"]
        for (k, v) in env { base[k] = v }
        var vfiles = VendorCheckFiles()
        for (p, t) in files { vfiles.addFile(p, text: t) }
        let input = EnvironmentInput(
            directory: cwd, environment: base, userEnvFile: userFile.map { GoEnvFile(path: "/home/u/.config/go/env", bytes: Array($0.utf8)) },
            gorootEnvFile: Self.gorootFile, goBinaries: binaries, files: vfiles, buildList: buildList)
        return EnvironmentCheck.run(input).findings.map(\.id)
    }

    @Test func aCleanEnvironmentHasNoFinding() {
        #expect(ids() == [])
    }

    @Test func whichGo() {
        #expect(ids(binaries: []).contains("env-go-missing"))
        var unknown = Self.go
        unknown.version = nil
        unknown.versionSource = "not a Go binary (no build information)"
        #expect(ids(binaries: [unknown]).contains("env-go-version-unknown"))
        var old = Self.go
        old.path = "/usr/local/bin/go"
        old.resolved = old.path
        old.version = "1.19.2"
        #expect(ids(binaries: [old, Self.go]).contains("env-go-shadowed"))
        #expect(!ids(binaries: [Self.go, old]).contains("env-go-shadowed"))
        #expect(ids(env: ["GOROOT": "/usr/lib/go-1.19"]).contains("env-goroot-mismatch"))
        #expect(ids(userFile: "GOROOT=/usr/lib/go-1.19\n").contains("env-goroot-mismatch"))
        #expect(!ids(env: ["GOROOT": "/opt/go"]).contains("env-goroot-mismatch"))
        #expect(ids(env: ["GOPATH": "/opt/go"]).contains("env-gopath-is-goroot"))
        #expect(ids(env: ["GOPATH": "relative/gopath"]).contains("env-gopath-relative"))
        #expect(ids(env: ["GOPATH": "~/go"]).contains("env-gopath-relative"))
        #expect(ids(env: ["GOPATH": "/opt/go/work"]).contains("env-gopath-in-goroot"))
        #expect(ids(env: ["PATH": "/opt/go/bin"]).contains("env-gobin-not-on-path"))
        #expect(ids(env: ["PATH": "/opt/go/bin:/b", "GOBIN": "/b"]) == [])
    }

    @Test func settingsShadowing() {
        #expect(ids(env: ["GOPROXY": "direct"], userFile: "GOPROXY=https://p.example.com\n").contains("env-setting-shadowed"))
        // An empty variable does not hide the file.
        #expect(!ids(env: ["GOPROXY": ""], userFile: "GOPROXY=https://p.example.com\n").contains("env-setting-shadowed"))
    }

    @Test func moduleAndVendorMode() {
        #expect(ids(env: ["GO111MODULE": "off"]).contains("env-gopath-mode"))
        #expect(ids(env: ["GO111MODULE": "maybe"]).contains("env-go111module-invalid"))
        #expect(ids(userFile: "GOFLAGS=-mod=mod\n").contains("env-goflags-mod"))
        #expect(ids(env: ["GOFLAGS": "-mod=vendor"]).contains("env-goflags-mod"))
        #expect(!ids(env: ["GOFLAGS": "-mod=readonly"]).contains("env-goflags-mod"))
        #expect(ids(env: ["GOFLAGS": "'-mod=vendor"]) == ["env-goflags-invalid"])
        #expect(ids(env: ["GOFLAGS": "-mod=bogus"]) == ["env-module-load-failed"])
        #expect(ids(env: ["GOFLAGS": "mod=vendor"]).contains("env-goflags-invalid"))
        #expect(ids(files: ["/m/go.mod": "module example.com/m\n\ngo 1.22\nrequire (\n"]).contains("env-module-load-failed"))
    }

    @Test func workspace() {
        let files = [
            "/w/go.work": "go 1.22\n\nuse ./m\n", "/w/m/go.mod": "module example.com/m\n\ngo 1.22\n",
            "/w/n/go.mod": "module example.com/n\n\ngo 1.22\n",
        ]
        let inM = ids(files: files, cwd: "/w/m")
        #expect(inM.contains("env-workspace-parent"))
        #expect(!inM.contains("env-workspace-module-missing"))
        #expect(ids(files: files, cwd: "/w/n").contains("env-workspace-module-missing"))
        #expect(!ids(env: ["GOWORK": "off"], files: files, cwd: "/w/n").contains("env-workspace-module-missing"))
        #expect(ids(env: ["GOWORK": "rel/go.work"], files: files, cwd: "/w/m").contains("env-gowork-invalid"))
        // A go.work beside go.mod is chosen, not a parent's surprise.
        let beside = ["/m/go.work": "go 1.22\n\nuse .\n", "/m/go.mod": "module example.com/m\n\ngo 1.22\n"]
        #expect(ids(files: beside) == [])
    }

    @Test func toolchain() {
        let newer = ["/m/go.mod": "module example.com/m\n\ngo 1.99\n"]
        #expect(ids(env: ["GOTOOLCHAIN": "local"], files: newer).contains("env-toolchain-refused"))
        #expect(ids(files: newer).contains("env-toolchain-switch"))
        #expect(ids(env: ["GOTOOLCHAIN": "path"], files: newer).contains("env-toolchain-refused"))
    }

    static func buildList(_ paths: [String]) -> BuildList {
        BuildList(
            mainModules: ["example.com/m"], modules: paths.map { SelectedModule(path: $0, version: "v1.0.0", indirect: false) },
            source: .list)
    }

    @Test func routing() {
        let list = Self.buildList(["example.com/pub", "git.corp.internal/lib", "10.1.2.3/repo/x"])
        let sums = ["/m/go.mod": "module example.com/m\n\ngo 1.22\n"]
        let plain = ids(files: sums, buildList: list)
        #expect(plain.filter { $0 == "env-private-not-covered" }.count == 2)
        #expect(!ids(env: ["GOPRIVATE": "*.internal,10.1.2.3"], files: sums, buildList: list).contains("env-private-not-covered"))
        #expect(ids(env: ["GOPROXY": ","], files: sums, buildList: list).contains("env-goproxy-invalid"))
        #expect(ids(env: ["GOSUMDB": "off"], files: sums, buildList: list).contains("env-sumdb-off"))
        #expect(ids(env: ["GONOSUMDB": "example.com"], files: sums, buildList: list).contains("env-nosumdb-wide"))
        #expect(ids(env: ["GOINSECURE": "example.com"], files: sums, buildList: list).contains("env-insecure"))
        // GOPROXY=off is only a problem with a module cache that lacks modules.
        #expect(!ids(env: ["GOPROXY": "off"], files: sums, buildList: list).contains("env-goproxy-off-missing"))
    }

    @Test func looksPrivate() {
        for p in ["corp/lib", "git.corp.internal/x", "svc.local/a", "192.168.1.4/x", "172.20.0.1/y", "example.test/z"] {
            #expect(EnvironmentCheck.looksPrivate(p, hints: ""), "\(p)")
        }
        for p in ["github.com/a/b", "golang.org/x/mod", "example.com/pub", "172.40.0.1/y"] {
            #expect(!EnvironmentCheck.looksPrivate(p, hints: ""), "\(p)")
        }
        #expect(EnvironmentCheck.looksPrivate("github.com/acme/secret", hints: "github.com/acme"))
    }

    // MARK: Checksums and the module cache

    @Test func goSumCoverageAndModuleCacheVerify() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("modgraph-envcache-\(UUID().uuidString)").path
        defer { try? fm.removeItem(atPath: root) }
        let cache = root + "/cache"
        // Two cached modules whose .ziphash matches their files; one is then edited by hand.
        var hashes: [String: String] = [:]
        for name in ["good", "edited", "mismatch"] {
            let dir = "\(cache)/example.com/\(name)@v1.0.0"
            try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try Data("package \(name)\n".utf8).write(to: URL(fileURLWithPath: dir + "/x.go"))
            let h = try DirHash.hashDirectory(dir, prefix: "example.com/\(name)@v1.0.0")
            hashes[name] = h
            let dl = "\(cache)/cache/download/example.com/\(name)/@v"
            try fm.createDirectory(atPath: dl, withIntermediateDirectories: true)
            try Data("\(h)\n".utf8).write(to: URL(fileURLWithPath: dl + "/v1.0.0.ziphash"))
            try Data("module example.com/\(name)\n".utf8).write(to: URL(fileURLWithPath: dl + "/v1.0.0.mod"))
        }
        try Data("package edited // by hand\n".utf8).write(to: URL(fileURLWithPath: "\(cache)/example.com/edited@v1.0.0/x.go"))
        let sum = """
            example.com/good v1.0.0 \(hashes["good"]!)
            example.com/good v1.0.0/go.mod h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
            example.com/edited v1.0.0 \(hashes["edited"]!)
            example.com/edited v1.0.0/go.mod h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
            example.com/mismatch v1.0.0 h1:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB=
            example.com/mismatch v1.0.0/go.mod h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
            example.com/modonly v1.0.0/go.mod h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=

            """
        try fm.createDirectory(atPath: root + "/m", withIntermediateDirectories: true)
        let requires = ["good", "edited", "mismatch", "modonly", "nosum"].map { "\texample.com/\($0) v1.0.0\n" }.joined()
        try Data("module example.com/m\n\ngo 1.22\n\nrequire (\n\(requires))\n".utf8).write(to: URL(fileURLWithPath: root + "/m/go.mod"))
        try Data(sum.utf8).write(to: URL(fileURLWithPath: root + "/m/go.sum"))
        let list = Self.buildList(["example.com/good", "example.com/edited", "example.com/mismatch", "example.com/modonly", "example.com/nosum"])
        let input = EnvironmentInput.read(
            directory: root + "/m", environment: ["HOME": root + "/home", "PATH": "/opt/go/bin", "GOMODCACHE": cache, "GOPRIVATE": "example.com"],
            goBinaries: [Self.go], buildList: list)
        let report = EnvironmentCheck.run(input)
        let c = report.checksums
        #expect(c.complete == 3 && c.goModOnly == 1 && c.missing == ["example.com/nosum@v1.0.0"])
        let status = Dictionary(uniqueKeysWithValues: c.verify.map { ($0.module, $0.status) })
        #expect(status == [
            "example.com/good": "verified", "example.com/edited": "modified", "example.com/mismatch": "go.sum mismatch",
            "example.com/modonly": "not downloaded", "example.com/nosum": "not downloaded",
        ])
        let edited = report.findings.first { $0.id == "env-modcache-modified" }
        #expect(edited?.message == "example.com/edited v1.0.0: dir has been modified (\(cache)/example.com/edited@v1.0.0)")
        #expect(report.findings.contains { $0.id == "env-modcache-gosum-mismatch" && $0.module == "example.com/mismatch" })
        #expect(report.findings.contains { $0.id == "env-gosum-missing" })
        #expect(c.missingNeeded == ["example.com/nosum@v1.0.0"])
        // A pruned graph (go 1.17+) needs only what go.mod requires: an indirect module without
        // lines is not a missing go.sum entry.
        try Data("module example.com/m\n\ngo 1.22\n\nrequire example.com/good v1.0.0\n".utf8).write(to: URL(fileURLWithPath: root + "/m/go.mod"))
        let pruned = EnvironmentCheck.run(EnvironmentInput.read(
            directory: root + "/m", environment: ["HOME": root + "/home", "PATH": "/opt/go/bin", "GOMODCACHE": cache, "GOPRIVATE": "example.com"],
            goBinaries: [Self.go], buildList: list))
        #expect(pruned.checksums.missing == ["example.com/nosum@v1.0.0"] && pruned.checksums.missingNeeded.isEmpty)
        #expect(!pruned.findings.contains { $0.id == "env-gosum-missing" })
        // Before go 1.17 every module of the build list needs its lines.
        try Data("module example.com/m\n\ngo 1.16\n\nrequire example.com/good v1.0.0\n".utf8).write(to: URL(fileURLWithPath: root + "/m/go.mod"))
        let unpruned = EnvironmentCheck.run(EnvironmentInput.read(
            directory: root + "/m", environment: ["HOME": root + "/home", "PATH": "/opt/go/bin", "GOMODCACHE": cache, "GOPRIVATE": "example.com"],
            goBinaries: [Self.go], buildList: list))
        #expect(unpruned.checksums.missingNeeded == ["example.com/nosum@v1.0.0"])
        // GOPROXY=off: modules without a cached go.mod cannot be fetched.
        var off = input
        off.environment["GOPROXY"] = "off"
        off.environment["GOPRIVATE"] = nil
        let offReport = EnvironmentCheck.run(off)
        let missing = offReport.findings.first { $0.id == "env-goproxy-off-missing" }?.message ?? ""
        #expect(missing.contains("2 modules") && missing.contains("example.com/nosum@v1.0.0") && missing.contains("example.com/modonly@v1.0.0"))
    }
}
