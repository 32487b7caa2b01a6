import Foundation
import Testing
import TestSupport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `modgraph analyze` on every shipped sample, as a user runs it.
@Suite struct AnalyzeSamplesTests {
    /// Each sample and the exit status analyze must give it.
    static let samples: [(String, Int32)] = [
        ("hello", 0), ("vendored", 0), ("broken-vendor", 1), ("multi-major", 0),
    ]

    @Test(arguments: samples)
    func analyzeWritesReportsAndSummary(sample: String, expectedStatus: Int32) throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        // Run as `analyze samples/NAME` so messages and reports name files the way users see them.
        try FileManager.default.createSymbolicLink(at: work.appendingPathComponent("samples"), withDestinationURL: RepoPaths.samples)
        let result = try ModGraphProcess.run(
            ["analyze", "samples/\(sample)", "--output", "out", "--no-go"], in: work)
        #expect(result.status == expectedStatus, "stderr: \(result.stderr)")
        #expect(result.stderr == "")
        if let diff = Golden.check(result.stdout, against: "samples/\(sample)/stdout.txt") { Issue.record(Comment(rawValue: diff)) }

        let folder = work.appendingPathComponent("out/\(sample)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == [".modgraph-report.json", "graph.dot", "graph.svg", "report.html", "report.json", "report.md", "report.sarif"])
        for file in ["graph.dot", "report.md"] {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            if let diff = Golden.check(text, against: "samples/\(sample)/\(file)") { Issue.record(Comment(rawValue: diff)) }
        }
        let json = try Data(contentsOf: folder.appendingPathComponent("report.json"))
        if let diff = Golden.checkJSON(json, against: "samples/\(sample)/report.json") { Issue.record(Comment(rawValue: diff)) }

        // The SVG is well-formed XML, self-contained (no script), with a title per module.
        let svg = try Data(contentsOf: folder.appendingPathComponent("graph.svg"))
        let parser = XMLParser(data: svg)
        #expect(parser.parse(), "graph.svg is not well-formed: \(String(describing: parser.parserError))")
        let svgText = String(decoding: svg, as: UTF8.self)
        #expect(!svgText.contains("<script"))
        let report = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        for module in (report?["buildList"] as? [[String: Any]]) ?? [] {
            let path = module["path"] as? String ?? ""
            #expect(svgText.contains(path), "graph.svg does not show \(path)")
        }
    }

    /// Without graph.txt every figure over the graph is unknown: `null` in report.json,
    /// "unknown (no go mod graph)" in the summary, report.md and report.html, never 0; the
    /// default graph draws the main module's go.mod requirements as edges. Once with list.json
    /// (the build list is go's), once with go.mod alone.
    @Test(arguments: [("vendored-no-graph", ["graph.txt"]), ("vendored-go-mod-only", ["graph.txt", "list.json"])])
    func withoutGraphFiguresAreUnknown(golden: String, removed: [String]) throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let copy = work.appendingPathComponent("samples/vendored")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: RepoPaths.sample("vendored"), to: copy)
        for file in removed { try FileManager.default.removeItem(at: copy.appendingPathComponent(file)) }
        let result = try ModGraphProcess.run(["analyze", "samples/vendored", "--output", "out", "--no-go"], in: work)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("  module graph     unknown (no go mod graph)\n  max depth        unknown (no go mod graph)\n"))
        if let diff = Golden.check(result.stdout, against: "samples/\(golden)/stdout.txt") { Issue.record(Comment(rawValue: diff)) }
        let folder = work.appendingPathComponent("out/vendored")
        for file in ["graph.dot", "report.md"] {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            if let diff = Golden.check(text, against: "samples/\(golden)/\(file)") { Issue.record(Comment(rawValue: diff)) }
        }
        let json = try Data(contentsOf: folder.appendingPathComponent("report.json"))
        if let diff = Golden.checkJSON(json, against: "samples/\(golden)/report.json") { Issue.record(Comment(rawValue: diff)) }
        let stats = try #require((try JSONSerialization.jsonObject(with: json) as? [String: Any])?["stats"] as? [String: Any])
        for key in ["graphNodes", "graphEdges", "maxDepth", "transitive", "longestChain", "longestChainModules", "cycles", "topFanIn", "topFanOut"] {
            #expect(stats[key] is NSNull, "\(key): \(String(describing: stats[key]))")
        }
        #expect(stats["selectedModules"] as? Int == 10 && stats["direct"] as? Int == 8)
        let markdown = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        for row in ["Module graph", "Max depth", "Transitive only", "Longest chain", "Cycles", "Top fan-in", "Top fan-out"] {
            #expect(markdown.contains("| \(row) | unknown (no go mod graph) |"), "report.md: \(row)")
        }
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        for row in ["Module graph", "Max depth", "Transitive only", "Longest chain", "Cycles", "Top fan-in", "Top fan-out"] {
            #expect(html.contains("<tr><th scope=\"row\">\(row)</th><td>unknown (no go mod graph)</td></tr>"), "report.html: \(row)")
        }
        #expect(!html.contains("0 module versions"))
        // The default graph: the main module to each of go.mod's requirements, said in a note.
        let dot = try String(contentsOf: folder.appendingPathComponent("graph.dot"), encoding: .utf8)
        let requirements = try String(contentsOf: copy.appendingPathComponent("go.mod"), encoding: .utf8)
            .split(separator: "\n").filter { $0.hasPrefix("\texample.com/") }
        #expect(requirements.count == 10)
        for r in requirements {
            let parts = r.dropFirst().split(separator: " ")
            #expect(dot.contains("\"example.com/vendored\" -> \"\(parts[0])@\(parts[1])\""), "no edge to \(parts[0])")
        }
        #expect(dot.contains("no go mod graph (graph.txt): edges are the main modules' go.mod requirements only"))
    }

    @Test func sameInputGivesSameBytes() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        var outputs: [[Data]] = []
        for run in 0..<2 {
            let r = try ModGraphProcess.run(
                ["analyze", RepoPaths.sample("vendored").path, "--output", "out\(run)", "--no-go"], in: work)
            #expect(r.status == 0)
            outputs.append(try ["graph.dot", "graph.svg", "report.md", "report.json"].map {
                try Data(contentsOf: work.appendingPathComponent("out\(run)/vendored/\($0)"))
            })
        }
        #expect(outputs[0] == outputs[1])
    }

    @Test func failOnWarningTurnsWarningsIntoExitOne() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        // A capture with an errored list entry gives a warning finding.
        try FileManager.default.copyItem(at: RepoPaths.sample("hello"), to: work.appendingPathComponent("m"))
        let list = work.appendingPathComponent("m/list.json")
        var text = try String(contentsOf: list, encoding: .utf8)
        text += "{\n\t\"Path\": \"example.com/broken\",\n\t\"Version\": \"v1.0.0\",\n\t\"Error\": {\n\t\t\"Err\": \"not found\"\n\t}\n}\n"
        try text.write(to: list, atomically: true, encoding: .utf8)
        let lenient = try ModGraphProcess.run(["analyze", "m", "--no-svg", "--no-go", "-q"], in: work)
        #expect(lenient.status == 0)
        let strict = try ModGraphProcess.run(["analyze", "m", "--no-svg", "--no-go", "-q", "--fail-on", "warning"], in: work)
        #expect(strict.status == 1)
        let never = try ModGraphProcess.run(["analyze", "m", "--no-svg", "--no-go", "-q", "--fail-on", "never"], in: work)
        #expect(never.status == 0)
    }

    @Test func versionAndHelp() throws {
        let v = try ModGraphProcess.run(["--version"], in: RepoPaths.root)
        #expect(v.status == 0)
        #expect(v.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try ModGraphProcess.run(["analyze", "--help"], in: RepoPaths.root)
        #expect(help.status == 0)
        #expect(help.stdout.contains("EXIT STATUS"))
    }
}
