import Foundation
import Testing
import TestSupport

/// `modgraph bench`: the rows it promises, and nothing left behind. (Its figures are the
/// README's; no test asserts a time.)
@Suite struct BenchCommandTests {
    @Test func endToEndRowsRunTheWholeAnalyzeAndCleanUp() throws {
        let tmp = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let r = try ModGraphProcess.run(
            ["bench", RepoPaths.sample("vendored").path, "--synthetic", "300", "--iterations", "1", "--end-to-end",
             "--analyze-args=--all-versions --max-nodes 0", "--stages"],
            in: tmp, environment: ["TMPDIR": tmp.path])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).first.map(String.init) ?? "" }
        #expect(rows.filter { $0 == "analyze" }.count == 2, "\(r.stdout)")
        #expect(rows.filter { $0 == "analyze+svg" }.count == 2, "\(r.stdout)")
        #expect(r.stdout.contains("analyze+svg vendored"))
        #expect(r.stdout.contains("analyze+svg synthetic 300 modules"))
        // --stages names every step of analyze --no-svg.
        #expect(r.stderr.contains("view ") && r.stderr.contains("html "), "\(r.stderr)")
        // Scratch report folders and synthetic inputs are removed.
        let left = try FileManager.default.contentsOfDirectory(atPath: tmp.path).filter { $0.hasPrefix("modgraph-bench") }
        #expect(left.isEmpty, "\(left)")
    }

    @Test func analyzeArgsAreCheckedLikeAnalyzesOwn() throws {
        let r = try ModGraphProcess.run(
            ["bench", RepoPaths.sample("hello").path, "--synthetic", "0", "--iterations", "1", "--end-to-end",
             "--analyze-args=--max-nodes=-3"],
            in: RepoPaths.root)
        #expect(r.status == 64, "\(r.stdout)\n\(r.stderr)")
        #expect(r.stderr.contains("--max-nodes"), "\(r.stderr)")
    }

    /// The layout calibration: every DOT file of the folder laid out with each strategy, one
    /// line each, the SVG beside it, and no analyze rows.
    @Test func calibrateLayoutsTimesEachStrategyOnEachFile() throws {
        let tmp = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: tmp) }
        try "digraph { a -> b; b -> c }".write(to: tmp.appendingPathComponent("small.dot"), atomically: true, encoding: .utf8)
        let r = try ModGraphProcess.run(
            ["bench", "--calibrate-layouts", tmp.path, "--layout-strategies", "dot,sfdpScaled,neato/50"], in: tmp)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
        #expect(lines == ["CALIBRATE small.dot dot", "CALIBRATE small.dot sfdpScaled", "CALIBRATE small.dot neato/50"], "\(r.stdout)")
        for name in ["small.dot.svg", "small.sfdpScaled.svg", "small.neato-50.svg"] {
            let svg = try String(contentsOf: tmp.appendingPathComponent(name), encoding: .utf8)
            #expect(svg.contains("<svg"), "\(name)")
        }
    }
}
