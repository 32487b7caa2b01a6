import Foundation
import Testing
import TestSupport

/// Chromium, when installed (`scripts/install-deps.sh --with-browser`).
enum Browser {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool { path != nil }

    static let skipReason = "chromium is not installed (scripts/install-deps.sh --with-browser): browser tests skipped"
}

/// report.html in a real browser: `scripts/browser-check.sh` opens it in headless Chromium,
/// runs the page's self-test (zoom, pan, sort, search, find a module in the graph) and fails on
/// any console message, script error or resource the page's CSP refused; a screenshot is taken.
@Suite(.serialized, .enabled(if: Browser.isAvailable, Comment(rawValue: Browser.skipReason)))
struct HTMLReportBrowserTests {
    /// Runs analyze on `folder` and the browser check on its report.html.
    func check(_ folder: URL, name: String, extra: [String] = [], in work: URL) throws -> (ModGraphProcess.Result, URL) {
        let analyze = try ModGraphProcess.run(["analyze", folder.path, "--no-go", "--output", "out", "--name", name] + extra, in: work)
        #expect(analyze.status <= 1, "\(analyze.stderr)")
        let html = work.appendingPathComponent("out/\(name)/report.html")
        let png = work.appendingPathComponent("\(name).png")
        let result = try run(["bash", RepoPaths.root.appendingPathComponent("scripts/browser-check.sh").path, html.path, png.path], in: work)
        #expect(result.status == 0, "browser check failed:\n\(result.stdout)")
        #expect(result.stdout.contains("self-test: pass"))
        #expect(result.stdout.contains("console: clean"))
        let size = (try? FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int) ?? 0
        #expect(size > 10_000, "the screenshot is missing or blank (\(size) bytes)")
        return (result, html)
    }

    @Test(arguments: ["vendored", "broken-vendor"])
    func sampleReportWorksInChromium(sample: String) throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = try check(RepoPaths.sample(sample), name: sample, in: work)
    }

    @Test(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)))
    func largestCorpusReportWorksInChromium() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let (_, html) = try check(Corpus.entry("containerd-containerd@v2.1.5"), name: "containerd", in: work)
        let text = try String(contentsOf: html, encoding: .utf8)
        #expect(text.contains("<svg"))
        #expect(text.contains("mg-modules-table"))
    }

    /// A big report builds its tables in the page from the embedded data: the self-test sorts,
    /// searches and pages through them.
    @Test func pagedTablesWorkInChromium() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let made = try ModGraphProcess.run(["bench", "--synthetic", "3000", "--generate-only", "--save-synthetic", work.path], in: work)
        #expect(made.status == 0, "\(made.stderr)")
        let (_, html) = try check(work.appendingPathComponent("synthetic-3000"), name: "big", in: work)
        let text = try String(contentsOf: html, encoding: .utf8)
        #expect(text.contains("<script type=\"application/json\" id=\"mg-data\">"))
        #expect(text.contains("<table class=\"paged\" id=\"mg-modules-table\""))
    }

    /// Names built to break out of HTML, attributes, scripts and comments stay text: the page
    /// still passes its self-test with nothing logged, so nothing of them ran.
    @Test func hostileNamesStayInert() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let m = work.appendingPathComponent("m")
        try FileManager.default.createDirectory(at: m, withIntermediateDirectories: true)
        let names = [
            "evil.com/<script>alert(1)</script>", "evil.com/\"><img src=x onerror=alert(1)>",
            "evil.com/</script><script>document.title='pwned'</script>", "evil.com/--><!--",
            "evil.com/'onmouseover='alert(1)", "evil.com/&lt;b&gt;",
        ]
        // list.json only: go mod graph's own parser rejects such paths, a list with -e carries them.
        var list = "{\n\t\"Path\": \"example.com/app\",\n\t\"Main\": true\n}\n"
        for (i, name) in names.enumerated() {
            let escaped = String(decoding: try JSONSerialization.data(withJSONObject: name, options: .fragmentsAllowed), as: UTF8.self)
            list += "{\n\t\"Path\": \(escaped),\n\t\"Version\": \"v1.0.\(i)\",\n\t\"Error\": {\"Err\": \(escaped)}\n}\n"
        }
        try list.write(to: m.appendingPathComponent("list.json"), atomically: true, encoding: .utf8)
        let (_, html) = try check(m, name: "hostile", in: work)
        let text = try String(contentsOf: html, encoding: .utf8)
        #expect(text.components(separatedBy: "<script>").count == 2, "one script element: the page's own")
        #expect(!text.contains("<img"))
    }

    /// Runs a command; its stderr is merged into stdout (one pipe, so it cannot fill up unread).
    func run(_ args: [String], in directory: URL) throws -> ModGraphProcess.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = args
        process.currentDirectoryURL = directory
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ModGraphProcess.Result(status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self), stderr: "")
    }
}
