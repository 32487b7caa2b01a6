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
