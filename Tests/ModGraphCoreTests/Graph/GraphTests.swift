import Testing
@testable import ModGraphCore

/// Builds a graph from `"from to"` lines, as `go mod graph` prints them.
func graph(_ lines: [String]) -> ModuleGraph {
    func node(_ s: Substring) -> ModuleID {
        guard let at = s.firstIndex(of: "@") else { return ModuleID(path: String(s), version: "") }
        return ModuleID(path: String(s[..<at]), version: String(s[s.index(after: at)...]))
    }
    return ModuleGraph(edges: lines.map { line in
        let f = line.split(separator: " ")
        return (node(f[0]), node(f[1]))
    })
}

@Suite struct ModuleGraphTests {
    @Test func internsNodesAndCountsDistinctEdges() {
        let g = graph([
            "m a@v1.0.0", "m b@v1.0.0", "a@v1.0.0 b@v1.1.0", "m a@v1.0.0",
            "m go@1.22", "a@v1.0.0 go@1.21.0", "go@1.22 toolchain@go1.22",
        ])
        #expect(g.nodeCount == 4)  // m, a@v1.0.0, b@v1.0.0, b@v1.1.0
        #expect(g.edgeCount == 3)  // the repeated m -> a counts once
        #expect(g.mainNodes.map { g.nodes[Int($0)].text } == ["m"])
        #expect(g.toolchainRequirements.count == 3)
    }

    @Test func reachabilityIsBreadthFirstAndCycleSafe() {
        let g = graph(["m a@v1", "a@v1 b@v1", "b@v1 a@v1", "x@v1 y@v1"])
        let names = g.reachable(from: g.mainNodes).map { g.nodes[Int($0)].text }
        #expect(names == ["m", "a@v1", "b@v1"])
    }
}

@Suite struct MVSTests {
    @Test func selectsHighestReachableVersionPerPath() {
        let g = graph([
            "m a@v1.1.0", "m b@v1.0.0",
            "a@v1.1.0 c@v1.2.0",
            "b@v1.0.0 c@v1.10.0",      // numeric, not lexical: v1.10.0 > v1.2.0
            "b@v1.0.0 d@v2.0.0-rc.1",
            "old@v1.0.0 c@v9.0.0",      // unreachable requirer: does not count
        ])
        let list = MVS.buildList(g)
        #expect(list == ["a": "v1.1.0", "b": "v1.0.0", "c": "v1.10.0", "d": "v2.0.0-rc.1"])
    }

    @Test func prereleaseIsBelowReleaseAndPseudoBelowItsBase() {
        let g = graph([
            "m a@v1.0.0-rc.1", "m x@v1.0.0",
            "x@v1.0.0 a@v1.0.0",
            "x@v1.0.0 p@v1.2.3",
            "m p@v1.2.4-0.20240101000000-abcdefabcdef",
        ])
        let list = MVS.buildList(g)
        #expect(list["a"] == "v1.0.0")
        #expect(list["p"] == "v1.2.4-0.20240101000000-abcdefabcdef")
    }

    @Test func mainModulePathIsNotSelected() {
        let g = graph(["m a@v1.0.0", "a@v1.0.0 m@v0.1.0"])
        #expect(MVS.buildList(g) == ["a": "v1.0.0"])
    }
}

@Suite struct SelectedGraphTests {
    let g = graph([
        "m a@v1.1.0", "m b@v1.0.0",
        "a@v1.1.0 c@v1.0.0", "a@v1.0.0 z@v1.0.0",
        "b@v1.0.0 a@v1.0.0", "b@v1.0.0 c@v1.1.0",
        "c@v1.1.0 d@v1.0.0",
    ])

    func selected() -> (BuildList, SelectedGraph) {
        let versions = MVS.buildList(g)
        let modules = versions.map { SelectedModule(path: $0.key, version: $0.value, indirect: $0.key != "a") }
        let list = BuildList(mainModules: ["m"], modules: modules, source: .mvs)
        return (list, SelectedGraph(graph: g, buildList: list))
    }

    @Test func edgesComeFromSelectedVersionsOnly() {
        let (list, sel) = selected()
        // z is selected (MVS walks every reachable version: b -> a@v1.0.0 -> z), though only the
        // unselected a@v1.0.0 requires it, so it has no edge in the selected graph.
        #expect(list.modules.map(\.path) == ["a", "b", "c", "d", "z"])
        let edges = sel.nodes.indices.flatMap { i in
            sel.successors[i].map { "\(sel.nodes[i].path)->\(sel.nodes[Int($0)].path)" }
        }
        // a@v1.1.0 requires c; b requires a and c (mapped to the selected versions); c@v1.1.0 requires d.
        #expect(edges == ["m->a", "m->b", "a->c", "b->a", "b->c", "c->d"])
    }

    @Test func statsCountDepthDirectAndIndirect() {
        let (list, sel) = selected()
        let stats = GraphStats(graph: g, buildList: list, selected: sel)
        #expect(stats.graphNodes == 8)
        #expect(stats.graphEdges == 7)
        #expect(stats.selectedModules == 5)
        #expect(stats.direct == 1)
        #expect(stats.indirect == 4)
        #expect(stats.maxDepth == 3)  // m -> a -> c -> d; z is unreachable in the selected graph
    }
}
