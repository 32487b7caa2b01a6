import Foundation
import Testing
@testable import ModGraphRender

#if canImport(FoundationXML)
import FoundationXML
#endif

#if canImport(Glibc)
import Glibc
#endif

@Suite struct SVGRendererTests {
    static let small = """
        digraph deps {
          "example.com/app" -> "golang.org/x/text@v0.14.0"
          "example.com/app" -> "github.com/sirupsen/logrus@v1.9.3"
          "github.com/sirupsen/logrus@v1.9.3" -> "golang.org/x/sys@v0.15.0"
        }
        """

    @Test func rendersValidSVGWithNodeTitles() throws {
        let data = try SVGRenderer().render(dot: Self.small)
        let svg = String(decoding: data, as: UTF8.self)
        #expect(svg.hasPrefix("<?xml") || svg.hasPrefix("<svg"))
        #expect(svg.contains("<svg"))
        #expect(svg.hasSuffix("</svg>\n"))
        for title in ["example.com/app", "golang.org/x/text@v0.14.0", "golang.org/x/sys@v0.15.0"] {
            #expect(svg.contains("<title>\(title)</title>"))
        }
        let parsed = try SVGDocument(data)
        #expect(parsed.elementCount(named: "g") >= 7)  // graph, 4 nodes, 3 edges
    }

    @Test(arguments: ["dot", "sfdp", "neato", "fdp", "circo", "twopi"])
    func rendersWithEachEngine(engine: String) throws {
        let available = try SVGRenderer.availableEngines().map(\.name)
        try #require(available.contains(engine), "engine \(engine) not installed; have \(available)")
        let data = try SVGRenderer(options: RenderOptions(engine: LayoutEngine(engine))).render(dot: Self.small)
        _ = try SVGDocument(data)
        #expect(String(decoding: data, as: UTF8.self).contains("<title>golang.org/x/sys@v0.15.0</title>"))
    }

    @Test func availableEnginesIncludeTheUsualOnes() throws {
        let names = Set(try SVGRenderer.availableEngines().map(\.name))
        #expect(names.isSuperset(of: ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]))
    }

    @Test(arguments: [
        ("digraph { a -> }", "syntax error in line 1"),
        ("graph { a -> b }", "syntax error"),  // `->` in an undirected graph
        ("this is not dot", "syntax error"),
        ("digraph { a [label=\"unterminated] }", "syntax error"),
    ])
    func badDOTThrowsGraphvizsMessage(dot: String, expected: String) {
        #expect {
            _ = try SVGRenderer().render(dot: dot)
        } throws: { error in
            guard case .invalidDOT(let message) = error as? RenderError else { return false }
            return message.contains(expected)
        }
    }

    /// Graphviz's DOT lexer keeps its state in globals across parses (line counter, open
    /// string, comment or HTML string, buffered text after a graph). Run back to back in one
    /// process, each bad text still gets its own error on its own line, and a good text
    /// renders as itself afterwards.
    @Test func badDOTBackToBackKeepsEachErrorItsOwn() throws {
        let openers = [
            "digraph { a [label=\"unterminated] }",  // ends inside a quoted string
            "digraph { a [label=\"ends in a backslash\\",  // ... right after a backslash
            "digraph { a [label=<<<b>x] }",  // inside a nested HTML string
            "digraph { a } /* open comment",  // inside a comment, after a complete graph
            "digraph { a } digraph { leftover }",  // a second graph on the same line
            "\n\n\n\ndigraph { a -> }",  // an error on line 5
        ]
        for opener in openers {
            _ = try? SVGRenderer().render(dot: opener)
            #expect {
                _ = try SVGRenderer().render(dot: "digraph { a -> }")
            } throws: { error in
                guard case .invalidDOT(let message) = error as? RenderError else { return false }
                return message.contains("syntax error in line 1")
            }
            _ = try? SVGRenderer().render(dot: opener)
            let svg = String(decoding: try SVGRenderer().render(dot: Self.small), as: UTF8.self)
            #expect(svg.contains("<title>example.com/app</title>"), "after \(opener.debugDescription)")
            #expect(!svg.contains("leftover"), "after \(opener.debugDescription)")
        }
    }

    @Test func nulInTheMiddleIsRejectedNotTruncated() {
        #expect(throws: RenderError.invalidDOT("the DOT text contains a NUL character")) {
            _ = try SVGRenderer().render(dot: "digraph { a -> b }\u{0}digraph { c }")
        }
    }

    @Test func emptyInputIsInvalid() {
        #expect(throws: RenderError.self) { _ = try SVGRenderer().render(dot: "") }
    }

    @Test func rendersAfterABadInput() throws {
        // Graphviz's parser keeps global state; a syntax error must not poison the next parse.
        _ = try? SVGRenderer().render(dot: "digraph { a -> ")
        _ = try? SVGRenderer().render(dot: "digraph { \"unterminated ")
        let svg = String(decoding: try SVGRenderer().render(dot: Self.small), as: UTF8.self)
        #expect(svg.contains("<title>example.com/app</title>"))
    }

    @Test func unknownEngineIsAClearError() throws {
        let renderer = SVGRenderer(options: RenderOptions(engine: "spring-magic"))
        do {
            _ = try renderer.render(dot: Self.small)
            Issue.record("expected an error")
        } catch {
            guard case .unknownEngine(let name, let available) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(name == "spring-magic")
            #expect(available.contains("dot"))
            #expect(error.description.contains("unknown layout engine \"spring-magic\""))
            #expect(error.description.contains("dot"))
        }
    }

    @Test func maxIterationsStillRenders() throws {
        for engine in [LayoutEngine.dot, .sfdp, .neato] {
            let options = RenderOptions(engine: engine, maxIterations: 5, timeoutHint: .seconds(1))
            let data = try SVGRenderer(options: options).render(dot: Self.small)
            _ = try SVGDocument(data)
        }
    }

    @Test func nothingIsPrintedToStandardError() throws {
        let output = try capturingStandardError {
            _ = try? SVGRenderer().render(dot: "digraph { a -> }")
            _ = try? SVGRenderer().render(dot: "digraph { \"é\" -> \"日本\" [label=\"ünï\"] }")
            _ = try? SVGRenderer(options: RenderOptions(engine: "nope")).render(dot: Self.small)
        }
        // Other suites run in parallel and the test runner reports on stderr too (quoting test
        // arguments such as "syntax error in line 1"); Graphviz's messages are lines of their own
        // that start "Error:" or "Warning:".
        let graphviz = output.split(separator: "\n").filter { $0.hasPrefix("Error:") || $0.hasPrefix("Warning:") }
        #expect(graphviz.isEmpty, "\(graphviz)")
    }

    @Test func concurrentRendersFromManyTasksAreSafe() async throws {
        let inputs = (0..<12).map { i in
            "digraph g\(i) { " + (0..<(5 + i)).map { "\"n\(i)_\($0)\" -> \"n\(i)_\($0 + 1)\"" }.joined(separator: "; ") + " }"
        }
        let results = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for round in 0..<4 {
                for (i, dot) in inputs.enumerated() {
                    group.addTask {
                        let engine: LayoutEngine = (i + round) % 3 == 0 ? .sfdp : .dot
                        if i == 5 { _ = try? SVGRenderer().render(dot: "digraph { broken -> }") }
                        return (i, try SVGRenderer(options: RenderOptions(engine: engine)).render(dot: dot))
                    }
                }
            }
            var all: [(Int, Data)] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 48)
        for (i, data) in results {
            let svg = String(decoding: data, as: UTF8.self)
            #expect(svg.contains("<title>n\(i)_\(5 + i)</title>"))
            _ = try SVGDocument(data)
        }
    }

    @Test func sameInputSameSVG() throws {
        let a = try SVGRenderer().render(dot: Self.small)
        let b = try SVGRenderer().render(dot: Self.small)
        #expect(a == b)
    }

    // The leak check runs in its own process: see Tests/EndToEndTests/RenderLeakTests.swift.
}

// MARK: - Helpers

/// A parsed SVG: proof that the bytes are well-formed XML.
struct SVGDocument {
    var elements: [String] = []
    var texts: [String] = []
    var titles: [String] = []
    var attributes: [String: [String]] = [:]

    init(_ data: Data) throws {
        let delegate = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        // Graphviz writes a DOCTYPE with an external DTD: never fetch it.
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            throw SVGParseError(
                message: parser.parserError.map { "\($0)" } ?? "unknown",
                line: parser.lineNumber, column: parser.columnNumber)
        }
        elements = delegate.elements
        texts = delegate.texts
        titles = delegate.titles
        attributes = delegate.attributes
        guard elements.first == "svg" else { throw SVGParseError(message: "root is not <svg>", line: 0, column: 0) }
    }

    func elementCount(named name: String) -> Int { elements.filter { $0 == name }.count }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var texts: [String] = []
        var titles: [String] = []
        var attributes: [String: [String]] = [:]
        private var current = ""
        private var stack: [String] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String]
        ) {
            elements.append(name)
            stack.append(name)
            current = ""
            for (key, value) in attributes { self.attributes[key, default: []].append(value) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text" { texts.append(current) }
            if name == "title" { titles.append(current) }
            current = ""
            stack.removeLast()
        }
    }
}

struct SVGParseError: Error, CustomStringConvertible {
    var message: String
    var line: Int
    var column: Int
    var description: String { "SVG is not well-formed at \(line):\(column): \(message)" }
}

/// The process's resident set size, from /proc/self/statm.
func residentBytes() -> Int {
    guard let file = FileHandle(forReadingAtPath: "/proc/self/statm"),
        let data = try? file.readToEnd()
    else { return 0 }
    try? file.close()
    let fields = String(decoding: data, as: UTF8.self).split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// RSS after returning free heap memory to the system, so freed memory does not count.
func trimmedResidentBytes() -> Int {
    // glibc's malloc_trim is not in the Glibc module; look it up (RTLD_DEFAULT is null).
    if let symbol = dlsym(nil, "malloc_trim") {
        typealias MallocTrim = @convention(c) (Int) -> Int32
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
    }
    return residentBytes()
}

/// Runs `body` with file descriptor 2 sent to a temporary file, and returns what was written.
func capturingStandardError(_ body: () throws -> Void) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)").path
    let fd = open(path, O_CREAT | O_RDWR | O_TRUNC, 0o600)
    guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
    defer { close(fd); unlink(path) }
    fflush(nil)
    let saved = dup(2)
    dup2(fd, 2)
    defer {
        fflush(nil)
        dup2(saved, 2)
        close(saved)
    }
    try body()
    fflush(nil)
    return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
}
