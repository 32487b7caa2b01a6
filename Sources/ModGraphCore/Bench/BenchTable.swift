import Foundation

/// `bench`'s table: one row per case, with the minimum and median of its timed runs and the
/// process's peak resident memory when it ended.
public struct BenchTable {
    private(set) var rows: [[String]] = [["case", "input", "min", "median", "peak RSS"]]

    public init() {}

    /// Adds a case's row; `times` sorted, at least one.
    public mutating func add(_ name: String, _ input: String, _ times: [Duration], peakMiB: Int) {
        rows.append([name, input, Self.format(times[0]), Self.format(times[times.count / 2]), "\(peakMiB) MiB"])
    }

    /// Runs `body` once to warm up, then `iterations` times.
    /// - Returns: the times of the timed runs, sorted.
    public static func measure(iterations: Int, _ body: () async throws -> Void) async throws -> [Duration] {
        try await body()  // warm-up
        var times: [Duration] = []
        let clock = ContinuousClock()
        for _ in 0..<iterations {
            let start = clock.now
            try await body()
            times.append(clock.now - start)
        }
        return times.sorted()
    }

    /// "12.3 ms", "1.25 s".
    static func format(_ d: Duration) -> String {
        let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        return ms >= 1000 ? String(format: "%.2f s", ms / 1000) : String(format: "%.1f ms", ms)
    }

    /// The table, columns padded, one line per row.
    public var text: String {
        let widths = rows[0].indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { r in
            r.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n"
    }
}
