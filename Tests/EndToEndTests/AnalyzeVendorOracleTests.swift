import Foundation
import Testing
import TestSupport

/// `modgraph analyze` on every case of the recorded vendor oracle
/// (Tests/Fixtures/go-oracle/vendor/cases, scripts/record/vendor/record.sh): its vendor section
/// is what the real go 1.23.5 printed for `go list -m` in the case folder, and what
/// `vendor-check` says there — same verdict, same messages. Where go stops loading (a malformed
/// go.mod or go.work), analyze stops too, with go's words.
@Suite struct AnalyzeVendorOracleTests {
    /// The case's plain `go list -m` run in its own folder (no flags, default environment).
    static let runs: [VendorCheckOracleTests.Run] = VendorCheckOracleTests.runs.filter { run in
        let defaults = ["GOFLAGS": "", "GOWORK": "", "GO111MODULE": "", "GOPROXY": "off"]
        return run.command == "go list -m" && run.subdirectory.isEmpty
            && defaults.allSatisfy { run.environment[$0.key] == $0.value }
    }

    static let consistencyIDs: Set<String> = [
        "vendor-inconsistent", "vendor-unrequired-module", "vendor-go-too-new", "vendor-gomod-update-needed",
        "vendor-excluded-requirement", "vendor-check-failed", "vendor-not-used",
    ]

    @Test func everyCaseHasAPlainRun() {
        let cases = Set(VendorCheckOracleTests.runs.map(\.caseName))
        #expect(Self.runs.count >= cases.count * 3 / 4, "plain runs: \(Self.runs.count) of \(cases.count) cases")
    }

    @Test(arguments: runs)
    func analyzeSaysWhatGoAndVendorCheckSay(_ run: VendorCheckOracleTests.Run) throws {
        let dir = VendorCheckOracleTests.casesRoot.appendingPathComponent(run.caseName)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("modgraph-oracle-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let environment = ["GOPROXY": "off", "GOTOOLCHAIN": "local"]
        let removed = ["GOFLAGS", "GOWORK", "GO111MODULE", "MODGRAPH_GO"]
        let analyze = try ModGraphProcess.run(
            ["analyze", dir.path, "--no-go", "--no-svg", "-q", "-o", out.path, "--name", "r"], in: RepoPaths.root,
            environment: environment, removing: removed)
        let check = try ModGraphProcess.run(
            ["vendor-check", dir.path, "--format", "json", "--go-version", "go1.23.5", "--no-modcache"], in: RepoPaths.root,
            environment: environment, removing: removed)
        let goStderr = run.stderr.replacingOccurrences(of: "$DIR", with: dir.path)
        let vc = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any], "\(run): \(check.stderr)")
        let consistency = try #require(vc["consistency"] as? [String: Any])
        #expect(consistency["goStderr"] as? String == goStderr, "\(run): vendor-check differs from go")

        let fm = FileManager.default
        if !fm.fileExists(atPath: dir.appendingPathComponent("go.mod").path) && !fm.fileExists(atPath: dir.appendingPathComponent("go.work").path) {
            #expect(analyze.status == 2 && analyze.stderr.contains("nothing to analyze"), "\(run): \(analyze.stderr)")
            return
        }
        if analyze.status == 2 {
            // go stopped loading: analyze says exactly why, in go's words.
            #expect(run.exitStatus != 0, "\(run): analyze could not run where go succeeded: \(analyze.stderr)")
            #expect(analyze.stderr.contains(goStderr), "\(run)\n\(Golden.lineDiff(expected: goStderr, actual: analyze.stderr))")
            return
        }
        #expect(analyze.status == 0 || analyze.status == 1, "\(run): \(analyze.stderr)")
        let data = try Data(contentsOf: out.appendingPathComponent("r/report.json"))
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let vendor = try #require(report["vendor"] as? [String: Any])
        #expect(vendor["goStderr"] as? String == goStderr, "\(run)\n\(Golden.lineDiff(expected: goStderr, actual: vendor["goStderr"] as? String ?? "<none>"))")
        #expect(vendor["verdict"] as? String == vc["verdict"] as? String, "\(run)")
        let checked = consistency["checked"] as? Bool ?? false
        let expected: Bool? = consistency["consistent"] as? Bool == true ? true : (checked || run.exitStatus != 0) ? false : nil
        #expect(vendor["consistent"] as? Bool == expected, "\(run): vendor.consistent \(String(describing: vendor["consistent"]))")

        func messages(_ findings: Any?) -> [String] {
            ((findings as? [[String: Any]]) ?? []).compactMap { f in
                guard let id = f["id"] as? String, Self.consistencyIDs.contains(id) else { return nil }
                return "\(id): \(f["message"] as? String ?? "")"
            }.sorted()
        }
        #expect(messages(report["findings"]) == messages(vc["findings"]), "\(run)")
    }
}
