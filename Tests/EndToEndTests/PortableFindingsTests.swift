import Foundation
import Testing
import TestSupport

/// A finding is the same finding in every checkout: two copies of one module in different
/// temporary folders (as two CI runners have) give the same ids, modules and messages, so a
/// baseline written on one knows every finding of the other and `diff` sees no change.
@Suite struct PortableFindingsTests {
    /// Two copies of a sample, at different depths and under different names.
    func twoCopies(_ sample: String) throws -> (work: URL, one: URL, two: URL) {
        let work = try ModGraphProcess.scratch()
        let one = work.appendingPathComponent("runner-a/src/\(sample)")
        let two = work.appendingPathComponent("b/checkout-\(sample)-2")
        for copy in [one, two] {
            try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: RepoPaths.sample(sample), to: copy)
        }
        return (work, one, two)
    }

    @Test(arguments: ["broken-vendor", "workspace-broken"])
    func baselineFromOneCheckoutKnowsTheOther(sample: String) throws {
        let (work, one, two) = try twoCopies(sample)
        defer { try? FileManager.default.removeItem(at: work) }
        let b = try ModGraphProcess.run(["baseline", one.path, "--no-go", "-o", "base.json"], in: work)
        #expect(b.status == 0, "\(b.stderr)")
        let a = try ModGraphProcess.run(
            ["analyze", two.path, "--no-go", "--no-svg", "-q", "-o", "out", "--baseline", "base.json"], in: work)
        #expect(a.status == 0, "every finding is known: \(a.stderr)")
        let data = try Data(contentsOf: work.appendingPathComponent("out/\(two.lastPathComponent)/report.json"))
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let findings = (report["findings"] as? [[String: Any]]) ?? []
        #expect(!findings.isEmpty)
        for f in findings {
            #expect(f["baseline"] as? String == "known", "\(f)")
            let message = f["message"] as? String ?? ""
            #expect(!message.contains(work.path) && !message.contains("checkout-"), "a path in the message: \(message)")
        }
    }

    @Test(arguments: ["broken-vendor", "workspace-broken"])
    func diffOfTwoCheckoutsHasNoFindingChange(sample: String) throws {
        let (work, one, two) = try twoCopies(sample)
        defer { try? FileManager.default.removeItem(at: work) }
        let d = try ModGraphProcess.run(["diff", one.path, two.path, "--no-go", "--no-svg", "-o", "out"], in: work)
        #expect(d.status == 0, "\(d.stdout)\(d.stderr)")
        #expect(d.stdout.contains("findings: 0 new, 0 gone"), "\(d.stdout)")
    }
}
