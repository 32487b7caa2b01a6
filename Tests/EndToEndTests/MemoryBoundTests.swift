import Foundation
import Testing
import TestSupport

/// analyze's peak memory stays within a constant factor of its input (README "Limits"): the
/// peak resident set of a child modgraph process, measured by /usr/bin/time, on a generated
/// 50 MB graph.txt.
@Suite(.serialized) struct MemoryBoundTests {
    /// The bound the README states for a graph of the usual shape (measured: 12× while
    /// report.sarif was built whole as Foundation objects, 4.9× since it is streamed result by
    /// result and the reports find modules through the build list's index).
    static let factor = 7

    /// A deterministic graph of about `bytes` bytes: modules at three versions, each version
    /// requiring five modules of higher index (so the graph is acyclic, as most are), the main
    /// module requiring the first hundred.
    static func graph(bytes: Int) -> Data {
        var out = Data()
        out.reserveCapacity(bytes + 4096)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let perModule = 3 * 5 * 60  // bytes of lines per module, roughly
        let modules = max(bytes / perModule, 200)
        func name(_ i: Int, _ v: Int) -> String { "example.com/gen/m\(i)@v1.\(v).0" }
        for i in 0..<100 { out.append(contentsOf: "example.com/gen/main \(name(i, 2))\n".utf8) }
        for i in 0..<modules {
            for v in 0..<3 {
                let from = name(i, v)
                for _ in 0..<5 {
                    let span = modules - i - 1
                    guard span > 0 else { break }
                    let to = i + 1 + next() % min(span, 500)
                    out.append(contentsOf: "\(from) \(name(to, next() % 3))\n".utf8)
                }
            }
        }
        return out
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time"), "needs /usr/bin/time"))
    func peakMemoryIsAConstantFactorOfTheInput() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let folder = work.appendingPathComponent("big")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let graph = Self.graph(bytes: 50_000_000)
        try graph.write(to: folder.appendingPathComponent("graph.txt"))
        #expect(graph.count > 45_000_000 && graph.count < 60_000_000, "\(graph.count) bytes")

        let (status, stderr) = try ModGraphProcess.runWrapped("/usr/bin/time", [
            "-f", "peak-rss-kb %M", ModGraphProcess.binary.path,
            "analyze", "big", "--no-go", "--no-svg", "--output", "out", "-q",
        ], in: work)
        #expect(status == 0, "\(stderr)")
        let line = try #require(stderr.split(separator: "\n").last { $0.hasPrefix("peak-rss-kb ") }, "\(stderr)")
        let peak = try #require(Int(line.dropFirst("peak-rss-kb ".count))) * 1024
        let ratio = Double(peak) / Double(graph.count)
        print("analyze of a \(graph.count >> 20) MiB graph.txt: peak RSS \(peak >> 20) MiB, \(String(format: "%.1f", ratio))x the input")
        #expect(peak <= Self.factor * graph.count, "peak RSS \(peak >> 20) MiB is \(ratio)x the \(graph.count >> 20) MiB input")
    }
}
