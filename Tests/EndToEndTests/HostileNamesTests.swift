import Foundation
import Testing
import TestSupport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Module names are untrusted: whatever list.json says, every output stays well-formed and inert.
@Suite struct HostileNamesTests {
    static let names = [
        "evil.com/<script>alert(1)</script>",
        "evil.com/\"];x[label=\"pwned",
        "evil.com/a|b`c*d_[x](http://e)",
        "evil.com/&amp;<!--",
        "evil.com/line\nbreak",
        "evil.com/\u{1b}[31mred",
    ]

    @Test func everyOutputStaysWellFormed() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let m = work.appendingPathComponent("m")
        try FileManager.default.createDirectory(at: m, withIntermediateDirectories: true)
        var list = "{\n\t\"Path\": \"example.com/app\",\n\t\"Main\": true\n}\n"
        for (i, name) in Self.names.enumerated() {
            let escaped = String(decoding: try JSONSerialization.data(withJSONObject: name, options: .fragmentsAllowed), as: UTF8.self)
            list += "{\n\t\"Path\": \(escaped),\n\t\"Version\": \"v1.0.\(i)\",\n\t\"Error\": {\"Err\": \(escaped)}\n}\n"
        }
        try list.write(to: m.appendingPathComponent("list.json"), atomically: true, encoding: .utf8)
        let r = try ModGraphProcess.run(["analyze", "m", "--no-go", "--output", "out"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("\u{1b}"), "a terminal escape reached stdout")

        let out = work.appendingPathComponent("out/m")
        let svg = try Data(contentsOf: out.appendingPathComponent("graph.svg"))
        let parser = XMLParser(data: svg)
        #expect(parser.parse(), "graph.svg is not well-formed")
        let svgText = String(decoding: svg, as: UTF8.self)
        #expect(!svgText.contains("<script"))

        // Outside code spans (which Markdown shows literally) nothing may become HTML or a link.
        let md = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        let prose = Self.removingCodeSpans(md)
        #expect(!prose.contains("<script"))
        #expect(!prose.contains("<!--"))
        #expect(!prose.contains("](http"))
        #expect(prose.contains("&lt;script&gt;"), "the name should still be shown, escaped")

        let json = try Data(contentsOf: out.appendingPathComponent("report.json"))
        let report = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        let paths = (report?["buildList"] as? [[String: Any]])?.compactMap { $0["path"] as? String } ?? []
        #expect(paths == Self.names.sorted(), "JSON must carry the names exactly")
    }

    /// The text with every inline code span (a run of backticks to the next equal run) removed.
    static func removingCodeSpans(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "`") {
            out += rest[..<open]
            let fence = rest[open...].prefix { $0 == "`" }
            let after = rest[fence.endIndex...]
            guard let close = after.range(of: String(fence)) else { out += rest[open...]; return out }
            rest = after[close.upperBound...]
        }
        return out + rest
    }
}
