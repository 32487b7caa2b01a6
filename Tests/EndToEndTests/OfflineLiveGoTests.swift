import Foundation
import Testing
import TestSupport

/// Live mode where go runs but cannot reach modules: a vendored project in offline CI.
///
/// Real go 1.23 (MODGRAPH_TEST_GO, or /usr/lib/go-1.23/bin/go) with GOPROXY=off and an empty
/// temporary module cache, so nothing can be fetched and nothing leaves the machine. go's
/// `go mod graph` fails and `go list -m -e -json all` answers with a lookup failure per module:
/// analyze says so once (`go-offline`, with go's first error), never as a finding per module,
/// and takes the build list from go.mod.
@Suite(.serialized) struct OfflineLiveGoTests {
    static let go = LiveGoReadOnlyTests.go

    /// The vendored sample without its captures, and go's environment: offline, with GOFLAGS
    /// as given (`-mod=mod`, or empty: vendor mode).
    func prepare(goflags: String) throws -> (work: URL, repo: URL, env: [String: String]) {
        let go = try #require(Self.go)
        let work = try ModGraphProcess.scratch()
        let repo = work.appendingPathComponent("repo")
        try FileManager.default.copyItem(at: RepoPaths.sample("vendored"), to: repo)
        for f in ["graph.txt", "list.json", "meta.json", "vendor-check.txt"] {
            try? FileManager.default.removeItem(at: repo.appendingPathComponent(f))
        }
        let env = [
            "MODGRAPH_GO": go, "GOTOOLCHAIN": "local", "GOFLAGS": goflags, "GOPROXY": "off", "GOSUMDB": "off",
            "GONOSUMDB": "", "GOPRIVATE": "", "GOWORK": "off",
            "GOCACHE": work.appendingPathComponent("gocache").path,
            "GOPATH": work.appendingPathComponent("gopath").path,
            "GOMODCACHE": work.appendingPathComponent("modcache").path,
        ]
        return (work, repo, env)
    }

    @Test(.enabled(if: go != nil, LiveGoReadOnlyTests.skipReason), arguments: ["-mod=mod", ""])
    func offlineGoIsSaidOnceNotPerModule(goflags: String) throws {
        let (work, repo, env) = try prepare(goflags: goflags)
        defer { try? FileManager.default.removeItem(at: work) }
        let before = try TreeSnapshot(repo)
        let r = try ModGraphProcess.run(["analyze", "repo", "--output", "out", "--no-svg"], in: work, environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("running go list -m -e -json all"), "go ran: \(r.stderr)")
        let data = try Data(contentsOf: work.appendingPathComponent("out/repo/report.json"))
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let findings = (report["findings"] as? [[String: Any]]) ?? []
        let ids = findings.map { $0["id"] as? String ?? "" }
        #expect(!ids.contains("module-error"), "go's lookup failures are not findings about the project: \(ids)")
        let offline = findings.filter { $0["id"] as? String == "go-offline" }
        #expect(offline.count == 1, "\(ids)")
        let message = offline.first?["message"] as? String ?? ""
        #expect(message.contains(": module lookup disabled by GOPROXY=off"), "go's first error: \(message)")
        #expect(offline.first?["severity"] as? String == "note")
        // The build list is go.mod's: its ten requirements, eight direct.
        let stats = try #require(report["stats"] as? [String: Any])
        #expect(stats["selectedModules"] as? Int == 10 && stats["direct"] as? Int == 8, "\(stats)")
        #expect(stats["graphNodes"] is NSNull)
        #expect(((report["buildList"] as? [[String: Any]]) ?? []).count == 10)
        // vendor/ is judged from go.mod and modules.txt as go would (-mod=mod: not checked).
        let vendor = try #require(report["vendor"] as? [String: Any])
        #expect(vendor["consistent"] as? Bool == (goflags.isEmpty ? true : nil))
        let summary = r.stdout.split(separator: "\n").filter { $0.contains("[go-offline]") }
        #expect(summary.count == 1, "said once on stdout: \(r.stdout)")
        let after = try TreeSnapshot(repo)
        #expect(before.differences(to: after).isEmpty, "the analyzed tree changed")
    }
}
