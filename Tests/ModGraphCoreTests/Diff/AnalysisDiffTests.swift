import Foundation
import Testing
@testable import ModGraphCore

@Suite struct AnalysisDiffTests {
    @Test func selectedModulesAreSplitByKindAndSortedByPath() throws {
        let diff = try DiffFixtures.smallDiff()
        #expect(diff.added.map(\.module.id.text) == [
            "example.com/d@v0.1.0", "example.com/e@v1.0.0", "example.com/f@v1.0.0", "example.com/g@v1.0.0",
        ])
        #expect(diff.removed.map(\.text) == ["example.com/gone@v1.0.0"])
        #expect(diff.upgraded == [.init(path: "example.com/a", from: "v1.0.0", to: "v1.1.0")])
        #expect(diff.downgraded == [.init(path: "example.com/b", from: "v1.2.0", to: "v1.1.0")])
        #expect(diff.hasModuleChanges)
        #expect(!diff.mainModulesDiffer)
    }

    @Test func addedModulesSayWhatPulledThemIn() throws {
        let diff = try DiffFixtures.smallDiff()
        let chains = Dictionary(uniqueKeysWithValues: diff.added.map { ($0.path, $0.pulledInBy.map(\.text)) })
        #expect(chains["example.com/d"] == ["example.com/app"])
        // Required by a0 (unchanged) and b (downgraded) at the same depth: b changed, so b.
        #expect(chains["example.com/e"] == ["example.com/app", "example.com/b@v1.1.0"])
        #expect(chains["example.com/g"] == ["example.com/app", "example.com/d@v0.1.0", "example.com/f@v1.0.0"])
    }

    @Test func withoutAGraphTheChainIsUnknown() {
        let base = DiffFixtures.side("base", modules: [("example.com/a", "v1.0.0")])
        let head = DiffFixtures.side("head", modules: [("example.com/a", "v1.0.0"), ("example.com/n", "v1.0.0")])
        let diff = AnalysisDiff(base: base, head: head)
        #expect(diff.added.map(\.path) == ["example.com/n"])
        #expect(diff.added[0].pulledInBy.isEmpty)
    }

    @Test func replaceDirectivesAddedRemovedAndRetargeted() throws {
        let diff = try DiffFixtures.smallDiff()
        let changes = diff.replaceChanges.map { c in
            "\(c.key.file) \(c.key.path) \(c.key.version ?? "*"): \(c.from?.newText ?? "-") -> \(c.to?.newText ?? "-")"
        }
        #expect(changes == [
            "go.mod example.com/b *: example.com/bfork v1.2.0 -> example.com/bfork v1.3.0",
            "go.mod example.com/c *: - -> ./c",
            "go.mod example.com/x v1.0.0: ../x -> -",
        ])
    }

    @Test func goWorkReplacementsAreComparedApart() throws {
        let goMod = "module example.com/app\n\ngo 1.21\n\nreplace example.com/b => ../b\n"
        let base = try DiffFixtures.side("base", goMod: goMod, goWork: "go 1.21\n\nuse .\n")
        let head = try DiffFixtures.side(
            "head", goMod: goMod, goWork: "go 1.21\n\nuse .\n\nreplace example.com/b => ../other\n")
        let diff = AnalysisDiff(base: base, head: head)
        #expect(diff.replaceChanges.count == 1)
        #expect(diff.replaceChanges.first?.key == .init(file: "go.work", path: "example.com/b", version: nil))
        #expect(diff.replaceChanges.first?.from == nil)
        #expect(diff.replaceChanges.first?.to?.newPath == "../other")
    }

    @Test func sameReplacementWrittenTwiceIsNoChange() {
        let d = ReplaceDirective(file: "go.mod", oldPath: "p", oldVersion: nil, newPath: "q", newVersion: "v1.0.0")
        #expect(AnalysisDiff.replaceChanges([d, d], [d]).isEmpty)
    }

    @Test func statsDeltaIsHeadMinusBase() throws {
        let diff = try DiffFixtures.smallDiff()
        let (b, h, d) = (diff.base.analysis.stats, diff.head.analysis.stats, diff.statsDelta)
        #expect(d.selectedModules == h.selectedModules - b.selectedModules)
        // DiffFixtures sides have a graph, so every figure is known.
        let (bEdges, hEdges, bDepth, hDepth) = try (#require(b.graphEdges), #require(h.graphEdges), #require(b.maxDepth), #require(h.maxDepth))
        #expect(d.graphEdges == hEdges - bEdges)
        #expect(d.maxDepth == hDepth - bDepth)
        #expect(b.selectedModules == 5 && h.selectedModules == 8)
    }

    @Test func unchangedSidesGiveAnEmptyDiff() throws {
        let side = try DiffFixtures.side("same", goMod: DiffFixtures.baseGoMod, graph: DiffFixtures.baseGraph)
        let diff = AnalysisDiff(base: side, head: side)
        #expect(!diff.hasModuleChanges)
        #expect(diff.newFindings.isEmpty && diff.goneFindings.isEmpty)
        #expect(diff.statsDelta == StatsDelta(base: side.analysis.stats, head: side.analysis.stats))
        #expect(DiffMarkdownReport.headline(diff) == "No module changes; findings: 0 new, 0 gone")
    }

    @Test func differentMainModulesAreFlagged() {
        let base = DiffFixtures.side("base", main: "example.com/one", modules: [])
        let head = DiffFixtures.side("head", main: "example.com/two", modules: [])
        #expect(AnalysisDiff(base: base, head: head).mainModulesDiffer)
    }

    // MARK: Findings

    static func finding(_ id: String, _ severity: Severity, _ module: String, _ message: String, file: String = "x") -> Finding {
        Finding(id: id, severity: severity, module: module, message: message, location: SourceLocation(file: file))
    }

    @Test func findingsMatchIgnoringLocation() {
        let before = [Self.finding("a", .warning, "m", "text", file: "base/list.json")]
        let after = [Self.finding("a", .warning, "m", "text", file: "head/list.json")]
        let (new, gone) = AnalysisDiff.findingChanges(before, after)
        #expect(new.isEmpty && gone.isEmpty)
    }

    @Test func aPersistingProblemWhoseMessageNamesANewVersionIsNotNew() {
        let before = [Self.finding("module-error", .warning, "m", "error for m@v1.0.0")]
        let after = [Self.finding("module-error", .warning, "m", "error for m@v1.1.0")]
        let (new, gone) = AnalysisDiff.findingChanges(before, after)
        #expect(new.isEmpty && gone.isEmpty)
    }

    @Test func severityChangesAndWholeInputFindingsCountAsNewAndGone() {
        let before = [Self.finding("x", .warning, "m", "one"), Self.finding("input-missing", .note, "", "no graph")]
        let after = [Self.finding("x", .error, "m", "one"), Self.finding("input-missing", .note, "", "no list")]
        let (new, gone) = AnalysisDiff.findingChanges(before, after)
        #expect(new.map(\.message) == ["one", "no list"])  // error first
        #expect(gone.map(\.message) == ["one", "no graph"])
    }

    @Test func findingsAreCountedAsMultisets() {
        let f = Self.finding("dup", .error, "m", "same")
        let (new, gone) = AnalysisDiff.findingChanges([f], [f, f, f])
        #expect(new.count == 2 && gone.isEmpty)
        let diff = AnalysisDiff(
            base: DiffFixtures.side("b", modules: [], findings: [f]),
            head: DiffFixtures.side("h", modules: [], findings: [f, f]))
        #expect(diff.worstNewSeverity == .error)
    }
}
