import Foundation

/// Times layouts of DOT files with each strategy of the layout budget (or any engine), as the
/// budget's cost model was measured: `modgraph bench --calibrate-layouts DIR`.
public enum LayoutCalibration {
    /// One layout: a file, the strategy or engine asked, and how long rendering took.
    public struct Timing: Sendable {
        public var file: String
        public var strategy: String
        public var duration: Duration
    }

    /// The options for a strategy of the layout budget (`dot`, `dotCapped`, `sfdp`, `sfdpScaled`),
    /// or for an engine with an optional iteration cap (`neato/200`).
    public static func options(_ strategy: String) -> RenderOptions {
        if let known = LayoutBudget.Strategy(rawValue: strategy) { return known.options }
        let parts = strategy.split(separator: "/", maxSplits: 1)
        return RenderOptions(
            engine: LayoutEngine(String(parts.first ?? "dot")), maxIterations: parts.count > 1 ? Int(parts[1]) : nil)
    }

    /// Lays out every `.dot` file of `folder` with each strategy, writing each SVG beside its DOT
    /// file (`NAME.STRATEGY.svg`); `report` gets each timing as soon as it is measured, so a run
    /// cut short still tells what it measured.
    public static func run(
        folder: URL, strategies: [String], report: (Timing) -> Void
    ) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".dot") }.sorted()
        let clock = ContinuousClock()
        for file in files {
            let dot = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for strategy in strategies {
                let renderer = SVGRenderer(options: options(strategy))
                var data = Data()
                let elapsed = try clock.measure { data = try renderer.render(dot: dot) }
                let svgName = file.dropLast(".dot".count) + ".\(strategy.replacingOccurrences(of: "/", with: "-")).svg"
                try data.write(to: folder.appendingPathComponent(String(svgName)))
                report(Timing(file: file, strategy: strategy, duration: elapsed))
            }
        }
    }
}
