import Testing
@testable import ModGraphCore

/// The bounded transitive reduction behind `GraphView.omittingImpliedEdges()`.
@Suite struct ImpliedEdgesTests {
    /// The former algorithm, one graph search per edge: the reference on small graphs.
    static func sequentialReduction(_ edges: [GraphView.Edge]) -> [GraphView.Edge] {
        var kept = edges
        var i = 0
        while i < kept.count {
            let edge = kept[i]
            guard edge.style != .highlighted, edge.from != edge.to else { i += 1; continue }
            var others = kept
            others.remove(at: i)
            if reaches(others, from: edge.from, to: edge.to) { kept.remove(at: i) } else { i += 1 }
        }
        return kept
    }

    static func reaches(_ edges: [GraphView.Edge], from: ModuleID, to: ModuleID) -> Bool {
        var successors: [ModuleID: [ModuleID]] = [:]
        for e in edges { successors[e.from, default: []].append(e.to) }
        var seen: Set<ModuleID> = [from]
        var stack = [from]
        while let n = stack.popLast() {
            for s in successors[n] ?? [] {
                if s == to { return true }
                if seen.insert(s).inserted { stack.append(s) }
            }
        }
        return false
    }

    static func randomEdges(count: Int, rng: inout DOTWriterTests.TestRandom, backward: UInt64) -> [GraphView.Edge] {
        let ids = (0..<count).map { SampleViews.m("example.com/m\($0)", "v1.0.0") }
        var edges: [GraphView.Edge] = []
        var pairs = Set<[Int]>()
        for _ in 0..<(count * 3) {
            let a = Int(rng.next() % UInt64(count)), b = Int(rng.next() % UInt64(count))
            // One edge per pair: parallel edges go or stay together, which the reference does not model.
            if a != b, a < b || (backward > 0 && rng.next() % backward == 0), pairs.insert([a, b]).inserted {
                edges.append(.init(from: ids[a], to: ids[b], style: rng.next() % 17 == 0 ? .highlighted : .normal))
            }
        }
        return edges.sorted()
    }

    @Test func withoutCyclesItIsTheUniqueReduction() {
        var rng = DOTWriterTests.TestRandom(seed: 11)
        for round in 0..<40 {
            let edges = Self.randomEdges(count: 4 + round, rng: &rng, backward: 0)
            #expect(GraphView.withoutImpliedEdges(edges) == Self.sequentialReduction(edges), "round \(round)")
        }
    }

    @Test func withCyclesReachabilityIsKeptAndNothingMoreCanGo() {
        var rng = DOTWriterTests.TestRandom(seed: 12)
        for round in 0..<40 {
            let edges = Self.randomEdges(count: 4 + round, rng: &rng, backward: 4)
            let kept = GraphView.withoutImpliedEdges(edges)
            for e in edges where e.style == .highlighted { #expect(kept.contains(e)) }
            for e in edges where !kept.contains(e) {
                #expect(Self.reaches(kept, from: e.from, to: e.to), "round \(round): \(e) lost")
            }
            for (i, e) in kept.enumerated() where e.style != .highlighted {
                var others = kept
                others.remove(at: i)
                #expect(!Self.reaches(others, from: e.from, to: e.to), "round \(round): \(e) is implied")
            }
        }
    }

    @Test func parallelEdgesBetweenTwoCyclesKeepOne() {
        let a = SampleViews.m("a.com/a", "v1"), b = SampleViews.m("b.com/b", "v1")
        let c = SampleViews.m("c.com/c", "v1"), d = SampleViews.m("d.com/d", "v1")
        let edges: [GraphView.Edge] = [
            .init(from: a, to: b), .init(from: b, to: a), .init(from: c, to: d), .init(from: d, to: c),
            .init(from: a, to: c), .init(from: b, to: d),
        ].sorted()
        let kept = GraphView.withoutImpliedEdges(edges)
        #expect(kept == [.init(from: a, to: b), .init(from: a, to: c), .init(from: b, to: a), .init(from: c, to: d), .init(from: d, to: c)])
    }

    @Test func aLargeGraphIsReducedQuicklyAndAHugeOneIsLeftAlone() {
        func chainWithShortcuts(_ n: Int) -> [(from: Int32, to: Int32)] {
            var edges: [(from: Int32, to: Int32)] = []
            for i in 0..<n {
                for step in [1, 2, 3, 7] where i + step < n { edges.append((Int32(i), Int32(i + step))) }
            }
            return edges
        }
        let clock = ContinuousClock()
        let big = chainWithShortcuts(10_000)
        var reduction: TransitiveReduction?
        let elapsed = clock.measure { reduction = TransitiveReduction(nodeCount: 10_000, edges: big) }
        #expect(reduction?.kept.filter { $0 }.count == 9_999)
        #expect(elapsed < .seconds(20))  // debug build on a loaded machine; release takes ~0.1 s
        let huge = chainWithShortcuts(100_000)
        #expect(TransitiveReduction(nodeCount: 100_000, edges: huge) == nil)
        let limits = TransitiveReduction.Limits(bitsetWords: 8_000_000, cycleWork: 10)
        let cycle: [(from: Int32, to: Int32)] = [(0, 1), (1, 2), (2, 0), (0, 2), (2, 1)]
        let whole = TransitiveReduction(nodeCount: 3, edges: cycle, limits: limits)
        #expect(whole?.cyclesLeftWhole == true)
        #expect(whole?.kept == [true, true, true, true, true])
        // Tried in order: 0 -> 1 goes (0 -> 2 -> 1 remains), the rest is needed.
        #expect(TransitiveReduction(nodeCount: 3, edges: cycle)?.kept == [false, true, true, true, true])
    }
}
