import Foundation
import Testing
@testable import ModGraphRender

/// A measuring tool rather than a test: lays out every `.dot` file of `MODGRAPH_CALIBRATE`
/// (a folder) with each engine of `MODGRAPH_CALIBRATE_ENGINES` (default `dot,sfdp`; the layout
/// budget's strategies by name, or ENGINE/ITERATIONS) and prints the times, writing the SVGs
/// beside the DOT files. How the layout budget's figures were measured; skipped unless the
/// variable is set. `modgraph bench --synthetic N --shape chain --save-synthetic DIR` writes synthetic graphs
/// to draw with `analyze --no-svg` first, for their DOT files.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["MODGRAPH_CALIBRATE"] != nil,
                "set MODGRAPH_CALIBRATE=FOLDER to time layouts of FOLDER/*.dot"))
struct LayoutCalibrationTests {
    @Test func timeLayouts() throws {
        let env = ProcessInfo.processInfo.environment
        let folder = URL(fileURLWithPath: env["MODGRAPH_CALIBRATE"] ?? ".")
        let engines = (env["MODGRAPH_CALIBRATE_ENGINES"] ?? "dot,sfdp").split(separator: ",").map(String.init)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".dot") }.sorted()
        let clock = ContinuousClock()
        for file in files {
            let dot = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for engine in engines {
                // A strategy of the layout budget (dot, dotCapped, sfdp, sfdpScaled), or an
                // engine with an iteration cap ("neato/200").
                let parts = engine.split(separator: "/")
                let options = LayoutBudget.Strategy(rawValue: engine)?.options
                    ?? RenderOptions(engine: LayoutEngine(String(parts[0])), maxIterations: parts.count > 1 ? Int(parts[1]) : nil)
                var data = Data()
                let elapsed = try clock.measure { data = try SVGRenderer(options: options).render(dot: dot) }
                let out = folder.appendingPathComponent(file.replacingOccurrences(of: ".dot", with: ".\(engine.replacingOccurrences(of: "/", with: "-")).svg"))
                try data.write(to: out)
                // Unbuffered, so a run cut short by a timeout still reports what it measured.
                FileHandle.standardError.write(Data("CALIBRATE \(file) \(engine) \(elapsed)\n".utf8))
            }
        }
    }
}
