import Foundation
@testable import ModGraphCore
import Testing
import TestSupport

/// The environment explanation against what the real go command answered
/// (Tests/Fixtures/go-oracle/env, recorded by scripts/record/env/record.sh).
@Suite struct EnvironmentOracleTests {
    static func load(_ name: String) -> [String: Any] {
        let url = RepoPaths.fixture("go-oracle/env/\(name).json")
        let data = (try? Data(contentsOf: url)) ?? Data()
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    nonisolated(unsafe) static let settingsFixture = load("settings")
    nonisolated(unsafe) static let routingFixture = load("routing")
    nonisolated(unsafe) static let toolchainFixture = load("toolchain")
    nonisolated(unsafe) static let vendorFixture = load("vendor")

    static var goroot: String { settingsFixture["goroot"] as? String ?? "" }
    static var goVersion: String { settingsFixture["go"] as? String ?? "" }
    static var gorootFile: GoEnvFile {
        GoEnvFile(path: goroot + "/go.env", bytes: Array((settingsFixture["gorootGoEnv"] as? String ?? "").utf8))
    }

    static func files(_ dict: [String: String]) -> VendorCheckFiles {
        var files = VendorCheckFiles()
        for (path, text) in dict { files.addFile(path, text: text) }
        return files
    }

    /// The input for one recorded run: its environment, files, and the recording's go.
    static func input(env: [String: String], files dict: [String: String], cwd: String) -> EnvironmentInput {
        let located = GoEnvFile.locate(environment: env).path
        let user = located.flatMap { p in dict[p].map { GoEnvFile(path: p, bytes: Array($0.utf8)) } }
        let go = EnvironmentReport.GoBinary(
            path: goroot + "/bin/go", resolved: goroot + "/bin/go", version: goVersion, versionSource: "buildinfo", goroot: goroot)
        return EnvironmentInput(
            directory: cwd, environment: env, userEnvFile: user, gorootEnvFile: gorootFile, goBinaries: [go],
            files: files(dict))
    }

    struct SettingsCase: Sendable, CustomStringConvertible {
        var name: String
        var env: [String: String]
        var files: [String: String]
        var cwd: String
        var go: [String: String]
        var description: String { name }
    }

    static let settingsCases: [SettingsCase] = ((settingsFixture["cases"] as? [[String: Any]]) ?? []).map {
        SettingsCase(
            name: $0["name"] as? String ?? "", env: $0["env"] as? [String: String] ?? [:],
            files: $0["files"] as? [String: String] ?? [:], cwd: $0["cwd"] as? String ?? "", go: $0["go"] as? [String: String] ?? [:])
    }

    @Test func fixturesArePresent() {
        #expect(Self.settingsCases.count >= 15)
        #expect(((Self.routingFixture["runs"] as? [Any]) ?? []).count > 300)
        #expect(((Self.toolchainFixture["runs"] as? [Any]) ?? []).count > 150)
        #expect(((Self.vendorFixture["runs"] as? [Any]) ?? []).count >= 30)
    }

    /// Every value `go env -json` printed, worked out from the environment and the files.
    @Test(arguments: settingsCases) func settingsAgreeWithGoEnv(_ c: SettingsCase) {
        let report = EnvironmentCheck.run(Self.input(env: c.env, files: c.files, cwd: c.cwd))
        for (name, expected) in c.go.sorted(by: { $0.key < $1.key }) {
            let ours = report.goEnvValue(name) ?? "(missing)"
            #expect(ours == expected, "\(c.name): \(name)")
        }
        // With go env -json given, the report says it agrees.
        var input = Self.input(env: c.env, files: c.files, cwd: c.cwd)
        input.goEnvJSON = c.go
        let compared = EnvironmentCheck.run(input)
        #expect(compared.disagreements.isEmpty, "\(c.name): \(compared.disagreements)")
        #expect(!compared.findings.contains { $0.id == "env-go-disagrees" })
    }

    @Test func aDisagreementWithGoEnvIsAFinding() {
        guard let c = Self.settingsCases.first(where: { $0.name == "goenv-file" }) else {
            Issue.record("no goenv-file case")
            return
        }
        var input = Self.input(env: c.env, files: c.files, cwd: c.cwd)
        var go = c.go
        go["GOPROXY"] = "https://elsewhere.example.com"
        input.goEnvJSON = go
        let report = EnvironmentCheck.run(input)
        #expect(report.disagreements.map(\.name) == ["GOPROXY"])
        #expect(report.findings.contains { $0.id == "env-go-disagrees" })
    }

    // MARK: Routing

    struct Download: Sendable, CustomStringConvertible {
        var env: [String: String]
        var module: String
        var ok: Bool
        var error: String
        var description: String { "\(env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")) \(module)" }

        /// What went wrong, as the recorded error says it.
        var outcome: String {
            if ok { return "ok" }
            if error.contains("verifying go.mod") { return "sumdb" }
            if error.contains("unrecognized import path") { return "direct" }
            if error.contains("module lookup disabled by GOPROXY=off") { return "off" }
            if error.contains("not a directory") { return "proxy-error" }
            if error.contains("no such file") { return "not-found" }
            if error.contains("GOPROXY list is not") || error.contains("invalid proxy URL") { return "invalid" }
            return "other: " + error
        }
    }

    static let downloads: [Download] = ((routingFixture["runs"] as? [[String: Any]]) ?? []).map {
        Download(env: $0["env"] as? [String: String] ?? [:], module: $0["module"] as? String ?? "",
                 ok: $0["ok"] as? Bool ?? false, error: $0["error"] as? String ?? "")
    }

    /// Each recorded download's outcome follows from the route modgraph works out: the file
    /// proxy has every module, the empty proxy none, a file in place of a proxy fails, direct
    /// fetches fail (no network), and a checked checksum fails (the database does not answer).
    @Test func routesPredictEveryRecordedDownload() {
        var mismatches: [String] = []
        for d in Self.downloads {
            let settings = GoSettings(environment: d.env, userFile: nil, gorootFile: Self.gorootFile, goroot: Self.goroot)
            let proxies = GoProxyList(goproxy: settings.value("GOPROXY"), gonoproxy: settings.value("GONOPROXY"))
            let route = ModuleRoute.route(module: d.module, version: "v1.0.0", settings: settings, proxies: proxies, vendorMode: false)
            let result = route.fetch { source in
                switch source {
                case "file:///WORK/proxy": .found
                case "file:///WORK/emptyproxy": .notFound
                default: .failed
                }
            }
            let predicted: String
            if result.from != nil {
                predicted = route.sumdbChecked ? "sumdb" : "ok"
            } else {
                switch result.reportedError {
                case "direct": predicted = "direct"
                case "off": predicted = "off"
                case "file:///WORK/emptyproxy": predicted = "not-found"
                case "file:///WORK/notadir": predicted = "proxy-error"
                default: predicted = "invalid"
                }
            }
            if predicted != d.outcome { mismatches.append("\(d): go \(d.outcome), modgraph \(predicted)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(Self.downloads.count):\n\(mismatches.prefix(20).joined(separator: "\n"))")
        // Every outcome kind is exercised.
        #expect(Set(Self.downloads.map(\.outcome)) == ["ok", "sumdb", "direct", "off", "proxy-error", "not-found", "invalid"])
    }

    /// The recorded GONOSUMDB runs, glob by glob: the globs matched as go matches them.
    @Test func prefixPatternsMatchLikeGo() {
        for d in Self.downloads where d.env["GONOSUMDB"] != nil && d.env["GOSUMDB"] != "off" {
            let glob = d.env["GONOSUMDB"]!
            #expect(PrefixPatterns.matches(glob, d.module) == d.ok, "\(glob) vs \(d.module): go \(d.ok ? "skipped" : "asked") the checksum database")
        }
    }

    @Test func proxyListErrorsAreGosWords() {
        for d in Self.downloads where d.outcome == "invalid" {
            let list = GoProxyList(goproxy: d.env["GOPROXY"] ?? "", gonoproxy: d.env["GONOPROXY"] ?? "")
            #expect(list.error != nil && d.error.hasSuffix(list.error!), "\(d): go said \(d.error), modgraph \(list.error ?? "nothing")")
        }
    }

    // MARK: Toolchain

    struct ToolchainRun: Sendable, CustomStringConvertible {
        var gomod: String
        var dir: String
        var setting: String
        var fakeOnPath: Bool
        var exit: Int
        var stdout: String
        var stderr: String
        var description: String { "GOTOOLCHAIN=\(setting)\(fakeOnPath ? " (go1.99.0 on PATH)" : "") with \(gomod.split(separator: "\n").dropFirst().filter { !$0.isEmpty }.joined(separator: "; "))" }
    }

    static let toolchainRuns: [ToolchainRun] = ((toolchainFixture["runs"] as? [[String: Any]]) ?? []).map {
        ToolchainRun(gomod: $0["gomod"] as? String ?? "", dir: $0["dir"] as? String ?? "", setting: $0["setting"] as? String ?? "",
                     fakeOnPath: $0["fakeOnPath"] as? Bool ?? false, exit: $0["exit"] as? Int ?? -1,
                     stdout: $0["stdout"] as? String ?? "", stderr: $0["stderr"] as? String ?? "")
    }

    /// Local, switch (to a go1.X.Y on PATH, or a download) or refuse with go's exact message.
    @Test func toolchainDecisionsMatchGo() {
        var mismatches: [String] = []
        for run in Self.toolchainRuns {
            let setting = run.setting.isEmpty ? (Self.gorootFile["GOTOOLCHAIN"] ?? "") : run.setting
            let d = ToolchainDecision.decide(
                setting: setting, local: Self.goVersion, modulesEnabled: true,
                file: (run.dir + "/go.mod", Array(run.gomod.utf8)), shortName: "go.mod",
                lookPath: { run.fakeOnPath && $0 == "go1.99.0" ? "/WORK/fakebin/go1.99.0" : nil })
            let expected: String
            let firstLine = run.stderr.split(separator: "\n").first.map(String.init) ?? ""
            if run.stdout.contains("fake go1.99.0 ran") {
                expected = "switch go1.99.0 path"
            } else if firstLine.hasPrefix("go: downloading go") {
                expected = "switch \(firstLine.split(separator: " ")[2]) download"
            } else if run.exit != 0, ["requires go >=", "invalid GOTOOLCHAIN", "invalid toolchain \"", "cannot find \""].contains(where: firstLine.contains) {
                expected = "refuse " + run.stderr.trimmingCharacters(in: .newlines)
            } else {
                expected = "local"
            }
            let ours: String
            switch d.outcome {
            case .local: ours = "local"
            case .switch: ours = "switch \(d.target ?? "") \(d.via == "download" ? "download" : "path")"
            case .refuse: ours = "refuse " + (d.message ?? "")
            case .notApplicable: ours = "n/a"
            }
            if ours != expected { mismatches.append("\(run): go \(expected) | modgraph \(ours)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(Self.toolchainRuns.count):\n\(mismatches.prefix(20).joined(separator: "\n"))")
    }

    // MARK: Vendor mode from the go env file

    struct VendorRun: Sendable, CustomStringConvertible {
        var module: String
        var dir: String
        var gomod: String
        var modulesTxt: String
        var env: [String: String]
        var files: [String: String]
        var exit: Int
        var stderr: String
        var description: String { "\(module) GOFLAGS env=\(env["GOFLAGS"] ?? "-") file=\(files.values.first ?? "-")" }
    }

    static let vendorRuns: [VendorRun] = ((vendorFixture["runs"] as? [[String: Any]]) ?? []).map {
        VendorRun(module: $0["module"] as? String ?? "", dir: $0["dir"] as? String ?? "", gomod: $0["gomod"] as? String ?? "",
                  modulesTxt: $0["modulesTxt"] as? String ?? "", env: $0["env"] as? [String: String] ?? [:],
                  files: $0["files"] as? [String: String] ?? [:], exit: $0["exit"] as? Int ?? -1, stderr: $0["stderr"] as? String ?? "")
    }

    /// The vendor check with GOFLAGS from the go env file fails and succeeds exactly where go did.
    @Test(arguments: vendorRuns) func vendorCheckHonoursTheGoEnvFile(_ run: VendorRun) {
        let located = GoEnvFile.locate(environment: run.env).path
        let user = located.flatMap { p in run.files[p].map { GoEnvFile(path: p, bytes: Array($0.utf8)) } }
        let env = GoSettings.effectiveEnvironment(run.env, userFile: user, gorootFile: Self.gorootFile)
        var files = VendorCheckFiles()
        files.addFile(run.dir + "/go.mod", text: run.gomod)
        files.addFile(run.dir + "/vendor/modules.txt", text: run.modulesTxt)
        files.addFile(run.dir + "/vendor/example.com/pub/x.go", text: "package x\n")
        let result = VendorConsistency.check(VendorCheckInput(
            workingDirectory: run.dir, environment: env, goVersion: Self.goVersion, files: files))
        #expect(Int(result.exitStatus) == run.exit)
        #expect(result.stderr == run.stderr)
    }
}
