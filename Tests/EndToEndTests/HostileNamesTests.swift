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

        let md = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(!md.contains("<script"))
        #expect(!md.contains("<!--"))
        #expect(!md.contains("](http"))

        let json = try Data(contentsOf: out.appendingPathComponent("report.json"))
        let report = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        let paths = (report?["buildList"] as? [[String: Any]])?.compactMap { $0["path"] as? String } ?? []
        #expect(paths == Self.names.sorted(), "JSON must carry the names exactly")
    }
}
