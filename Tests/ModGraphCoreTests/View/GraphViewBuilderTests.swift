import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// The budgeted views `analyze` draws: what is kept, what is counted, and that it stays fast.
@Suite struct GraphViewBuilderTests {
    /// An analysis of `go mod graph` text (MVS picks the build list), with `findings` added.
    static func analysis(_ graph: String, goMod: String? = nil, findings: [Finding] = []) throws -> Analysis {
        var inputs = InputSet(root: "t")
        inputs.provide(.graph, try InputText(graph, file: "graph.txt"), origin: .file)
        if let goMod { inputs.provide(.goMod, try InputText(goMod, file: "go.mod"), origin: .file) }
        var a = try Analyzer.analyze(inputs, name: "t")
        a.findings = findings.sorted()
        return a
    }

    static func synthetic(_ modules: Int) throws -> Analysis {
        var inputs = InputSet(root: "synthetic")
        inputs.provide(.graph, try InputText(bytes: SyntheticGraph(modules: modules).graphText(), file: "graph.txt"), origin: .file)
        return try Analyzer.analyze(inputs, name: "synthetic")
    }

    /// main -> a -> b -> c -> deep, and main -> d01...d20 (leaves).
    static let chain: String = {
        var text = "example.com/main example.com/a@v1.0.0\nexample.com/a@v1.0.0 example.com/b@v1.0.0\n"
        text += "example.com/b@v1.0.0 example.com/c@v1.0.0\nexample.com/c@v1.0.0 example.org/deep@v1.0.0\n"
        for i in 1...20 { text += "example.com/main example.net/d\(i < 10 ? "0" : "")\(i)@v1.0.0\n" }
        return text
    }()

    /// Every drawn module is reachable from a main module through drawn requirements.
    static func connected(_ view: GraphView) -> Bool {
        let mains = view.nodes.filter { $0.role == .main }.map(\.id)
        var successors: [ModuleID: [ModuleID]] = [:]
        for e in view.edges { successors[e.from, default: []].append(e.to) }
        var seen = Set(mains)
        var stack = mains
        while let n = stack.popLast() {
            for s in successors[n] ?? [] where seen.insert(s).inserted { stack.append(s) }
        }
        return Set(view.nodes.map(\.id)).isSubset(of: seen)
    }

    @Test func smallGraphsAreDrawnWhole() throws {
        let a = try Self.analysis(Self.chain)
        let view = GraphViewBuilder.view(of: a)
        #expect(view.nodes.count == 25)
        #expect(view.notes.isEmpty)
        #expect(view.foldedGroups.isEmpty)
    }

    @Test func theBudgetIsKeptAndEveryDrawnModuleStaysConnected() throws {
        let a = try Self.synthetic(2_000)
        for budget in [1, 2, 10, 50, 150] {
            let view = GraphViewBuilder.view(of: a, options: GraphViewOptions(maxNodes: budget))
            #expect(view.nodes.count <= budget, "budget \(budget)")
            #expect(view.nodes.count >= min(budget, 2))
            #expect(Self.connected(view), "budget \(budget)")
            #expect(view.notes.first?.hasPrefix("\(view.nodes.count - 1) of 2000 modules drawn") == true, "\(view.notes)")
        }
    }

    @Test func modulesWithErrorsComeFirstWithTheirPath() throws {
        let deep = Finding(id: "x", severity: .error, module: "example.org/deep", message: "bad")
        let a = try Self.analysis(Self.chain, findings: [deep])
        let view = GraphViewBuilder.view(of: a, options: GraphViewOptions(maxNodes: 6))
        let paths = Set(view.nodes.map(\.id.path))
        #expect(paths.isSuperset(of: ["example.com/main", "example.com/a", "example.com/b", "example.com/c", "example.org/deep"]))
        #expect(view.nodes.count == 6)
        // The path to the error is highlighted.
        let red = view.edges.filter { $0.style == .highlighted }.map { "\($0.from.path) \($0.to.path)" }.sorted()
        #expect(red == ["example.com/a example.com/b", "example.com/b example.com/c", "example.com/c example.org/deep", "example.com/main example.com/a"])
    }

    @Test func warningsComeAfterDirectRequirementsAndNotesDoNotCount() throws {
        let findings = [
            Finding(id: "w", severity: .warning, module: "example.org/deep", message: "w"),
            Finding(id: "n", severity: .note, module: "example.com/c", message: "n"),
        ]
        var goMod = "module example.com/main\n\ngo 1.21\n\nrequire (\n\texample.com/a v1.0.0 // indirect\n"
        for i in 1...20 { goMod += "\texample.net/d\(i < 10 ? "0" : "")\(i) v1.0.0\n" }
        goMod += ")\n"
        let a = try Self.analysis(Self.chain, goMod: goMod, findings: findings)
        // The main module and its 20 direct requirements fill 21 of 22: the warning's path needs 4.
        let tight = GraphViewBuilder.view(of: a, options: GraphViewOptions(maxNodes: 22))
        #expect(!tight.nodes.contains { $0.id.path == "example.org/deep" })
        #expect(tight.notes.contains("1 modules with warnings or errors did not fit"))
        let roomy = GraphViewBuilder.view(of: a, options: GraphViewOptions(maxNodes: 25))
        #expect(roomy.nodes.contains { $0.id.path == "example.org/deep" })
    }

    @Test func depthLimitsTheView() throws {
        let a = try Self.analysis(Self.chain)
        let view = GraphViewBuilder.view(of: a, options: GraphViewOptions(depth: 2))
        #expect(Set(view.nodes.map(\.id.path)).isDisjoint(with: ["example.com/c", "example.org/deep"]))
        #expect(view.nodes.contains { $0.id.path == "example.com/b" })
        #expect(view.notes.contains("2 modules deeper than 2 requirements left out"))
    }

    @Test func focusDrawsWhatRequiresAModuleAndWhatItRequires() throws {
        let a = try Self.analysis(Self.chain)
        let view = GraphViewBuilder.view(of: a, options: GraphViewOptions(focus: "example.com/b"))
        #expect(Set(view.nodes.map(\.id.path)) == ["example.com/main", "example.com/a", "example.com/b", "example.com/c", "example.org/deep"])
        #expect(view.notes.first?.hasPrefix("around example.com/b") == true)
        let near = GraphViewBuilder.view(of: a, options: GraphViewOptions(depth: 1, focus: "example.com/b"))
        #expect(Set(view.nodes.map(\.id.path)).isSuperset(of: Set(near.nodes.map(\.id.path))))
        #expect(!near.nodes.contains { $0.id.path == "example.org/deep" })
        #expect(near.nodes.contains { $0.id.path == "example.com/main" }, "a path from the main module is always drawn")
        #expect(GraphViewBuilder.contains("example.com/b", in: a))
        #expect(!GraphViewBuilder.contains("example.com/nope", in: a))
    }

    @Test func allVersionsMarksTheVersionsNotSelected() throws {
        let text = "example.com/main example.com/a@v1.0.0\nexample.com/main example.com/b@v1.0.0\n"
            + "example.com/b@v1.0.0 example.com/a@v1.1.0\n"
        let a = try Self.analysis(text)
        let view = GraphViewBuilder.view(of: a, options: GraphViewOptions(allVersions: true))
        let old = try #require(view.nodes.first { $0.id == ModuleID(path: "example.com/a", version: "v1.0.0") })
        #expect(!old.isSelected)
        #expect(old.tooltip.contains("not selected: the build uses v1.1.0"))
        #expect(view.nodes.filter(\.isSelected).count == 3)
        let dot = DOTWriter().write(view)
        #expect(dot.contains("\"legend\\ unselected\""))
        #expect(!DOTWriter().write(GraphViewBuilder.view(of: a)).contains("unselected"))
    }

    @Test func groupsCountWhatWasLeftOut() throws {
        let a = try Self.analysis(Self.chain)
        let view = GraphViewBuilder.view(of: a, options: GraphViewOptions(maxNodes: 8))
        let drawn = view.nodes.count - 1
        let leftOut = (view.groups + view.foldedGroups).reduce(0) { $0 + $1.leftOut }
        #expect(drawn + leftOut == 24)
        for node in view.nodes where node.group != nil {
            #expect(view.groups.contains { $0.key == node.group })
        }
        let dot = DOTWriter().write(view)
        #expect(dot.contains("not drawn"))
    }

    @Test func groupKeys() {
        #expect(ModuleGrouping.prefix.key(for: "github.com/containerd/containerd/v2") == "github.com/containerd")
        #expect(ModuleGrouping.prefix.key(for: "golang.org/x/sys") == "golang.org/x")
        #expect(ModuleGrouping.prefix.key(for: "k8s.io/api") == "k8s.io")
        #expect(ModuleGrouping.prefix.key(for: "gopkg.in/yaml.v3") == "gopkg.in")
        #expect(ModuleGrouping.host.key(for: "github.com/containerd/containerd/v2") == "github.com")
        #expect(ModuleGrouping.none.key(for: "k8s.io/api") == nil)
    }

    @Test func sameAnalysisSameDOT() throws {
        let a = try Self.synthetic(500)
        let first = DOTWriter().write(GraphViewBuilder.view(of: a))
        #expect(DOTWriter().write(GraphViewBuilder.view(of: a)) == first)
    }

    /// Golden DOT of budgeted views of a synthetic graph (RECORD_GOLDEN=1 re-records).
    @Test(arguments: ["default-40", "depth-2", "focus", "all-versions-60"])
    func golden(name: String) throws {
        let a = try Self.synthetic(300)
        let options: GraphViewOptions
        switch name {
        case "default-40": options = GraphViewOptions(maxNodes: 40)
        case "depth-2": options = GraphViewOptions(maxNodes: 60, depth: 2)
        case "focus": options = GraphViewOptions(maxNodes: 30, focus: "example.com/gen/m000150")
        default: options = GraphViewOptions(maxNodes: 60, allVersions: true)
        }
        let dot = DOTWriter().write(GraphViewBuilder.view(of: a, options: options))
        if let problem = Golden.check(dot, against: "view/\(name).dot") { Issue.record(Comment(rawValue: problem)) }
    }

    /// A 20,000-module graph: the default view and its DOT in well under a second in release
    /// builds; the unpruned view's DOT too (its reduction still fits the limits).
    @Test func largeGraphsStayFast() throws {
        let a = try Self.synthetic(20_000)
        let clock = ContinuousClock()
        var dot = ""
        let pruned = clock.measure { dot = DOTWriter().write(GraphViewBuilder.view(of: a)) }
        #expect(dot.contains("149 of 19997 modules drawn"), "\(dot.prefix(400))")
        let whole = clock.measure { dot = DOTWriter().write(GraphViewBuilder.view(of: a, options: .everything())) }
        #expect(dot.count > 1_000_000)
        print("view and DOT of 20,000 modules: default \(pruned), everything \(whole)")
        #expect(pruned < .seconds(20) && whole < .seconds(120))  // debug builds on a loaded machine
    }
}
