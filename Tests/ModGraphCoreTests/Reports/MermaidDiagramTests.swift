import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

@Suite struct MermaidDiagramTests {
    // MARK: Labels

    @Test(arguments: [
        ("example.com/a-b_c~d+e@v1.2.3", "example#46;com#47;a#45;b#95;c#126;d#43;e#64;v1#46;2#46;3"),
        (#"evil.com/"];click n0"#, "evil#46;com#47;#34;#93;#59;click n0"),
        ("    code? 1. - x", "#32;   code#63; 1#46; #45; x"),
        ("a#b<i>&amp;`x`", "a#35;b#60;i#62;#38;amp#59;#96;x#96;"),
        ("line\nbreak", "line#92;nbreak"),
        ("v1 → v2 −", "v1 #8594; v2 #8722;"),
        ("bidi\u{202E}", "bidi#92;u202e"),
        ("style:#f00;", "style#58;#35;f00#59;"),
        ("**bold** %%", "#42;#42;bold#42;#42; #37;#37;"),
    ])
    func labelsAreEntityCoded(input: String, expected: String) {
        #expect(Escaping.mermaidLabel(input) == expected)
    }

    /// Whatever goes in, a label holds only letters, digits, a few punctuation marks and entity
    /// codes, and decoding the codes gives back the text (with invisible characters shown).
    @Test(arguments: hostileSamples + ["a\"]:::main\n  n0 --> n1", "x\u{FB02}\u{B0}\u{B0}60\u{B6}\u{DF}"])
    func labelsDecodeToTheTextAndNothingElse(input: String) throws {
        let label = Escaping.mermaidLabel(input)
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 #;".unicodeScalars)
        #expect(label.unicodeScalars.allSatisfy { allowed.contains($0) }, "\(label)")
        let shown = input.unicodeScalars.map { Escaping.visibleEscape($0) ?? String($0) }.joined()
        #expect(Self.decode(label) == shown)
    }

    /// What Mermaid shows for a label: `#N;` codes decoded.
    static func decode(_ label: String) -> String {
        var out = ""
        var rest = Substring(label)
        while let hash = rest.firstIndex(of: "#") {
            out += rest[..<hash]
            let after = rest[rest.index(after: hash)...]
            guard let semi = after.firstIndex(of: ";"), let v = UInt32(after[..<semi]), let s = Unicode.Scalar(v) else {
                out += "#"
                rest = after
                continue
            }
            out.unicodeScalars.append(s)
            rest = after[after.index(after: semi)...]
        }
        return out + rest
    }

    // MARK: Diff

    @Test func diffDiagramDrawsEachChangeWithItsPath() throws {
        let md = DiffMarkdownReport.render(try DiffFixtures.smallDiff())
        let block = try #require(Self.block(md))
        #expect(block.hasPrefix("```mermaid\nflowchart LR\n"))
        #expect(block.contains("[\"example#46;com#47;a\nv1#46;0#46;0 #8594; v1#46;1#46;0\"]:::upgraded"))
        #expect(block.contains(":::downgraded"))
        #expect(block.contains(":::added"))
        #expect(block.contains(":::removed"))
        #expect(block.contains("classDef added fill:#dafbe1,stroke:#1a7f37"))
        // e is added through b: the path from the main module is drawn.
        let ids = Self.ids(block)
        let app = try #require(ids["example.com/app"]), b = try #require(ids["example.com/b"])
        let e = try #require(ids["example.com/e"])
        #expect(block.contains("  \(app) --> \(b)\n"))
        #expect(block.contains("  \(b) --> \(e)\n"))
        #expect(!md.contains("_To keep the diagram within"))
    }

    /// The line to "N unchanged modules not drawn" looks as in diff.svg (dotted, grey, no arrow
    /// head), not like the base's path to a removed module (dashed, red).
    @Test func foldedUnchangedLineIsGreyLikeDiffSVG() throws {
        // a0 is unchanged and on no drawn path; gone was removed (the base's path to it, dashed).
        let block = try #require(Self.block(DiffMarkdownReport.render(try DiffFixtures.smallDiff())))
        let ids = Self.ids(block)
        let app = try #require(ids["example.com/app"])
        let rest = try #require(ids["1 unchanged module not drawn"], "\(block)")
        let gone = try #require(ids["example.com/gone"])
        let links = block.split(separator: "\n").filter { $0.hasPrefix("  n") && !$0.contains("[") }.map(String.init)
        let foldLink = try #require(links.firstIndex(of: "  \(app) -.- \(rest)"), "\(links)")
        let removedLink = try #require(links.firstIndex(of: "  \(app) -.-> \(gone)"), "\(links)")
        let styles = block.split(separator: "\n").filter { $0.hasPrefix("  linkStyle ") && !$0.contains("default") }
        func colour(of link: Int) -> String? {
            for s in styles {
                let parts = s.split(separator: " ")
                if parts[1].split(separator: ",").contains(Substring(String(link))) {
                    return parts[2].split(separator: ",").first.map { String($0.dropFirst("stroke:".count)) }
                }
            }
            return nil
        }
        #expect(colour(of: foldLink) == "#8c959f", "\(block)")
        #expect(colour(of: removedLink) == "#cf222e", "\(block)")
    }

    @Test func mermaidFalseLeavesTheDiagramOut() throws {
        let diff = try DiffFixtures.smallDiff()
        #expect(!DiffMarkdownReport.render(diff, mermaid: false).contains("```mermaid"))
        #expect(DiffMarkdownReport.render(diff).contains("```mermaid"))
        let a = try Analyzer.analyze(try InputSet.load(root: RepoPaths.sample("multi-major").path), name: "m")
        #expect(!MarkdownReport.render(a, mermaid: false).contains("```mermaid"))
        #expect(MarkdownReport.render(a).contains("```mermaid"))
    }

    /// 700 added modules under one prefix: 700 edges is over GitHub's 500, so they are folded
    /// into one node, and the report says so.
    @Test func bigDiffsAreFoldedByPathPrefix() throws {
        let md = DiffMarkdownReport.render(DiffReportTests.bigDiff(count: 700, pathLength: 10))
        let block = try #require(Self.block(md))
        #expect(block.components(separatedBy: "-->").count - 1 <= 500)
        #expect(block.utf8.count <= 50_000)
        #expect(block.contains("example#46;com#47;#8230;\n700 modules folded\n700 added"))
        #expect(md.contains("modules folded by path prefix: `example.com/…` (700)"))
    }

    /// Groups are folded largest first, only as far as needed.
    @Test func foldingStopsOnceItFits() {
        var nodes = [MermaidDiagram.Node(key: "main", lines: ["main"], style: "main", group: nil, kind: "main")]
        var edges: [MermaidDiagram.Edge] = []
        for (prefix, n) in [("big.org", 300), ("mid.org", 150), ("small.org", 100)] {
            for i in 0..<n {
                nodes.append(.init(key: "\(prefix)/m\(i)", lines: ["\(prefix)/m\(i)"], style: "x", group: prefix, kind: "added"))
                edges.append(.init(from: "main", to: "\(prefix)/m\(i)"))
            }
        }
        let d = MermaidDiagram(nodes: nodes, edges: edges, styles: [], edgeColor: "#000000", dashedEdgeColor: "#000000")
        let r = d.render()
        #expect(r.folded.map(\.group) == ["big.org"])
        #expect(r.folded.map(\.modules) == [300])
        #expect(r.omitted == 0)
        #expect(r.block.components(separatedBy: "-->").count - 1 == 251)
        // A tighter text budget folds the next largest too.
        let tight = d.render(limits: .init(characters: 3_000))
        #expect(tight.folded.map(\.group) == ["big.org", "mid.org", "small.org"])
        #expect(tight.block.utf8.count <= 3_000)
    }

    /// 600 modules on 600 hosts: nothing to fold, so the least important are left out.
    @Test func whatCannotBeFoldedIsLeftOutAndCounted() {
        var nodes = [MermaidDiagram.Node(key: "main", lines: ["main"], style: "main", group: nil, kind: "main")]
        var edges: [MermaidDiagram.Edge] = []
        for i in 0..<600 {
            nodes.append(.init(key: "h\(i).org/m", lines: ["h\(i).org/m"], style: "x", group: "h\(i).org", kind: "added"))
            edges.append(.init(from: "main", to: "h\(i).org/m"))
        }
        let r = MermaidDiagram(nodes: nodes, edges: edges, styles: [], edgeColor: "#000000", dashedEdgeColor: "#000000").render()
        #expect(r.omitted > 0)
        #expect(r.block.components(separatedBy: "-->").count - 1 <= 500)
        #expect(r.block.contains("[\"main\"]"))
        #expect(r.note?.contains("\(r.omitted) modules left out") == true)
    }

    @Test func hostileNamesCannotEndALabel() throws {
        let md = DiffMarkdownReport.render(DiffReportTests.hostileDiff())
        let block = try #require(Self.block(md))
        // Each node statement is n12["..."]:::style, its label free of quotes, and nothing else
        // but arrows and styling follows.
        let statements = block.split(separator: "\n").dropFirst(2).dropLast()
        let joined = statements.joined(separator: "\n")
        let nodes = (joined + "\n").matches(of: try Regex(#"  n\d+\["[^"]*"\]:::[a-z]+\n"#)).count
        #expect(nodes == joined.components(separatedBy: "[\"").count - 1)
        #expect(nodes >= DiffReportTests.hostile.count)
        for line in statements where !line.hasPrefix("  n") || !line.contains("[\"") {
            #expect(
                line.range(of: #"^(  n\d+ (-->|-\.->) n\d+|  classDef .*|  style n\d+ .*|  linkStyle .*|[A-Za-z0-9 #;]*"\]:::[a-z]+|[A-Za-z0-9 #;]*)$"#, options: .regularExpression) != nil,
                "\(line)")
        }
        #expect(!block.contains("<script"))
        #expect(!block.contains("<img"))
    }

    // MARK: Analysis

    @Test func reportDiagramHasMainDirectAndFlaggedModules() throws {
        let a = try Analyzer.analyze(try InputSet.load(root: RepoPaths.sample("multi-major").path), name: "m")
        let md = MarkdownReport.render(a)
        let block = try #require(Self.block(md))
        let ids = Self.ids(block)
        for m in a.mainModules { #expect(ids[m] != nil) }
        for m in a.buildList.modules where !m.indirect { #expect(ids[m.path] != nil, "direct \(m.path)") }
        let flagged = Set(a.findings.filter { $0.severity >= .warning && !$0.module.isEmpty }.map(\.module))
        for m in flagged where a.buildList.module(m) != nil { #expect(ids[m] != nil, "flagged \(m)") }
        #expect(block.contains(":::main"))
        #expect(block.contains("stroke:#e16f24,stroke-width:3px") || flagged.isEmpty)
    }

    // MARK: Helpers

    static func block(_ md: String) -> String? {
        guard let start = md.range(of: "```mermaid\n") else { return nil }
        guard let end = md.range(of: "\n```\n", range: start.upperBound..<md.endIndex) else { return nil }
        return String(md[start.lowerBound..<end.upperBound])
    }

    /// Node id by the first line of its label (a module path, decoded).
    static func ids(_ block: String) -> [String: String] {
        var out: [String: String] = [:]
        for line in block.split(separator: "\n") {
            guard let m = line.firstMatch(of: /^  (n\d+)\["([^"<]*)/) else { continue }
            out[decode(String(m.2))] = String(m.1)
        }
        return out
    }
}
