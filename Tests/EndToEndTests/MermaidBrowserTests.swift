import Foundation
import Testing
import TestSupport

/// The Mermaid blocks of report.md and diff.md drawn by Mermaid 11 in headless Chromium
/// (`scripts/mermaid-check.sh`, GitHub's limits, securityLevel strict): every sample, every
/// corpus entry and every pair of its successive versions parse and draw with nothing active
/// in the drawing, and hostile module names show as the text they are. With
/// `MODGRAPH_SCREENSHOTS=DIR`, each block is also saved as DIR/FOLDER-FILE-N.png to look at.
@Suite(
    .serialized, .enabled(if: Browser.isAvailable, Comment(rawValue: Browser.skipReason)),
    .enabled(if: PythonTools.isAvailable, Comment(rawValue: PythonTools.skipReason)))
struct MermaidBrowserTests {
    /// Runs the check on the reports; returns its output.
    func check(_ reports: [URL], in work: URL) throws -> String {
        let shots = ProcessInfo.processInfo.environment["MODGRAPH_SCREENSHOTS"].map { ["--screenshots", $0] } ?? []
        let script = RepoPaths.root.appendingPathComponent("scripts/mermaid-check.sh").path
        let result = try HTMLReportBrowserTests().run(["bash", script] + shots + reports.map(\.path), in: work)
        #expect(result.status == 0, "mermaid check failed:\n\(result.stdout)")
        let ok = result.stdout.split(separator: "\n").filter { $0.contains(": ok ") }
        #expect(ok.count == reports.count, "one drawn block per report:\n\(result.stdout)")
        #expect(!result.stdout.contains("FAIL"))
        return result.stdout
    }

    @Test func samplesAndSampleDiffsDraw() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        var reports: [URL] = []
        let samples = try FileManager.default.contentsOfDirectory(atPath: RepoPaths.samples.path)
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
        #expect(samples.count >= 4)
        for sample in samples {
            let r = try ModGraphProcess.run(
                ["analyze", RepoPaths.sample(sample).path, "--no-go", "--no-svg", "-q", "--fail-on", "never", "-o", "out"], in: work)
            #expect(r.status == 0, "\(r.stderr)")
            reports.append(work.appendingPathComponent("out/\(sample)/report.md"))
        }
        let d = try ModGraphProcess.run(
            ["diff", RepoPaths.sample("hello").path, RepoPaths.sample("multi-major").path, "--no-go", "--no-svg", "-q",
             "--fail-on", "never", "-o", "out", "--name", "hello-multi"], in: work)
        #expect(d.status == 0, "\(d.stderr)")
        reports.append(work.appendingPathComponent("out/hello-multi/diff.md"))
        _ = try check(reports, in: work)
    }

    @Test(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)))
    func corpusReportsAndPairsDraw() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        var reports: [URL] = []
        for entry in Corpus.entries {
            let r = try ModGraphProcess.run(
                ["analyze", Corpus.entry(entry).path, "--no-go", "--no-svg", "-q", "--fail-on", "never", "-o", "out"], in: work)
            #expect(r.status == 0, "\(r.stderr)")
            reports.append(work.appendingPathComponent("out/\(entry)/report.md"))
        }
        // Successive versions of each project.
        let byProject = Dictionary(grouping: Corpus.entries) { $0.split(separator: "@").first.map(String.init) ?? $0 }
        for (_, versions) in byProject.sorted(by: { $0.key < $1.key }) {
            for (base, head) in zip(versions, versions.dropFirst()) {
                let name = "\(base)..\(head.split(separator: "@").last ?? "")"
                let r = try ModGraphProcess.run(
                    ["diff", Corpus.entry(base).path, Corpus.entry(head).path, "--no-go", "--no-svg", "-q",
                     "--fail-on", "never", "-o", "out", "--name", name], in: work)
                #expect(r.status == 0, "\(r.stderr)")
                reports.append(work.appendingPathComponent("out/\(name)/diff.md"))
            }
        }
        #expect(reports.count >= 7)
        let out = try check(reports, in: work)
        // containerd v2.0.7 → v2.1.5 draws every one of its changes with no folding.
        let pair = work.appendingPathComponent("out/containerd-containerd@v2.0.7..v2.1.5/diff.md")
        let md = try String(contentsOf: pair, encoding: .utf8)
        #expect(!md.contains("_To keep the diagram within"))
        #expect(out.contains("diff.md#1: ok"))
    }

    /// Names built to break Mermaid's syntax or inject into the drawing: the diagram still draws,
    /// holds nothing active, and each name is drawn as the text it is.
    @Test func hostileNamesRenderInert() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let names = [
            "evil.com/\"]; click n0 call alert(1); n9[\"x",
            "evil.com/<img src=x onerror=alert(1)>",
            "evil.com/#quot;#35;&lt;b&gt;&#60;",
            "evil.com/`**bold**` _it_",
            "evil.com/a]:::main --> n0",
            "evil.com/%%{init: {'securityLevel':'loose'}}%%",
            "evil.com/line\nstyle n0 fill:#f00;",
            "evil.com/\u{202e}txt",
            "evil.com/<script>alert(1)</script>",
        ]
        func listJSON(_ modules: [String]) throws -> String {
            var list = "{\n\t\"Path\": \"example.com/app\",\n\t\"Main\": true\n}\n"
            for (i, name) in modules.enumerated() {
                let escaped = String(decoding: try JSONSerialization.data(withJSONObject: name, options: .fragmentsAllowed), as: UTF8.self)
                list += "{\n\t\"Path\": \(escaped),\n\t\"Version\": \"v1.0.\(i)\",\n\t\"Error\": {\"Err\": \"bad\"}\n}\n"
            }
            return list
        }
        for (folder, modules) in [("base", ["example.com/kept"]), ("head", ["example.com/kept"] + names)] {
            let m = work.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: m, withIntermediateDirectories: true)
            try listJSON(modules).write(to: m.appendingPathComponent("list.json"), atomically: true, encoding: .utf8)
        }
        let a = try ModGraphProcess.run(["analyze", "head", "--no-go", "--no-svg", "-q", "--fail-on", "never", "-o", "out", "--name", "hostile"], in: work)
        #expect(a.status == 0, "\(a.stderr)")
        let d = try ModGraphProcess.run(["diff", "base", "head", "--no-go", "--no-svg", "-q", "--fail-on", "never", "-o", "out", "--name", "hostile-diff"], in: work)
        #expect(d.status == 0, "\(d.stderr)")
        let out = try check(
            [work.appendingPathComponent("out/hostile/report.md"), work.appendingPathComponent("out/hostile-diff/diff.md")], in: work)
        let labelLines = out.split(separator: "\n").filter { $0.hasPrefix("labels: ") }
        #expect(labelLines.count == 2)
        for line in labelLines {
            let labels = try #require(
                try JSONSerialization.jsonObject(with: Data(line.dropFirst(8).utf8)) as? [String])
            for name in names {
                // Invisible characters are shown as Go escapes, as in every report.
                let shown = name.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\u{202e}", with: "\\u202e")
                #expect(labels.contains { $0.hasPrefix(shown) }, "\(shown) not drawn as text in \(labels)")
            }
        }
    }
}
