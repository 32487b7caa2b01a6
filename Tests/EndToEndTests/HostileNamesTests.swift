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
    ] + invisibleNames

    /// Names with bidi controls, line separators and other invisible characters (the
    /// "Trojan Source" trick: text that reads differently from what it says).
    static let invisibleNames = [
        "evil.com/\u{202E}txt.exe",
        "evil.com/\u{2066}iso\u{2069}\u{202A}\u{202B}\u{202C}\u{202D}\u{2067}\u{2068}",
        "evil.com/a\u{2028}b\u{2029}c",
        "evil.com/zw\u{200B}j\u{FEFF}\u{200E}\u{200F}\u{061C}",
        "evil.com/tag\u{E0041}\u{85}",
    ]

    /// Every character of `invisibleNames` after `evil.com/` that is not a letter: none may
    /// appear raw in any output.
    static let invisibles: Set<Unicode.Scalar> = Set(invisibleNames.flatMap {
        $0.dropFirst("evil.com/".count).unicodeScalars.filter { !$0.properties.isAlphabetic && $0 != "." }
    })

    /// The invisible characters that occur raw in `text`.
    static func rawInvisibles(_ text: String) -> [String] {
        Set(text.unicodeScalars.filter(invisibles.contains)).map { "U+" + String($0.value, radix: 16, uppercase: true) }.sorted()
    }

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

    /// A capture folder `m` whose list.json holds every hostile name (as modules go list could
    /// not resolve, which is how such a name can reach a real capture).
    static func hostileCapture(in work: URL) throws {
        let m = work.appendingPathComponent("m")
        try FileManager.default.createDirectory(at: m, withIntermediateDirectories: true)
        var list = "{\n\t\"Path\": \"example.com/app\",\n\t\"Main\": true\n}\n"
        for (i, name) in names.enumerated() {
            let escaped = String(decoding: try JSONSerialization.data(withJSONObject: name, options: .fragmentsAllowed), as: UTF8.self)
            list += "{\n\t\"Path\": \(escaped),\n\t\"Version\": \"v1.0.\(i)\",\n\t\"Error\": {\"Err\": \(escaped)}\n}\n"
        }
        try list.write(to: m.appendingPathComponent("list.json"), atomically: true, encoding: .utf8)
    }

    /// No bidi control, line separator or other invisible character reaches any output raw:
    /// JSON (report.json, diff.json, baseline, why) carries `\u202e` escapes, text shows `\u{202e}`.
    @Test func noRawInvisibleCharacterInAnyOutput() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        try Self.hostileCapture(in: work)
        try FileManager.default.copyItem(at: RepoPaths.sample("hello"), to: work.appendingPathComponent("base"))
        var checked: [String: String] = [:]
        func run(_ args: [String], expecting statuses: Set<Int32> = [0, 1]) throws {
            let r = try ModGraphProcess.run(args, in: work, timeout: 300)
            #expect(statuses.contains(r.status), "\(args): \(r.stderr)")
            checked["stdout of \(args.joined(separator: " "))"] = r.stdout
            checked["stderr of \(args.joined(separator: " "))"] = r.stderr
        }
        for format in ["text", "json", "markdown", "html"] {
            try run(["analyze", "m", "--no-go", "--output", "out", "--format", format])
        }
        try run(["baseline", "m", "--no-go", "--output", "baseline.json"])
        try run(["analyze", "m", "--no-go", "--output", "out2", "--baseline", "baseline.json", "--fail-on", "note"])
        for format in ["text", "json", "markdown"] {
            try run(["diff", "base", "m", "--no-go", "--output", "diffs", "--format", format])
        }
        for file in ["out/m", "out2/m", "diffs/diff", "baseline.json"] {
            let url = work.appendingPathComponent(file)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                Issue.record("\(file) was not written")
                continue
            }
            let files = isDirectory.boolValue ? try FileManager.default.contentsOfDirectory(atPath: url.path).map { "\(file)/\($0)" } : [file]
            for f in files {
                checked[f] = String(decoding: try Data(contentsOf: work.appendingPathComponent(f)), as: UTF8.self)
            }
        }
        #expect(checked.keys.contains("out/m/report.json") && checked.keys.contains("diffs/diff/diff.json"), "\(checked.keys.sorted())")
        for (name, text) in checked.sorted(by: { $0.key < $1.key }) {
            #expect(Self.rawInvisibles(text).isEmpty, "\(name) has raw \(Self.rawInvisibles(text))")
        }
        // The names are still there, escaped.
        #expect(checked["out/m/report.json"]?.contains("evil.com/\\u202etxt.exe") == true)
        #expect(checked["stdout of analyze m --no-go --output out --format text"]?.contains("evil.com/\\u{202e}txt.exe") == true)
        #expect(checked["baseline.json"]?.contains("\\u2066iso\\u2069") == true)
    }

    /// vendor-check's reports (text, JSON, Markdown, SARIF) on a vendor tree listing with hostile paths.
    @Test func vendorCheckOutputsHaveNoRawInvisibleCharacter() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let m = work.appendingPathComponent("m")
        try FileManager.default.createDirectory(at: m.appendingPathComponent("vendor"), withIntermediateDirectories: true)
        try "module example.com/app\n\ngo 1.22\n\nrequire example.com/a v1.0.0\n"
            .write(to: m.appendingPathComponent("go.mod"), atomically: true, encoding: .utf8)
        try "# example.com/a v1.0.0\n## explicit\nexample.com/a\n"
            .write(to: m.appendingPathComponent("vendor/modules.txt"), atomically: true, encoding: .utf8)
        var listing = ""
        for name in ["vendor/modules.txt"] + Self.invisibleNames.map({ "vendor/\($0)/x.go" }) {
            listing += "100644 blob 0123456789012345678901234567890123456789      10\t\(name)\n"
        }
        try listing.write(to: work.appendingPathComponent("tree.txt"), atomically: true, encoding: .utf8)
        for format in ["text", "json", "markdown", "sarif"] {
            let r = try ModGraphProcess.run(
                ["vendor-check", "m", "--no-modcache", "--vendor-tree", "tree.txt", "--format", format], in: work, timeout: 300)
            #expect(r.status == 1, "\(format): \(r.stderr)")
            #expect(r.stdout.contains("vendor-stray-directory") && r.stdout.contains("evil.com/"), "\(format): \(r.stdout)")
            #expect(Self.rawInvisibles(r.stdout).isEmpty, "\(format) stdout has raw \(Self.rawInvisibles(r.stdout))")
            #expect(Self.rawInvisibles(r.stderr).isEmpty, "\(format) stderr has raw \(Self.rawInvisibles(r.stderr))")
        }
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
