import Foundation
import Testing
import TestSupport

/// `analyze` on big graphs: graph.svg's layout kept within `--layout-budget` (a cheaper
/// strategy, or fewer modules, each said on stderr and in report.html; `--no-svg` lays out
/// nothing), and progress on stderr.
///
/// The layout graph: every version of a 300-module synthetic graph (610 module versions), which dot
/// lays out in about two seconds here and which the cost models estimate at 2.4 s.
@Suite(.serialized) struct AnalyzeBigGraphTests {
    /// A scratch folder holding `synthetic-300/graph.txt`, written by `modgraph bench`.
    static func synthetic() throws -> URL {
        let work = try ModGraphProcess.scratch()
        let r = try ModGraphProcess.run(
            ["bench", "--synthetic", "300", "--shape", "chain", "--iterations", "1", "--resolution-only", "--save-synthetic", work.path], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        return work
    }

    static let wholeGraph = ["--no-go", "--all-versions", "--max-nodes", "0", "--output", "out"]

    static func count(_ needle: String, in file: URL) throws -> Int {
        try String(contentsOf: file, encoding: .utf8).components(separatedBy: needle).count - 1
    }

    @Test func aCheaperStrategyWhenTheAskedOneWouldOverrun() throws {
        let work = try Self.synthetic()
        defer { try? FileManager.default.removeItem(at: work) }
        let r = try ModGraphProcess.run(["analyze", "synthetic-300"] + Self.wholeGraph + ["--layout-budget", "1"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains(
            "modgraph: graph.svg: 618 nodes and 736 edges would take about 2.4 s to lay out with dot (budget 1.0 s); "
                + "laid out with dot with its iterations capped instead\n"), "\(r.stderr)")
        let out = work.appendingPathComponent("out/synthetic-300")
        #expect(try Self.count("class=\"node\"", in: out.appendingPathComponent("graph.svg")) == 618, "every module drawn")
        #expect(try Self.count("laid out with dot with its iterations capped instead", in: out.appendingPathComponent("report.html")) == 1)
    }

    @Test func fewerModulesWhenNothingFits() throws {
        let work = try Self.synthetic()
        defer { try? FileManager.default.removeItem(at: work) }
        let r = try ModGraphProcess.run(["analyze", "synthetic-300"] + Self.wholeGraph + ["--layout-budget", "0.35"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("modgraph: graph.svg: 618 nodes are too many to lay out within 0.35 s; graph.svg draws "), "\(r.stderr)")
        let out = work.appendingPathComponent("out/synthetic-300")
        let drawn = try Self.count("class=\"node\"", in: out.appendingPathComponent("graph.svg"))
        #expect(drawn > 1 && drawn < 618 / 2 + 10, "\(drawn) nodes in graph.svg")
        // graph.dot keeps the view asked for.
        #expect(try Self.count("label=\"example.com/gen/m0", in: out.appendingPathComponent("graph.dot")) == 609)
        #expect(r.stderr.contains(" of the 609 modules of graph.dot\n"))
    }

    /// Big inputs take seconds: stderr says what analyze is doing (small ones print nothing there),
    /// except with -q.
    @Test func bigGraphsShowProgress() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let made = try ModGraphProcess.run(
            ["bench", "--synthetic", "10000", "--iterations", "1", "--resolution-only", "--save-synthetic", work.path], in: work)
        #expect(made.status == 0, "\(made.stderr)")
        let r = try ModGraphProcess.run(["analyze", "synthetic-10000", "--no-go", "--output", "out"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("modgraph: analyzing 16 MiB of input: building the graph, resolving, checking...\n"), "\(r.stderr)")
        #expect(r.stderr.contains("modgraph: writing reports on "), "\(r.stderr)")
        // Reports a person can open: report.md within GitHub's comment limit, report.html a few MB.
        let out = work.appendingPathComponent("out/synthetic-10000")
        let size = { (name: String) in (try? FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(name).path)[.size] as? Int) ?? -1 }
        #expect(size("report.md") > 0 && size("report.md") <= 65_536)
        #expect(size("report.html") > 0 && size("report.html") <= 5_000_000)
        // The summary says where the findings report.md leaves out are.
        let summary = try ModGraphProcess.run(["analyze", "synthetic-10000", "--no-go", "--output", "out2", "--fail-on", "never"], in: work)
        #expect(summary.stdout.contains(" more in report.json (report.md is cut to 64 KiB)\n"), "\(summary.stdout)")
        // -q: quiet means quiet, stderr too.
        let q = try ModGraphProcess.run(["analyze", "synthetic-10000", "--no-go", "--output", "out", "--name", "q", "-q"], in: work)
        #expect(q.status == 0, "\(q.stderr)")
        #expect(q.stderr.isEmpty, "\(q.stderr)")
        #expect(q.stdout.isEmpty)
    }

    @Test func noSVGLaysOutNothing() throws {
        let work = try Self.synthetic()
        defer { try? FileManager.default.removeItem(at: work) }
        let r = try ModGraphProcess.run(["analyze", "synthetic-300"] + Self.wholeGraph + ["--no-svg", "--layout-budget", "0.01"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("laying out") && !r.stderr.contains("graph.svg"), "\(r.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("out/synthetic-300").path).sorted()
        #expect(names == [".modgraph-report.json", "graph.dot", "report.html", "report.json", "report.md", "report.sarif"])
    }
}
