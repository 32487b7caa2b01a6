import Testing
import TestSupport
@testable import ModGraphCore

/// Hand-built views shared by the DOT golden tests and the render tests.
enum SampleViews {
    static let main = ModuleID(path: "example.com/app", version: "")

    static func m(_ path: String, _ version: String) -> ModuleID { ModuleID(path: path, version: version) }

    /// Every style: roles, a replacement, each severity, pseudo and +incompatible versions,
    /// weak and highlighted edges, and an implied edge to leave out.
    static var basic: GraphView {
        let text = m("golang.org/x/text", "v0.14.0")
        let mod = m("golang.org/x/mod", "v0.0.0-20240101120000-abcdef123456")
        let docker = m("github.com/docker/docker", "v24.0.7+incompatible")
        let yaml = m("gopkg.in/yaml.v3", "v3.0.1")
        let logrus = m("github.com/sirupsen/logrus", "v1.9.3")
        let sys = m("golang.org/x/sys", "v0.15.0")
        let nodes: [GraphView.Node] = [
            .init(id: main, role: .main),
            .init(id: docker, role: .direct,
                  findings: [Finding(id: "MG010", severity: .warning, module: docker.path,
                                     message: "+incompatible major version")]),
            .init(id: logrus, role: .direct, replacement: "../forks/logrus"),
            .init(id: text, role: .indirect,
                  findings: [Finding(id: "MG020", severity: .note, module: text.path, message: "newer version available")]),
            .init(id: mod, role: .indirect),
            .init(id: yaml, role: .indirect,
                  findings: [
                      Finding(id: "MG001", severity: .error, module: yaml.path, message: "retracted version"),
                      Finding(id: "MG020", severity: .note, module: yaml.path, message: "newer version available"),
                  ]),
            .init(id: sys, role: .indirect, replacement: "golang.org/x/sys v0.16.0"),
        ]
        let edges: [GraphView.Edge] = [
            .init(from: main, to: docker),
            .init(from: main, to: logrus),
            .init(from: main, to: text, style: .weak),
            .init(from: main, to: yaml, style: .highlighted),
            .init(from: docker, to: text),
            .init(from: docker, to: mod),
            .init(from: logrus, to: sys),
            .init(from: docker, to: sys),  // implied by docker -> mod -> sys: left out
            .init(from: mod, to: sys),
            .init(from: docker, to: yaml, style: .highlighted),
        ]
        return GraphView(title: "example.com/app", nodes: nodes, edges: edges)
    }

    /// Module paths built to break out of DOT strings, SVG markup and XML well-formedness.
    static var hostile: GraphView {
        var nodes = [GraphView.Node(id: main, role: .main)]
        var edges: [GraphView.Edge] = []
        for (i, path) in hostilePaths.enumerated() {
            let id = m(path, "v1.0.\(i)")
            nodes.append(.init(
                id: id, role: i % 2 == 0 ? .direct : .indirect,
                replacement: i % 4 == 1 ? path : nil,
                findings: i % 3 == 0 ? [Finding(id: "MG<\(i)>", severity: .error, module: path, message: "bad \(path)")] : []))
            edges.append(.init(from: main, to: id))
        }
        return GraphView(title: #"hostile "title" <b>&amp; \N"#, nodes: nodes, edges: edges)
    }

    static let hostilePaths: [String] = [
        #"evil.com/"];x[label="pwn"#,
        "a.com/<script>alert(1)</script>",
        #"back\slash\N\G\n"#,
        #"trailing\"#,
        "amp&foo;bar&;&#x41;&amp;",
        "nl\nline\ttab\u{1}\u{1b}[31m\u{7f}",
        "bidi\u{202E}txet",
        "ünïcødé.example/日本",
        "quote'apos\"",
        "--comment-->",
        "]]><![CDATA[x",
    ]

    /// One module with many leaf dependencies: drawn on staggered rows.
    static var fanOut: GraphView {
        let hub = m("example.com/hub", "v1.0.0")
        var nodes: [GraphView.Node] = [.init(id: main, role: .main), .init(id: hub, role: .direct)]
        var edges = [GraphView.Edge(from: main, to: hub)]
        for i in 0..<20 {
            let leaf = m("example.com/leaf\(i < 10 ? "0" : "")\(i)", "v0.\(i).0")
            nodes.append(.init(id: leaf, role: .indirect))
            edges.append(.init(from: hub, to: leaf))
            edges.append(.init(from: main, to: leaf, style: .weak))
        }
        return GraphView(title: "fan-out", nodes: nodes, edges: edges)
    }
}

@Suite struct DOTWriterTests {
    static let goldenCases: [String: (GraphView, DOTWriter)] = [
        "basic": (SampleViews.basic.omittingImpliedEdges(), DOTWriter()),
        "basic-all-edges-no-legend": (SampleViews.basic, DOTWriter(includeLegend: false)),
        "hostile": (SampleViews.hostile.omittingImpliedEdges(), DOTWriter()),
        "fan-out": (SampleViews.fanOut.omittingImpliedEdges(), DOTWriter(includeLegend: false)),
    ]

    /// Golden files under Tests/Fixtures/golden/dot/ (RECORD_GOLDEN=1 re-records).
    @Test(arguments: goldenCases.keys.sorted())
    func golden(name: String) throws {
        let (view, writer) = try #require(Self.goldenCases[name])
        let dot = writer.write(view)
        if let problem = Golden.check(dot, against: "dot/\(name).dot") {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func sameBytesWhateverTheInputOrder() {
        let view = SampleViews.basic
        var rng = SystemRandomNumberGenerator()
        let expected = DOTWriter().write(view.omittingImpliedEdges())
        for _ in 0..<20 {
            let shuffled = GraphView(
                title: view.title, nodes: view.nodes.shuffled(using: &rng), edges: view.edges.shuffled(using: &rng))
            #expect(DOTWriter().write(shuffled.omittingImpliedEdges()) == expected)
        }
    }

    @Test func duplicatesAreWrittenOnce() {
        let view = SampleViews.basic
        let doubled = GraphView(title: view.title, nodes: view.nodes + view.nodes, edges: view.edges + view.edges)
        #expect(DOTWriter().write(doubled.omittingImpliedEdges()) == DOTWriter().write(view.omittingImpliedEdges()))
    }

    @Test func mainModuleIsOnTheTopRankAndLabelsHaveTwoLines() {
        let dot = DOTWriter().write(SampleViews.basic.omittingImpliedEdges())
        #expect(dot.contains(#"{ rank=min; "example.com/app"; }"#))
        #expect(dot.contains(#"label="golang.org/x/text\nv0.14.0""#))
        #expect(dot.contains(#"label="github.com/sirupsen/logrus\nv1.9.3\n=> ../forks/logrus""#))
        #expect(dot.contains("rankdir=TB"))
        #expect(dot.contains("subgraph cluster_legend"))
    }

    @Test func everyModuleNodeHasATooltip() {
        let dot = DOTWriter().write(SampleViews.hostile.omittingImpliedEdges())
        let nodeLines = dot.split(separator: "\n").filter { $0.hasPrefix("  \"") && !$0.contains(" -> ") }
        #expect(nodeLines.count == SampleViews.hostile.nodes.count)
        for line in nodeLines { #expect(line.contains("tooltip=")) }
    }

    @Test func hostileNamesStayInsideTheirStrings() {
        let dot = DOTWriter().write(SampleViews.hostile.omittingImpliedEdges())
        // Outside quoted strings only DOT syntax remains: no injected `x[label=...]`.
        var outside = ""
        var inString = false
        var escaped = false
        for c in dot.unicodeScalars {
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
            } else if c == "\"" {
                inString = true
            } else {
                outside.unicodeScalars.append(c)
            }
        }
        #expect(!inString)
        #expect(!outside.contains("x["))
        #expect(!outside.contains("<"))
        #expect(!outside.contains("pwn") && !outside.contains("script"))
    }

    @Test func defaultTooltipListsVersionRequirersAndFindings() throws {
        let view = SampleViews.basic
        let yaml = try #require(view.nodes.first { $0.id.path == "gopkg.in/yaml.v3" })
        #expect(yaml.tooltip == [
            "gopkg.in/yaml.v3",
            "version v3.0.1",
            "indirect dependency",
            "required by:",
            "  example.com/app",
            "  github.com/docker/docker@v24.0.7+incompatible",
            "error: retracted version [MG001]",
            "note: newer version available [MG020]",
        ])
        let mod = try #require(view.nodes.first { $0.id.path == "golang.org/x/mod" })
        #expect(mod.isPseudoVersion && !mod.isIncompatible)
        #expect(mod.tooltip[1] == "version v0.0.0-20240101120000-abcdef123456 (pseudo-version)")
        #expect(view.nodes.first { $0.id.path == "github.com/docker/docker" }?.tooltip[1] == "version v24.0.7+incompatible")
        let docker = try #require(view.nodes.first { $0.id.path == "github.com/docker/docker" })
        #expect(docker.isIncompatible && !docker.isPseudoVersion)
        #expect(docker.worstSeverity == .warning)
        #expect(yaml.worstSeverity == .error)
    }

    @Test func edgeEndsMissingFromTheNodesAreDrawnWithATooltip() {
        let a = SampleViews.m("a.com/a", "v1.0.0"), b = SampleViews.m("b.com/b", "v2.0.0")
        let view = GraphView(title: "t", nodes: [.init(id: SampleViews.main, role: .main)],
                             edges: [.init(from: SampleViews.main, to: a), .init(from: b, to: a)])
        let dot = DOTWriter(includeLegend: false).write(view)
        #expect(dot.contains(#""a.com/a@v1.0.0" [label="a.com/a\nv1.0.0", tooltip="a.com/a\nversion v1.0.0\nindirect dependency\nrequired by:\n  b.com/b@v2.0.0\n  example.com/app"]"#))
        #expect(dot.contains(#""b.com/b@v2.0.0" [label="b.com/b\nv2.0.0", tooltip="b.com/b\nversion v2.0.0\nindirect dependency"]"#))
    }

    @Test func givenTooltipIsKept() {
        let node = GraphView.Node(id: SampleViews.main, role: .main, tooltip: ["custom"])
        let view = GraphView(title: "t", nodes: [node], edges: [])
        #expect(view.nodes[0].tooltip == ["custom"])
    }

    @Test func manyRequirersAreSummarized() {
        let target = SampleViews.m("example.com/common", "v1.0.0")
        let requirers = (0..<12).map { SampleViews.m("example.com/r\($0 < 10 ? "0" : "")\($0)", "v1.0.0") }
        let view = GraphView(
            title: "t", nodes: [.init(id: target, role: .indirect)],
            edges: requirers.map { GraphView.Edge(from: $0, to: target) })
        #expect(view.nodes[0].tooltip.suffix(2) == ["  example.com/r07@v1.0.0", "  and 4 more"])
    }

    @Test func fanOutLeavesAreStaggered() {
        let dot = DOTWriter(includeLegend: false).write(SampleViews.fanOut.omittingImpliedEdges())
        let lengths = dot.split(separator: "\n").filter { $0.contains("\"example.com/hub@v1.0.0\" ->") }
            .map { $0.contains("minlen=2") ? 2 : $0.contains("minlen=3") ? 3 : 1 }
        #expect(lengths.count == 20)
        #expect(Set(lengths) == [1, 2, 3])
        // The weak edges from the main module are implied by main -> hub -> leaf.
        #expect(!dot.contains("style=dashed"))
    }

    // MARK: Implied edges

    @Test func impliedEdgesAreLeftOutButReachabilityIsKept() {
        var rng = TestRandom(seed: 7)
        for round in 0..<30 {
            let count = 5 + round % 20
            let ids = (0..<count).map { SampleViews.m("example.com/m\($0)", "v1.0.0") }
            var edges: [GraphView.Edge] = []
            for _ in 0..<(count * 3) {
                let a = Int(rng.next() % UInt64(count))
                let b = Int(rng.next() % UInt64(count))
                // Mostly forward edges, some backward ones for cycles.
                if a != b, a < b || rng.next() % 5 == 0 { edges.append(.init(from: ids[a], to: ids[b])) }
            }
            let all = Set(edges).sorted()
            let kept = GraphView.withoutImpliedEdges(all)
            #expect(kept.count <= all.count)
            #expect(reachability(all) == reachability(kept), "round \(round)")
            // Minimal: no kept edge is implied by the others.
            #expect(GraphView.withoutImpliedEdges(kept) == kept)
        }
    }

    @Test func cyclesKeepTheirReachability() {
        let a = SampleViews.m("a.com/a", "v1"), b = SampleViews.m("b.com/b", "v1"), c = SampleViews.m("c.com/c", "v1")
        let edges = [GraphView.Edge(from: a, to: b), .init(from: b, to: a), .init(from: a, to: c), .init(from: b, to: c)]
        let kept = GraphView.withoutImpliedEdges(edges.sorted())
        #expect(kept.count == 3)
        #expect(reachability(kept) == reachability(edges))
    }

    @Test func highlightedEdgesAreAlwaysDrawn() {
        let a = SampleViews.m("a.com/a", "v1"), b = SampleViews.m("b.com/b", "v1"), c = SampleViews.m("c.com/c", "v1")
        let edges = [GraphView.Edge(from: a, to: b), .init(from: b, to: c), .init(from: a, to: c, style: .highlighted)]
        #expect(GraphView.withoutImpliedEdges(edges.sorted()).count == 3)
    }

    /// A small deterministic generator, so failures reproduce.
    struct TestRandom {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
    }

    private func reachability(_ edges: [GraphView.Edge]) -> [ModuleID: Set<ModuleID>] {
        var successors: [ModuleID: [ModuleID]] = [:]
        for e in edges { successors[e.from, default: []].append(e.to) }
        var result: [ModuleID: Set<ModuleID>] = [:]
        for start in successors.keys {
            var seen = Set<ModuleID>()
            var stack = successors[start] ?? []
            while let n = stack.popLast() {
                if seen.insert(n).inserted { stack += successors[n] ?? [] }
            }
            result[start] = seen
        }
        return result
    }
}
