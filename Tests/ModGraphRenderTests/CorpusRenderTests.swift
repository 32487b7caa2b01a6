import Foundation
@testable import ModGraphCore
import Testing
import TestSupport
@testable import ModGraphRender

/// Real projects' whole `go mod graph` (every version named, not just the selected ones)
/// through DOTWriter and Graphviz: the big-graph path stays well-formed, and the timings are
/// printed for reference (measured, not asserted: the machine is shared).
@Suite(.serialized, .enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)))
struct CorpusRenderTests {
    /// containerd v2.1.5: 750 module versions, 1,800 requirements.
    static let entry = "containerd-containerd@v2.1.5"

    @Test(arguments: [(LayoutEngine.dot, nil), (.sfdp, nil), (.dot, 150), (.sfdp, 150)] as [(LayoutEngine, Int?)])
    func rendersAWholeCorpusGraph(engine: LayoutEngine, limit: Int?) throws {
        let text = try String(contentsOf: Corpus.entry(Self.entry).appendingPathComponent("graph.txt"), encoding: .utf8)
        let view = Self.view(graphText: text, limit: limit)
        let dot = DOTWriter().write(view.omittingImpliedEdges())
        let clock = ContinuousClock()
        var data = Data()
        let elapsed = try clock.measure {
            data = try SVGRenderer(options: RenderOptions(engine: engine)).render(dot: dot)
        }
        let svg = try SVGDocument(data)
        print("\(Self.entry): \(view.nodes.count) nodes, \(view.edges.count) edges, \(engine): \(elapsed), \(data.count / 1024) KiB SVG")
        #expect(svg.titles.contains("github.com/containerd/containerd/v2"))
        #expect(svg.attributes["class", default: []].filter { $0 == "node" }.count == view.nodes.count + 7)
    }

    /// A view of `go mod graph` text: the first module is the main one; modules it requires
    /// are direct. With `limit`, only the first modules in breadth-first order.
    static func view(graphText: String, limit: Int?) -> GraphView {
        func id(_ s: Substring) -> ModuleID {
            guard let at = s.firstIndex(of: "@") else { return ModuleID(path: String(s), version: "") }
            return ModuleID(path: String(s[..<at]), version: String(s[s.index(after: at)...]))
        }
        var successors: [ModuleID: [ModuleID]] = [:]
        var main: ModuleID?
        for line in graphText.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 2 else { continue }
            let from = id(fields[0]), to = id(fields[1])
            if from.isToolchainRequirement || to.isToolchainRequirement { continue }
            main = main ?? from
            successors[from, default: []].append(to)
        }
        guard let main else { return GraphView(title: "empty", nodes: [], edges: []) }
        var order = [main]
        var seen: Set<ModuleID> = [main]
        var i = 0
        while i < order.count, order.count < (limit ?? .max) {
            for next in successors[order[i]] ?? [] where order.count < (limit ?? .max) && seen.insert(next).inserted {
                order.append(next)
            }
            i += 1
        }
        let direct = Set(successors[main] ?? [])
        let nodes = order.map { m in
            GraphView.Node(id: m, role: m == main ? .main : direct.contains(m) ? .direct : .indirect)
        }
        let edges = order.flatMap { from in
            (successors[from] ?? []).filter(seen.contains).map { GraphView.Edge(from: from, to: $0) }
        }
        return GraphView(title: "\(main.path) — \(nodes.count) modules", nodes: nodes, edges: edges)
    }
}
