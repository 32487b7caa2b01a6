import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// Reports a person can open at any size: report.md within GitHub's comment limit, report.html
/// a few MB with its tables built in the page, report.json complete.
@Suite struct ReportSizeTests {
    /// A corpus-shaped synthetic graph (`LayeredSyntheticGraph`): about 2.25 versions per path,
    /// so nearly every module has a version-skew finding.
    static func layered(_ modules: Int) throws -> Analysis {
        var inputs = InputSet(root: "layered")
        inputs.provide(.graph, try InputText(bytes: LayeredSyntheticGraph(modules: modules).graphText(), file: "graph.txt"), origin: .file)
        return try Analyzer.analyze(inputs, name: "layered")
    }

    @Test func theGeneratorHasTheCorpusShape() throws {
        let generator = LayeredSyntheticGraph(modules: 10_000)
        #expect(generator.layers == 27)
        let text = generator.graphText()
        #expect(generator.graphText() == text, "the same bytes every time")
        var nodes = Set<Substring>(), paths = Set<Substring>(), edges = 0
        for line in String(decoding: text, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 2, !fields[1].hasPrefix("go@"), !fields[1].hasPrefix("toolchain@") else { continue }
            edges += 1
            for f in fields where f.contains("@") {
                nodes.insert(f)
                paths.insert(f[..<f.firstIndex(of: "@")!])
            }
        }
        #expect(paths.count == 10_000, "every module path is reached")
        let versionsPerPath = Double(nodes.count) / Double(paths.count)
        #expect(versionsPerPath > 2.0 && versionsPerPath < 2.5, "\(versionsPerPath) versions per path")
        let perVersion = Double(edges) / Double(nodes.count)
        #expect(perVersion > 8 && perVersion < 11, "\(perVersion) requirements per version (the deepest layer requires nothing)")
    }

    @Test func aBigReportMDIsCutToTheCommentLimitAndSaysSo() throws {
        let a = try Self.layered(3_000)
        #expect(a.findings.count > 1_000)
        let r = MarkdownReport.rendering(a)
        #expect(r.isCut)
        #expect(r.text.utf8.count <= MarkdownReport.defaultLimit)
        #expect(r.text.utf8.count > MarkdownReport.defaultLimit * 3 / 4, "the room is used")
        #expect(r.text.contains("**This report is cut**"))
        #expect(r.text.contains("it lists \(r.shownFindings) of the \(a.findings.count) findings"))
        #expect(r.text.contains("| **version-skew** | note | "), "findings grouped by id")
        #expect(r.text.contains("more in `report.json`."))
        #expect(r.shownFindings > 50 && r.shownFindings < a.findings.count)
        // Every finding stays in report.json.
        let json = try JSONSerialization.jsonObject(with: JSONReport.render(a)) as? [String: Any]
        #expect((json?["findings"] as? [Any])?.count == a.findings.count)
        // A lower limit is kept too.
        let small = MarkdownReport.rendering(a, limit: 10_000)
        #expect(small.text.utf8.count <= 10_000)
    }

    @Test func smallReportsAreWhole() throws {
        let a = try Analyzer.analyze(InputSet.load(root: RepoPaths.sample("vendored").path), name: "vendored")
        let r = MarkdownReport.rendering(a)
        #expect(!r.isCut && r.shownFindings == a.findings.count)
        #expect(r.text == MarkdownReport.render(a, limit: 1 << 30))
    }

    @Test func aBigReportHTMLEmbedsCompactDataAndBuildsItsTables() throws {
        let a = try Self.layered(3_000)
        let html = HTMLReport.render(a, view: nil, svg: nil)
        #expect(html.contains("<table class=\"paged\" id=\"mg-modules-table\" data-source=\"modules\">"))
        #expect(html.contains("<tbody></tbody>"))
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"mg-data\">"))
        let end = try #require(html[start.upperBound...].range(of: "</script>"))
        let data = try #require(
            JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        let modules = try #require(data["modules"] as? [String: Any])
        let prefix = try #require(modules["prefix"] as? [Int]), suffix = try #require(modules["suffix"] as? [String])
        // The front-coded paths decode to the build list.
        var previous = "", decoded: [String] = []
        for (p, s) in zip(prefix, suffix) {
            previous = String(previous.utf16.prefix(p))! + s
            decoded.append(previous)
        }
        #expect(decoded == a.buildList.modules.map(\.path))
        let findings = try #require(data["findings"] as? [String: Any])
        #expect((findings["message"] as? [String])?.count == a.findings.count)
        #expect(html.utf8.count <= HTMLReport.dataLimit + 100_000, "\(html.utf8.count) bytes")
        #expect(!html.contains("<strong>Cut:</strong>"), "everything fits: nothing is said to be cut")
    }

    /// The paged modules table (big reports) carries the workspace modules requiring each
    /// module, and the page adds the column only in a workspace.
    @Test func pagedDataCarriesWorkspaceRequirers() throws {
        let a = try Analyzer.analyze(try InputSet.load(root: RepoPaths.sample("workspace").path), name: "workspace")
        let json = String(decoding: HTMLReport.pagedData(a, view: nil, limit: 1_000_000).json, as: UTF8.self)
        let row = try #require(a.buildList.modules.firstIndex { $0.path == "example.com/words" })
        #expect(json.contains("\"\(row)\":\"example.com/ws/app, example.com/ws/greeter\""), "\(json)")
        #expect(HTMLReport.moduleColumns(a).last?.0 == "Required by (workspace modules)")
        let single = try Analyzer.analyze(try InputSet.load(root: RepoPaths.sample("hello").path), name: "hello")
        #expect(!String(decoding: HTMLReport.pagedData(single, view: nil, limit: 1_000_000).json, as: UTF8.self).contains("\"workspace\""))
        #expect(HTMLReport.moduleColumns(single).count == HTMLReport.moduleColumns.count)
    }

    @Test func pagedDataIsCutToItsLimitAndThePageSaysSo() throws {
        let a = try Self.layered(3_000)
        let data = HTMLReport.pagedData(a, view: nil, limit: 150_000)
        #expect(data.json.count <= 150_000 + 4_096)
        #expect(data.modules == a.buildList.modules.count || data.modules > 1_000)
        #expect(data.findings < a.findings.count)
        #expect(try JSONSerialization.jsonObject(with: Data(data.json)) is [String: Any])
        let page = HTMLReport.pagedSection(
            id: "findings", title: "Findings", columns: HTMLReport.findingColumns, total: a.findings.count,
            listed: data.findings, empty: "", cut: "the most severe first")
        #expect(page.contains("<strong>Cut:</strong> this page lists \(data.findings) of the \(a.findings.count) findings"))
        #expect(page.contains("every one is in report.json"))
    }

    @Test func hostileNamesStayTextInTheEmbeddedData() throws {
        var a = try Self.layered(3_000)
        let evil = "evil.com/</script><script>alert(1)</script>\"'<!--\u{202E}"
        a.findings.insert(Finding(id: "x<y>", severity: .error, module: evil, message: "<b>bold</b> & \u{2028}", hint: "</script>"), at: 0)
        let html = HTMLReport.render(a, view: nil, svg: nil)
        #expect(html.components(separatedBy: "<script").count == 3, "the data and the page's own script")
        #expect(!html.contains("<b>bold") && !html.contains("<!--") && !html.contains("alert(1)</script>"))
        #expect(html.contains(#"evil.com/\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e\"'\u003c!--\\u202e"#))
        #expect(html.contains(#"\\u2028"#), "invisible characters are shown as escapes")
    }
}
