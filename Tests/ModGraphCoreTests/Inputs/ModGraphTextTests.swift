import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

@Suite struct ModGraphTextTests {
    private func parse(_ text: String) throws(ParseError) -> ModGraphText {
        try ModGraphText.parse(text: text, file: "graph.txt")
    }

    private func texts(_ g: ModGraphText, _ edges: [ModGraphText.Edge]) -> [String] {
        edges.map { "\(g.nodes[Int($0.from)].text) \(g.nodes[Int($0.to)].text)" }
    }

    @Test func parsesNodesEdgesAndToolchainRequirements() throws {
        let input = try InputText.read(path: RepoPaths.fixture("inputs/graph/basic.txt").path, file: "basic.txt")
        let g = try ModGraphText.parse(input)
        #expect(g.file == "basic.txt")
        #expect(g.nodes.map(\.text) == [
            "example", "go@1.22", "toolchain@go1.22.3", "example.com/alpha@v1.2.0",
            "Example.COM/Upper@v0.1.0", "localdep@v0.0.0", "example.com/beta/v2@v2.0.1",
            "gopkg.in/yaml.v3@v3.0.1", "example.com/gamma@v0.3.0-rc.1",
            "example.com/old@v2.0.0+incompatible", "go@1.21.0",
            "example.com/gamma@v0.0.0-20240102030405-abcdefabcdef", "toolchain@go1.22",
        ])
        #expect(g.nodes[3] == ModuleID(path: "example.com/alpha", version: "v1.2.0"))
        #expect(g.isToolchainNode.enumerated().filter(\.element).map(\.offset) == [1, 2, 10, 12])
        #expect(g.moduleNodeCount == 9)
        #expect(g.mainNodes == [0])
        #expect(g.edges.map(\.line) == [3, 4, 5, 6, 7, 8, 9, 11, 12])
        #expect(g.toolchainEdges.map(\.line) == [1, 2, 10, 13])
        #expect(texts(g, g.toolchainEdges) == [
            "example go@1.22", "example toolchain@go1.22.3",
            "example.com/alpha@v1.2.0 go@1.21.0", "go@1.22 toolchain@go1.22",
        ])
        #expect(g.edges[0] == ModGraphText.Edge(from: 0, to: 3, line: 3))
        #expect(g.edges.last == ModGraphText.Edge(from: 6, to: 3, line: 12))
        #expect(g.modules(of: g.edges[1]).to.path == "Example.COM/Upper")
        #expect(g.duplicateEdgeLines.isEmpty)
        #expect(g.edgeLineCount == 13)
        #expect(g.index(of: ModuleID(path: "localdep", version: "v0.0.0")) == 5)
        #expect(g.index(of: ModuleID(path: "example", version: "")) == 0)
        #expect(g.index(of: ModuleID(path: "localdep", version: "v0.0.1")) == nil)
    }

    @Test func workspaceModulesAreBareNodes() throws {
        let input = try InputText.read(path: RepoPaths.fixture("inputs/graph/workspace.txt").path)
        let g = try ModGraphText.parse(input)
        #expect(g.mainNodes.map { g.nodes[Int($0)].text } == ["example.com/ws/a", "example.com/ws/b"])
        #expect(texts(g, g.edges) == ["example.com/ws/a example.com/ws/b@v1.0.0", "example.com/ws/b example.com/dep@v1.1.0"])
        #expect(g.toolchainEdges.count == 4)
        #expect(g.nodes.contains(ModuleID(path: "go", version: "1.21rc1")))
    }

    @Test func acceptsCRLFBlankLinesAndRunsOfBlanks() throws {
        let g = try parse("m a@v1.0.0\r\n\r\n  a@v1.0.0\t \tb@v1.0.0 \r\nb@v1.0.0 toolchain@default\n\n\n")
        #expect(texts(g, g.edges) == ["m a@v1.0.0", "a@v1.0.0 b@v1.0.0"])
        #expect(g.edges.map(\.line) == [1, 3])
        #expect(texts(g, g.toolchainEdges) == ["b@v1.0.0 toolchain@default"])
        #expect(g.nodes.count == 4)
    }

    @Test func acceptsVersionForms() throws {
        let g = try parse("""
            m a.example/x@v1.2
            m a.example/x@v1.2.3-pre.1+build.5
            m a.example/y/v3@v3.0.0
            m gopkg.in/check.v1@v0.0.0-20161208181325-20d25e280405
            m gopkg.in/yaml.v2@v2.4.0
            m a.example/z@v4.1.0+incompatible
            m go@1.21rc1
            m toolchain@go1.22.3-custom
            m go@1
            """)
        #expect(g.edges.count == 6)
        #expect(g.toolchainEdges.count == 3)
    }

    @Test func keepsTheFirstOfRepeatedEdges() throws {
        let g = try parse("m a@v1.0.0\nm b@v1.0.0\nm a@v1.0.0\nm go@1.22\nm go@1.22\n")
        #expect(g.edges.map(\.line) == [1, 2])
        #expect(g.toolchainEdges.map(\.line) == [4])
        #expect(g.duplicateEdgeLines == [3, 5])
        #expect(g.edgeLineCount == 5)
    }

    @Test func findsRepeatsWhenAFromNodeComesBackLater() throws {
        // The go command groups each node's requirements; other input still dedups correctly.
        let g = try parse("""
            m a@v1.0.0
            m go@1.22
            a@v1.0.0 b@v1.0.0
            m a@v1.0.0
            m c@v1.0.0
            a@v1.0.0 b@v1.0.0
            m go@1.22
            m c@v1.0.0
            """)
        #expect(g.edges.map(\.line) == [1, 3, 5])
        #expect(g.toolchainEdges.map(\.line) == [2])
        #expect(g.duplicateEdgeLines == [4, 6, 7, 8])
    }

    @Test func reportsTheFirstErrorOfABatchInFileOrder() {
        var lines = (0..<100).map { "m x.com/n\($0)@v1.0.0" }
        lines[2] = "m x.com/bad@1.0.0"
        lines[4] = "only-one-field"
        #expect(inputError { () throws(ParseError) in try parse(lines.joined(separator: "\n")) }?.line == 3)
        lines[2] = "m x.com/n2@v1.0.0"
        #expect(inputError { () throws(ParseError) in try parse(lines.joined(separator: "\n")) }?.line == 5)
        lines[4] = "m x.com/n4@v1.0.0"
        lines[90] = "m x.com/n90@v1.0.0 extra"
        lines[95] = "m x.com/bad@v2.0.0"
        let late = inputError { () throws(ParseError) in try parse(lines.joined(separator: "\r\n")) }
        #expect(late?.line == 91)
        #expect(late?.column == 20)
    }

    @Test func handlesLongNodesUpToTheLimit() throws {
        // Two nodes of exactly 4096 bytes that differ only in their last byte.
        let long1 = "x.com/" + String(repeating: "a", count: 4096 - 6 - 7)
        let long2 = "x.com/" + String(repeating: "a", count: 4096 - 6 - 8) + "b"
        let g = try parse("m \(long1)@v1.0.0\nm \(long2)@v1.0.0\n\(long1)@v1.0.0 \(long2)@v1.0.0\nm \(long1)@v1.0.0\n")
        #expect(g.nodes.count == 3)
        #expect(g.edges.count == 3)
        #expect(g.duplicateEdgeLines == [4])
        #expect(g.index(of: ModuleID(path: long2, version: "v1.0.0")) == 2)
        let tooLong = "x.com/" + String(repeating: "a", count: 4096 - 6 - 6)
        let error = inputError { () throws(ParseError) in try parse("m \(long1)@v1.0.0\nm \(tooLong)@v1.0.0\n") }
        #expect(error?.description == "graph.txt:2:3: expected path@version: this one is 4097 bytes long, longer than the 4096-byte limit (a module cache path holds it, and PATH_MAX is 4096)")
    }

    /// A graph of more module versions than the node limit is refused at the line that passes
    /// it, before the graph is built (README "Limits"; a limit of 1000 here, for speed).
    @Test func refusesMoreNodesThanTheLimit() throws {
        #expect(ModGraphText.nodeCountLimit == 1_000_000)
        var text = ""
        for i in 0..<1000 { text += "m a.b/m\(i)@v1.0.0\n" }
        var parser = ModGraphTextParser(input: try InputText(text, file: "graph.txt"), nodeCountLimit: 1000)
        let error = inputError { () throws(ParseError) in _ = try parser.run() }
        #expect(error?.description == "graph.txt:1000:3: more than 1000 module versions: too many to analyze within bounded memory (the largest real graphs have a few thousand)")
        var fits = ModGraphTextParser(input: try InputText(text, file: "graph.txt"), nodeCountLimit: 1001)
        #expect(try fits.run().nodes.count == 1001)
    }

    @Test func mixesTheFastAndGeneralLineForms() throws {
        let g = try parse("m a@v1.0.0\r\nm b@v1.0.0\n\tm  c@v1.0.0\nm d@v1.0.0\r\n\nm e@v1.0.0")
        #expect(g.edges.map { g.nodes[Int($0.to)].path } == ["a", "b", "c", "d", "e"])
        #expect(g.edges.map(\.line) == [1, 2, 3, 4, 6])
    }

    @Test func emptyOutputIsAnEmptyGraph() throws {
        // go mod graph prints nothing for a module without requirements and go < 1.21.
        for text in ["", "\n", "\r\n \n\t\n"] {
            let g = try parse(text)
            #expect(g.nodes.isEmpty && g.edges.isEmpty && g.toolchainEdges.isEmpty && g.mainNodes.isEmpty)
        }
    }

    @Test func internsManyNodesAcrossTableGrowth() throws {
        var lines: [String] = []
        for i in 0..<5000 { lines.append("m example.com/m\(i)@v1.0.\(i % 7)") }
        for i in 0..<5000 { lines.append("example.com/m\(i)@v1.0.\(i % 7) example.com/m\((i * 31) % 5000)@v1.0.\(((i * 31) % 5000) % 7)") }
        lines.append("m example.com/m42@v1.0.0")  // repeat of line 43
        let g = try parse(lines.joined(separator: "\n"))
        #expect(g.nodes.count == 5001)
        #expect(g.edges.count == 10000)
        #expect(g.duplicateEdgeLines == [10001])
        #expect(g.index(of: ModuleID(path: "example.com/m4999", version: "v1.0.1")) == 5000)
        for (i, id) in g.nodes.enumerated() { #expect(g.index(of: id) == Int32(i)) }
    }

    @Test(arguments: [
        // input, line, column, message prefix
        ("m\n", 1, 2, "expected two fields 'FROM TO' separated by a space, found one"),
        ("m a@v1.0.0\n  x  \n", 2, 6, "expected two fields 'FROM TO' separated by a space, found one"),
        ("m a@v1.0.0 b@v1.0.0", 1, 12, "expected two fields 'FROM TO' separated by a space, found a third field"),
        ("m a@v1.0.0 \t b@v1", 1, 14, "expected two fields 'FROM TO' separated by a space, found a third field"),
        ("m Exa$mple.com/x@v1.0.0", 1, 3, "expected a module path: malformed import path \"Exa$mple.com/x\""),
        ("m -x.com/y@v1.0.0", 1, 3, "expected a module path: malformed import path \"-x.com/y\": leading dash"),
        ("m x.com//y@v1.0.0", 1, 3, "expected a module path: malformed import path \"x.com//y\""),
        ("m x.com/y/@v1.0.0", 1, 3, "expected a module path: malformed import path \"x.com/y/\""),
        ("m x.com/y/v1@v1.0.0", 1, 3, "expected a module path: \"x.com/y/v1\" has an invalid major version suffix"),
        ("m\u{FEFF} a@v1.0.0", 1, 1, "expected a main module path: malformed import path"),
        ("bad$main a@v1.0.0", 1, 1, "expected a main module path: malformed import path \"bad$main\""),
        ("m a@v1.0.0\nm x.com/y@1.0.0", 2, 11, "invalid version \"1.0.0\" of x.com/y: expected a semantic version such as v1.2.3"),
        ("m x.com/y@v1.0.0-01", 1, 11, "invalid version \"v1.0.0-01\""),
        ("m x.com/y@v1.0.0@v2", 1, 11, "invalid version \"v1.0.0@v2\""),
        ("m x.com/y@latest", 1, 11, "invalid version \"latest\""),
        ("m x.com/y@v1.0.0\r\r", 1, 11, "invalid version \"v1.0.0\\r\""),
        ("m x.com/y@", 1, 11, "expected a version after \"x.com/y@\""),
        ("m @v1.0.0", 1, 3, "expected a module path before '@'"),
        ("m x.com/y@v2.0.0", 1, 11, "version \"v2.0.0\" does not match the module path x.com/y: expected v0 or v1, not v2"),
        ("m x.com/y/v3@v2.0.0", 1, 14, "version \"v2.0.0\" does not match the module path x.com/y/v3: expected v3, not v2"),
        ("m gopkg.in/yaml.v3@v2.0.0", 1, 20, "version \"v2.0.0\" does not match the module path gopkg.in/yaml.v3"),
        ("m go@banana", 1, 6, "invalid Go version \"banana\": expected a Go version such as 1.21.0"),
        ("m go@v1.21.0", 1, 6, "invalid Go version \"v1.21.0\""),
        ("m toolchain@1.21.0", 1, 13, "invalid toolchain \"1.21.0\": expected a toolchain name such as go1.21.0"),
        ("m go", 1, 5, "expected a version after \"go@\""),
        ("toolchain m@v1.0.0", 1, 10, "expected a version after \"toolchain@\""),
        ("m a@v1.0.0\n\u{00E9}t\u{00E9} b@v1.0.0\nx", 2, 1, "expected a main module path"),
        ("m a@v1.0.0\n\u{00E9}t\u{00E9}\n", 2, 4, "expected two fields"),
    ] as [(String, Int, Int, String)])
    func reportsMalformedLines(text: String, line: Int, column: Int, message: String) {
        let error = inputError { () throws(ParseError) in try parse(text) }
        #expect(error?.file == "graph.txt")
        #expect(error?.line == line)
        #expect(error?.column == column)
        #expect(error?.message.hasPrefix(message) == true, "\(String(describing: error?.message))")
    }

    @Test func reportsTheErrorWithItsPosition() {
        let error = inputError { () throws(ParseError) in try parse("m a@v1.0.0\nm a@v1.0.0 b@v1.0.0\n") }
        #expect(error?.description
            == "graph.txt:2:12: expected two fields 'FROM TO' separated by a space, found a third field")
    }

    @Test func rejectsBinaryAndInvalidText() {
        let gzip = inputError { () throws(ParseError) in try ModGraphText.parse(bytes: [0x1F, 0x8B, 0x08, 0x00], file: "g") }
        #expect(gzip?.description == "g:1:2: invalid UTF-8 (byte 0x8B); expected UTF-8 text")
        let nul = inputError { () throws(ParseError) in try ModGraphText.parse(bytes: Array("m a@v1.0.0\n\0".utf8), file: "g") }
        #expect(nul?.description == "g:2:1: binary data, not text (a NUL byte)")
        let utf8 = inputError { () throws(ParseError) in
            try ModGraphText.parse(bytes: Array("m a@v1.0.0\nm b@v".utf8) + [0xC3, 0x28], file: "g")
        }
        #expect(utf8?.line == 2)
        #expect(utf8?.column == 6)
    }

    // MARK: Corpus

    @Test(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)))
    func parsesEveryCorpusGraph() throws {
        var checked = 0
        for name in Corpus.entries {
            let url = Corpus.entry(name).appendingPathComponent("graph.txt")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let g = try ModGraphText.parse(InputText.read(path: url.path, file: "\(name)/graph.txt"))

            // Counts derived independently with Foundation.
            let text = try String(contentsOf: url, encoding: .utf8)
            let lines = text.split(separator: "\n").filter { !$0.isEmpty }
            let fields = lines.map { $0.split(separator: " ") }
            #expect(fields.allSatisfy { $0.count == 2 }, "\(name)")
            let nodeTexts = Set(fields.flatMap { $0.map(String.init) })
            let isToolchain = { (s: String) in s.hasPrefix("go@") || s.hasPrefix("toolchain@") }
            #expect(g.edgeLineCount == lines.count, "\(name)")
            #expect(g.edges.count + g.toolchainEdges.count == Set(lines).count, "\(name)")
            #expect(g.toolchainEdges.count == Set(fields.filter { isToolchain(String($0[0])) || isToolchain(String($0[1])) }.map { $0.joined(separator: " ") }).count, "\(name)")
            #expect(g.nodes.count == nodeTexts.count, "\(name)")
            #expect(Set(g.nodes.map(\.text)) == nodeTexts, "\(name)")
            #expect(g.moduleNodeCount == nodeTexts.filter { !isToolchain($0) }.count, "\(name)")
            #expect(g.mainNodes.map { g.nodes[Int($0)].text } == nodeTexts.filter { !$0.contains("@") }.sorted(), "\(name)")
            #expect(texts(g, g.edges + g.toolchainEdges).sorted() == Set(lines.map(String.init)).sorted(), "\(name)")
            // Every edge's line holds that edge.
            for e in g.edges + g.toolchainEdges {
                #expect(String(lines[e.line - 1]) == "\(g.nodes[Int(e.from)].text) \(g.nodes[Int(e.to)].text)")
            }

            // meta.json: graph_edges counts the lines of graph.txt and graph_nodes the distinct
            // node texts, go@ and toolchain@ pseudo-modules included.
            if let counts = try corpusCounts(name) {
                if let edges = counts["graph_edges"] as? Int { #expect(g.edgeLineCount == edges, "\(name)") }
                if let nodes = counts["graph_nodes"] as? Int { #expect(g.nodes.count == nodes, "\(name)") }
            }
            checked += 1
        }
        #expect(checked > 0)
    }
}

/// The `counts` object of a corpus entry's meta.json, if it has one.
func corpusCounts(_ name: String) throws -> [String: Any]? {
    let url = Corpus.entry(name).appendingPathComponent("meta.json")
    guard let data = try? Data(contentsOf: url) else { return nil }
    let meta = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    return meta?["counts"] as? [String: Any]
}
