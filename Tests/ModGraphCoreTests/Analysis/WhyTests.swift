import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

@Suite struct WhyTests {
    func context(_ sample: String) throws -> ModuleLoad {
        try ModuleLoad.load(InputSet.load(root: RepoPaths.sample(sample).path))
    }

    @Test func multiMajorLibPathsShortestFirst() throws {
        let why = try #require(Why.answer(try context("multi-major"), module: "example.com/lib"))
        #expect(why.selected == "v1.1.0")
        #expect(why.paths.map { $0.map(\.text) } == [
            ["example.com/multi", "example.com/lib@v1.1.0"],
            ["example.com/multi", "example.com/cyc/b@v1.0.0", "example.com/lib@v1.1.0"],
            ["example.com/multi", "example.com/cyc/a@v1.1.0", "example.com/cyc/b@v1.0.0", "example.com/lib@v1.1.0"],
        ])
        #expect(!why.pathsTruncated)
        #expect(why.shortestPathCount == 1)
        #expect(why.requiredBy.map(\.version) == ["v1.0.0", "v1.1.0"])
        #expect(why.requiredBy[0].requirers.map(\.text) == ["example.com/cyc/b@v1.0.0"])
        #expect(why.forcedBy.map(\.text) == ["example.com/multi"])
    }

    @Test func maxPathsTruncates() throws {
        let why = try #require(Why.answer(try context("multi-major"), module: "example.com/lib", maxPaths: 2))
        #expect(why.paths.count == 2)
        #expect(why.pathsTruncated)
        #expect(why.paths[0].count == 2)
    }

    @Test func replaceAndExcludeDirectives() throws {
        let ctx = try context("vendored")
        let lib = try #require(Why.answer(ctx, module: "example.com/lib"))
        #expect(lib.replacements.map(\.text) == ["replace example.com/lib => example.com/fork/lib v1.3.0"])
        #expect(lib.replacements.first?.applies == true)
        #expect(lib.replacements.first?.line == 23)
        let color = try #require(Why.answer(ctx, module: "example.com/color"))
        #expect(color.exclusions.map(\.text) == ["exclude example.com/color v0.1.0"])
        // The excluded version's requirement is gone from the graph: only v0.2.0 is required.
        #expect(color.requiredBy.map(\.version) == ["v0.2.0"])
        #expect(color.forcedBy.map(\.text) == ["example.com/lib/v2@v2.1.0", "example.com/vendored"])
    }

    @Test func unselectedVersionGoesThroughTheFullGraph() throws {
        let why = try #require(Why.answer(try context("vendored"), module: "example.com/words", version: "v1.0.0"))
        #expect(why.pathGraph == .full)
        #expect(why.selected == "v1.1.0")
        #expect(why.paths.map { $0.map(\.text) } == [
            ["example.com/vendored", "example.com/local@v0.0.0-00010101000000-000000000000", "example.com/words@v1.0.0"],
        ])
    }

    /// main → a → main@v0.1.0 → b: minimal version selection reaches b through the other
    /// version of the main module's own path, so b is selected; why shows that path.
    @Test func pathThroughAnotherVersionOfTheMainModule() throws {
        var inputs = InputSet(root: "m")
        try inputs.provide(.graph, InputText("""
            example.com/main example.com/a@v1.0.0
            example.com/a@v1.0.0 example.com/main@v0.1.0
            example.com/main@v0.1.0 example.com/b@v1.0.0

            """, file: "m/graph.txt"), origin: .file)
        let ctx = try ModuleLoad.load(inputs)
        #expect(ctx.buildList.module("example.com/b")?.version == "v1.0.0")
        let why = try #require(Why.answer(ctx, module: "example.com/b"))
        #expect(why.selected == "v1.0.0")
        #expect(why.paths.map { $0.map(\.text) } == [
            ["example.com/main", "example.com/a@v1.0.0", "example.com/main@v0.1.0", "example.com/b@v1.0.0"]])
    }

    @Test func unknownModuleOrVersionIsNil() throws {
        let ctx = try context("hello")
        #expect(Why.answer(ctx, module: "example.com/nope") == nil)
        #expect(Why.answer(ctx, module: "example.com/greet", version: "v9.9.9") == nil)
        #expect(Why.parseQuery("a/b@v1.2.3") == ("a/b", "v1.2.3"))
        #expect(Why.parseQuery("a/b") == ("a/b", nil))
    }

    @Test func jsonKeepsTheDocumentedShape() throws {
        let why = try #require(Why.answer(try context("hello"), module: "example.com/color"))
        let object = try #require(try JSONSerialization.jsonObject(with: why.json()) as? [String: Any])
        #expect(object["module"] as? String == "example.com/color")
        #expect(object["selected"] as? String == "v0.2.0")
        let paths = try #require(object["paths"] as? [[String]])
        #expect(paths.first == ["example.com/hello", "example.com/color@v0.2.0"])
        #expect(paths.map(\.count) == paths.map(\.count).sorted())
        let required = try #require(object["requiredBy"] as? [String: [String]])
        #expect(required == [
            "v0.1.0": ["example.com/banner@v1.0.0"],
            "v0.2.0": ["example.com/greet@v1.2.0", "example.com/hello"],
        ])
    }

    @Test func graphViewHighlightsTheShortestPaths() throws {
        let ctx = try context("multi-major")
        let why = try #require(Why.answer(ctx, module: "example.com/lib"))
        let view = why.graphView(buildList: ctx.buildList)
        #expect(view.nodes.count == 4)
        let highlighted = view.edges.filter { $0.style == .highlighted }.map { "\($0.from.text) \($0.to.text)" }
        #expect(highlighted == ["example.com/multi example.com/lib@v1.1.0"])
        #expect(view.edges.count == 5)
    }

    /// Every simple path by brute force, for comparison.
    static func allSimplePaths(_ succ: [[Int32]], from roots: [Int32], to target: Int32) -> [[Int32]] {
        var out: [[Int32]] = []
        func walk(_ path: [Int32]) {
            let v = path.last!
            if v == target { out.append(path); return }
            for s in succ[Int(v)] where !path.contains(s) { walk(path + [s]) }
        }
        for r in Set(roots).sorted() { walk([r]) }
        return out.sorted { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }
    }

    @Test(arguments: 1...40)
    func pathsMatchBruteForceOnRandomGraphs(seed: Int) {
        var rng = SplitMix64(seed: UInt64(seed))
        let n = 4 + Int(rng.next() % 6)
        var succ = [[Int32]](repeating: [], count: n)
        for v in 0..<n {
            for w in 0..<n where w != v && rng.next() % 100 < 30 { succ[v].append(Int32(w)) }
        }
        var pred = [[Int32]](repeating: [], count: n)
        for (v, ws) in succ.enumerated() { for w in ws { pred[Int(w)].append(Int32(v)) } }
        let target = Int32(n - 1)
        let expected = Self.allSimplePaths(succ, from: [0], to: target)
        let all = WhyPaths(successors: succ, predecessors: pred, roots: [0], target: target, limit: 10_000)
        #expect(all.paths == expected, "seed \(seed)")
        #expect(!all.truncated)
        let shortest = expected.first?.count ?? 0
        #expect(all.shortestCount == expected.filter { $0.count == shortest }.count)
        // A limit keeps the shortest ones.
        let few = WhyPaths(successors: succ, predecessors: pred, roots: [0], target: target, limit: 3)
        #expect(few.paths.map(\.count) == expected.prefix(3).map(\.count), "seed \(seed)")
        #expect(few.truncated == (expected.count > 3))
    }

    /// A deep module of the largest corpus: the shortest path's length is its BFS depth.
    @Test(.enabled(if: Corpus.has("containerd-containerd@v2.1.5"), Corpus.skipReason("containerd-containerd@v2.1.5")))
    func corpusDeepestModule() throws {
        let entry = "containerd-containerd@v2.1.5"
        let folder = Corpus.entry(entry)
        let ctx = try ModuleLoad.load(InputSet.load(root: folder.path))
        let g = try IndependentGraph(folder: folder)
        let depths = g.depths()
        let deepest = depths.indices.max { depths[$0] != depths[$1] ? depths[$0] < depths[$1] : g.nodes[$0] > g.nodes[$1] }!
        let name = g.nodes[deepest]
        let path = String(name[..<name.lastIndex(of: "@")!])
        let why = try #require(Why.answer(ctx, module: path, maxPaths: 50))
        #expect(why.paths.first?.count == depths[deepest] + 1)
        #expect(why.paths.count == 50 || !why.pathsTruncated)
        #expect(why.paths.map(\.count) == why.paths.map(\.count).sorted())
        for p in why.paths {
            #expect(Set(p).count == p.count, "a path repeats a module")
            #expect(p.first.map { g.mains.map { g.nodes[$0] }.contains($0.text) } == true)
            for (a, b) in zip(p, p.dropFirst()) {
                let ia = g.nodes.firstIndex(of: a.text)!, ib = g.nodes.firstIndex(of: b.text)!
                #expect(g.successors(ia).contains(ib), "\(a.text) does not require \(b.text)")
            }
        }
        // Requirers per version, straight from graph.txt.
        var expected: [String: Set<String>] = [:]
        for (from, to) in g.rawEdges where to.hasPrefix(path + "@") {
            expected[String(to.dropFirst(path.count + 1)), default: []].insert(from)
        }
        #expect(Dictionary(uniqueKeysWithValues: why.requiredBy.map { ($0.version, Set($0.requirers.map(\.text))) }) == expected)
    }
}
