import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// The stats added to report.json, each checked against `IndependentGraph`, which rebuilds the
/// selected graph from the captured files with plain strings.
@Suite struct StatsTests {
    static let samples = ["hello", "vendored", "multi-major", "broken-vendor"]

    static func check(folder: URL, name: String) throws {
        let a = try Analyzer.analyze(try InputSet.load(root: folder.path), name: name)
        let g = try IndependentGraph(folder: folder)
        let s = a.stats
        let depths = g.depths()
        #expect(s.total == g.nodes.count, "\(name)")
        #expect(s.transitive == depths.enumerated().filter { !g.mains.contains($0.offset) && $0.element >= 2 }.count, "\(name)")
        #expect(s.maxDepth == depths.max(), "\(name)")
        let comps = g.components()
        #expect(s.cycles == comps.filter { $0.count > 1 }.count, "\(name)")
        #expect(s.longestChain == g.longestChain(), "\(name)")
        // The chain shown is a real chain of that length: consecutive entries connected
        // (through their components) and starting at a main module.
        let chain = try #require(s.longestChainModules, "\(name): the graph is known")
        if let length = s.longestChain, length > 0 {
            #expect(chain.count == length + 1)
            #expect(g.mains.map { g.nodes[$0] }.contains(chain[0]))
            var compOf: [String: Int] = [:]
            for (c, members) in comps.enumerated() { for v in members { compOf[g.nodes[v]] = c } }
            for (a, b) in zip(chain, chain.dropFirst()) {
                let ca = compOf[a]!, cb = compOf[b]!
                let linked = comps[ca].contains { v in g.successors(v).contains { comps[cb].contains($0) } }
                #expect(ca != cb && linked, "\(name): \(a) -> \(b)")
            }
        }
        // Fan-in / fan-out: counts from the string graph, ranked most first, ties by path.
        var fanIn: [Int: Int] = [:]
        for (_, targets) in g.edges { for t in targets { fanIn[t, default: 0] += 1 } }
        func ranked(_ count: (Int) -> Int) -> [String] {
            g.nodes.indices.filter { !g.mains.contains($0) && count($0) > 0 }
                .sorted { count($0) != count($1) ? count($0) > count($1) : g.path($0) < g.path($1) }
                .prefix(5).map { "\(g.nodes[$0]) \(count($0))" }
        }
        #expect(s.topFanIn?.map { "\($0.module)@\($0.version) \($0.count)" } == ranked { fanIn[$0] ?? 0 }, "\(name)")
        #expect(s.topFanOut?.map { "\($0.module)@\($0.version) \($0.count)" } == ranked { g.successors($0).count }, "\(name)")
    }

    @Test(arguments: samples)
    func samplesMatchIndependentCounts(sample: String) throws {
        try Self.check(folder: RepoPaths.sample(sample), name: sample)
    }

    @Test(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)))
    func corpusMatchesIndependentCounts() throws {
        let captured = Corpus.entries.filter {
            FileManager.default.fileExists(atPath: Corpus.entry($0).appendingPathComponent("graph.txt").path)
                && FileManager.default.fileExists(atPath: Corpus.entry($0).appendingPathComponent("list.json").path)
        }
        #expect(!captured.isEmpty)
        for entry in captured { try Self.check(folder: Corpus.entry(entry), name: entry) }
    }

    @Test func multiMajorShape() throws {
        let a = try Analyzer.analyze(try InputSet.load(root: RepoPaths.sample("multi-major").path), name: "m")
        #expect(a.stats.cycles == 1)
        #expect(a.stats.total == 6)
        // multi -> cyc/a -> {cyc/b (same cycle)} ; cyc/a's cycle -> lib/v2 -> color: 3 steps.
        #expect(a.stats.longestChain == 3)
        #expect(a.stats.longestChainModules == [
            "example.com/multi", "example.com/cyc/a@v1.1.0", "example.com/lib/v2@v2.1.0", "example.com/color@v0.2.0",
        ])
        // Every selected module has two requirers here: ties go by path.
        #expect(a.stats.topFanIn?.map(\.module) == ["example.com/color", "example.com/cyc/a", "example.com/cyc/b", "example.com/lib", "example.com/lib/v2"])
    }

    /// Without graph.txt every figure over the graph is unknown (nil, `null` in report.json),
    /// not 0; the build list's counts are still known, from list.json or go.mod.
    @Test(arguments: samples)
    func graphFiguresAreUnknownWithoutGraph(sample: String) throws {
        let withGraph = try Analyzer.analyze(try CheckFixture.inputs(sample: sample), name: sample).stats
        for removing: Set<InputSet.Kind> in [[.graph], [.graph, .list]] {
            let s = try Analyzer.analyze(try CheckFixture.inputs(sample: sample, removing: removing), name: sample).stats
            #expect(!s.hasGraph)
            #expect(s.graphNodes == nil && s.graphEdges == nil && s.maxDepth == nil && s.transitive == nil)
            #expect(s.longestChain == nil && s.longestChainModules == nil && s.cycles == nil)
            #expect(s.topFanIn == nil && s.topFanOut == nil)
            if removing == [.graph] {
                // list.json still gives the build list.
                #expect(s.selectedModules == withGraph.selectedModules && s.direct == withGraph.direct && s.total == withGraph.total)
            } else {
                #expect(s.selectedModules > 0 && s.direct > 0)
            }
            let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(s)) as? [String: Any])
            for key in ["graphNodes", "graphEdges", "maxDepth", "transitive", "longestChain", "longestChainModules", "cycles", "topFanIn", "topFanOut"] {
                #expect(json[key] is NSNull, "\(sample) without \(removing): \(key) is \(String(describing: json[key]))")
            }
        }
        #expect(withGraph.hasGraph && withGraph.graphNodes ?? 0 > 0)
    }

    @Test func cyclesComponentsAndChainOnAHandGraph() {
        // 0 -> 1 -> 2 -> 1 (cycle {1,2}), 2 -> 3 -> 4, 0 -> 4, 5 unreachable -> 0
        let succ: [[Int32]] = [[1, 4], [2], [1, 3], [4], [], [0]]
        let c = Cycles(successors: succ)
        #expect(c.cycles == [[1, 2]])
        #expect(c.shortestCycle(through: 1, successors: succ) == [1, 2, 1])
        #expect(c.shortestCycle(through: 3, successors: succ) == nil)
        let chain = c.longestChain(from: [0], successors: succ)
        #expect(chain.length == 3)  // 0 -> {1,2} -> 3 -> 4
        #expect(chain.chain == [0, 1, 3, 4])
    }

    @Test func tarjanIsIterativeOnALongChain() {
        // A 200k-node path plus a back edge: recursion this deep would overflow the stack.
        let n = 200_000
        var succ = (0..<n).map { [Int32($0 + 1)] }
        succ[n - 1] = [0]
        let c = Cycles(successors: succ)
        #expect(c.cycles.count == 1)
        #expect(c.cycles[0].count == n)
    }
}
