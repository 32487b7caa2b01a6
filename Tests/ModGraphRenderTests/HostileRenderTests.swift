import Foundation
@testable import ModGraphCore
import Testing
import TestSupport
@testable import ModGraphRender

#if canImport(FoundationXML)
import FoundationXML
#endif

/// DOT written from hostile module paths, rendered by Graphviz, must stay well-formed SVG
/// that shows each path literally, with no injected nodes.
@Suite struct HostileRenderTests {
    static let paths: [String] = [
        #"evil.com/"];x[label="pwn"#,
        "a.com/<script>alert(1)</script>",
        #"back\slash\N\G\E\T\H\L\n"#,
        #"trailing\"#,
        "amp&foo;bar&;&#x41;&#65;&amp;&lt;",
        "nl\nline\ttab\r\u{0}\u{1}\u{1b}[31m\u{7f}\u{85}",
        "bidi\u{202E}txet\u{200B}\u{FEFF}",
        "ünïcødé.example/日本/🙂",
        "quote'apos\"",
        "--comment-->",
        "]]><![CDATA[x",
        "\u{2028}\u{FFFE}",
    ]

    static var view: GraphView {
        let main = ModuleID(path: "example.com/app", version: "")
        var nodes = [GraphView.Node(id: main, role: .main)]
        var edges: [GraphView.Edge] = []
        for (i, path) in paths.enumerated() {
            let id = ModuleID(path: path, version: "v1.0.\(i)")
            nodes.append(.init(
                id: id, role: i % 2 == 0 ? .direct : .indirect, replacement: i % 3 == 0 ? path : nil,
                findings: [Finding(id: "X<\(i)>", severity: .error, module: path, message: "bad \(path)")]))
            edges.append(.init(from: main, to: id))
        }
        return GraphView(title: #"hostile "title" <b>&amp; \N"#, nodes: nodes, edges: edges)
    }

    /// What a reader sees for a path: control and invisible characters as Go-style escapes.
    static func visible(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            if let escape = Escaping.visibleEscape(scalar) { out += escape } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    @Test(arguments: ["dot", "sfdp"])
    func hostileNamesRenderToWellFormedSVG(engine: String) throws {
        let dot = DOTWriter().write(Self.view.omittingImpliedEdges())
        let data = try SVGRenderer(options: RenderOptions(engine: LayoutEngine(engine))).render(dot: dot)
        let svg = try SVGDocument(data)

        // Each label line shows the path literally; nothing was decoded or interpreted.
        for path in Self.paths {
            #expect(svg.texts.contains(Self.visible(path)), "no label text for \(Self.visible(path))")
        }
        #expect(svg.texts.contains(#"hostile "title" <b>&amp; \N"#))
        // No node beyond ours and the legend's: the `x[label="pwn"]` injection did not happen.
        let nodeGroups = svg.attributes["class", default: []].filter { $0 == "node" }.count
        #expect(nodeGroups == Self.paths.count + 1 + 7)
        #expect(!svg.texts.contains("pwn"))
        #expect(!svg.elements.contains("script"))
        // Tooltips carry the findings, escaped.
        let tooltips = svg.attributes["xlink:title", default: []]
        #expect(tooltips.contains { $0.contains("error: bad a.com/<script>alert(1)</script> [X<1>]") })
        #expect(tooltips.contains { $0.hasPrefix("trailing\\\nversion v1.0.3") })
    }

    /// The golden DOT files render, and their SVG parses.
    @Test(arguments: ["basic", "basic-all-edges-no-legend", "hostile", "fan-out"])
    func goldenDOTRendersToWellFormedSVG(name: String) throws {
        let url = RepoPaths.fixture("golden/dot/\(name).dot")
        let dot = try String(contentsOf: url, encoding: .utf8)
        let data = try SVGRenderer().render(dot: dot)
        let svg = try SVGDocument(data)
        #expect(svg.elementCount(named: "g") > 3)
    }
}
