import Foundation
import Testing
@testable import ModGraphCore

@Suite struct DiffReportTests {
    // MARK: JSON

    @Test func jsonKeepsTheFourListsOverSelectedModules() throws {
        let diff = try DiffFixtures.smallDiff()
        let json = try #require(try JSONSerialization.jsonObject(with: DiffJSONReport.render(diff)) as? [String: Any])
        let added = try #require(json["added"] as? [[String: Any]])
        #expect(added.map { $0["path"] as? String } == ["example.com/d", "example.com/e", "example.com/f", "example.com/g"])
        #expect(added.map { $0["version"] as? String } == ["v0.1.0", "v1.0.0", "v1.0.0", "v1.0.0"])
        #expect(added[1]["pulledInBy"] as? [String] == ["example.com/app", "example.com/b@v1.1.0"])
        #expect(json["removed"] as? [[String: String]] == [["path": "example.com/gone", "version": "v1.0.0"]])
        #expect(json["upgraded"] as? [[String: String]] == [["path": "example.com/a", "from": "v1.0.0", "to": "v1.1.0"]])
        #expect(json["downgraded"] as? [[String: String]] == [["path": "example.com/b", "from": "v1.2.0", "to": "v1.1.0"]])
        let replace = try #require(json["replaceChanged"] as? [[String: Any]])
        #expect(replace.count == 3)
        #expect(replace[1]["from"] is NSNull)  // a new directive: null, not omitted
        #expect((replace[1]["to"] as? [String: String]) == ["path": "./c"])
        let delta = try #require(json["statsDelta"] as? [String: Int])
        #expect(delta["selectedModules"] == 3)
        #expect(json["schemaVersion"] as? Int == 1)
    }

    @Test func jsonIsDeterministic() throws {
        let a = DiffJSONReport.render(try DiffFixtures.smallDiff())
        let b = DiffJSONReport.render(try DiffFixtures.smallDiff())
        #expect(a == b)
    }

    // MARK: Markdown

    @Test func markdownShowsEveryKindOfChange() throws {
        let md = DiffMarkdownReport.render(try DiffFixtures.smallDiff())
        #expect(md.hasPrefix(DiffMarkdownReport.marker + "\n## modgraph diff: `example.com/app`\n"))
        #expect(md.contains("**4 added, 1 removed, 1 upgraded, 1 downgraded, 3 replace directives changed; findings: "))
        #expect(md.contains("| `example.com/e` | `v1.0.0` | `example.com/app` → `example.com/b@v1.1.0` |"))
        #expect(md.contains("| `example.com/d` | `v0.1.0` | main module (direct) |"))
        #expect(md.contains("| `example.com/a` | `v1.0.0` | `v1.1.0` |"))
        #expect(md.contains("| `go.mod` | `example.com/c` | — | `./c` |"))
        #expect(md.contains("| Selected modules | 5 | 8 | +3 |"))
        #expect(!md.contains("<details>"))  // short tables stay open
        // MVS on both sides: said once.
        #expect(md.contains("> Both build lists were recomputed by minimal version selection"))
    }

    /// A diff that adds `count` modules with long paths, each with a finding.
    static func bigDiff(count: Int, pathLength: Int = 150) -> AnalysisDiff {
        let pad = String(repeating: "x", count: pathLength)
        let modules = (0..<count).map { ("example.com/\(pad)/m\($0)", "v1.0.\($0)") }
        let findings = modules.map {
            Finding(id: "module-error", severity: .warning, module: $0.0, message: "error for \($0.0)@\($0.1): " + pad)
        }
        return AnalysisDiff(
            base: DiffFixtures.side("base", modules: []),
            head: DiffFixtures.side("head", modules: modules, findings: findings))
    }

    @Test(arguments: [DiffMarkdownReport.defaultLimit, DiffMarkdownReport.githubCommentLimit, 10_000])
    func markdownStaysUnderTheLimit(limit: Int) {
        let md = DiffMarkdownReport.render(Self.bigDiff(count: 5_000), limit: limit)
        #expect(md.utf8.count <= limit)
        #expect(md.contains("_Long tables are cut to "))
        #expect(md.contains("more not shown: see `diff.json`._"))
        #expect(md.contains("### Added (5000)"))
        #expect(md.components(separatedBy: "<details>").count == md.components(separatedBy: "</details>").count)
    }

    @Test func smallDiffsAreNotCut() {
        let md = DiffMarkdownReport.render(Self.bigDiff(count: 40))
        #expect(!md.contains("not shown"))
        #expect(md.contains("<details><summary>Show 40 rows</summary>"))
        #expect(md.components(separatedBy: "| `example.com/").count - 1 == 40)
    }

    @Test func veryLongNamesAreClipped() {
        let diff = Self.bigDiff(count: 3, pathLength: 100_000)
        let md = DiffMarkdownReport.render(diff)
        #expect(md.utf8.count < 20_000)
        #expect(md.contains("…"))
        // One character with a million combining marks is clipped too.
        let marks = "a" + String(repeating: "\u{301}", count: 1_000_000)
        #expect(DiffMarkdownReport.clip(marks).unicodeScalars.count == DiffMarkdownReport.maxText)
    }

    static let hostile = [
        "evil.com/<script>alert(1)</script>",
        "evil.com/a|b`c*d_[x](http://e)",
        "evil.com/&amp;<!--",
        "evil.com/line\nbreak",
        "evil.com/\u{202e}reversed",
        "evil.com/@mention #1",
    ]

    static func hostileDiff() -> AnalysisDiff {
        let findings = hostile.map { Finding(id: "module-error", severity: .error, module: $0, message: "bad \($0)") }
        return AnalysisDiff(
            base: DiffFixtures.side("base", modules: [("evil.com/<b>old", "v1")]),
            head: DiffFixtures.side("head<img src=x>", modules: hostile.map { ($0, "v1.0.0") }, findings: findings))
    }

    /// `line` without its inline code spans (GitHub shows their content literally).
    static func outsideCode(_ line: Substring) -> String {
        let chars = Array(line)
        var out = ""
        var i = 0
        while i < chars.count {
            guard chars[i] == "`" else {
                out.append(chars[i])
                i += 1
                continue
            }
            var n = 0
            while i + n < chars.count, chars[i + n] == "`" { n += 1 }
            // The span ends at the next run of exactly n backticks.
            var j = i + n
            var end: Int?
            while j < chars.count {
                if chars[j] == "`" {
                    var m = 0
                    while j + m < chars.count, chars[j + m] == "`" { m += 1 }
                    if m == n { end = j + m; break }
                    j += m
                } else {
                    j += 1
                }
            }
            guard let end else {
                out += String(chars[i..<(i + n)])
                i += n
                continue
            }
            i = end
        }
        return out
    }

    @Test func hostileNamesStayInertInMarkdown() {
        let md = DiffMarkdownReport.render(Self.hostileDiff())
        let prose = md.split(separator: "\n").map(Self.outsideCode).joined(separator: "\n")
        #expect(!prose.contains("<script"))
        #expect(!prose.contains("<b>"))
        #expect(!prose.contains("<img"))
        #expect(prose.components(separatedBy: "<!--").count == 2)  // only the marker
        #expect(!prose.contains("](http"))
        #expect(!md.contains("\u{202e}"))
        #expect(!md.contains("line\nbreak"))
        // Each row of the added table keeps its 3 columns: every `|` of a name is escaped.
        let rows = md.split(separator: "\n").filter { $0.hasPrefix("| `") && $0.contains("unknown (no") }
        #expect(rows.count == Self.hostile.count)
        for line in rows {
            #expect(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 4, "\(line)")
        }
    }

    @Test func hostileNamesStayInertInText() {
        let text = DiffTextSummary.render(Self.hostileDiff())
        #expect(!text.contains("\n break"))
        #expect(!text.contains("line\nbreak"))
    }

    // MARK: Picture

    @Test func pictureDrawsChangesWithTheirPathsAndFoldsTheRest() throws {
        let diff = try DiffFixtures.smallDiff()
        let view = DiffGraphViewBuilder.view(of: diff)
        let kinds = Dictionary(uniqueKeysWithValues: view.nodes.map { ($0.id.path, $0.change) })
        #expect(kinds == [
            "example.com/app": .main, "example.com/a": .upgraded, "example.com/b": .downgraded,
            "example.com/d": .added, "example.com/e": .added, "example.com/f": .added, "example.com/g": .added,
            "example.com/gone": .removed,
            // c's replace directive changed (it is selected, at the same version).
            "example.com/c": .replaced,
        ])
        #expect(view.foldedModules == 1)  // a0: unchanged and on no drawn path
        let edges = Set(view.edges.map { "\($0.from.path) -> \($0.to.path) \($0.style)" })
        #expect(edges.contains("example.com/b -> example.com/e highlighted"))
        #expect(edges.contains("example.com/f -> example.com/g highlighted"))
        #expect(edges.contains("example.com/app -> example.com/gone weak"))
        #expect(!edges.contains { $0.hasPrefix("example.com/a0") })
    }

    @Test func dotIsDeterministicAndEscaped() throws {
        let dot = DiffDOTWriter().write(DiffGraphViewBuilder.view(of: Self.hostileDiff()))
        #expect(dot == DiffDOTWriter().write(DiffGraphViewBuilder.view(of: Self.hostileDiff())))
        #expect(!dot.contains("line\nbreak"))
        #expect(dot.contains("evil.com/&amp;amp;<!--"))  // & as an entity, inside a quoted string
        #expect(!dot.contains("\u{202e}"))
        #expect(dot.contains("\"modgraph\\ legend\""))
        #expect(!DiffDOTWriter(includeLegend: false).write(DiffGraphViewBuilder.view(of: Self.hostileDiff()))
            .contains("legend"))
    }
}
