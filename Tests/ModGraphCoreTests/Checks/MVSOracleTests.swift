import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// Minimal version selection over `go mod graph` alone against what go 1.23 selected, on random
/// module universes recorded by scripts/record/mvs/record.sh (Tests/Fixtures/go-oracle/mvs/).
@Suite struct MVSOracleTests {
    static let root = RepoPaths.fixture("go-oracle/mvs")

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { $0.hasPrefix("u") }.sorted()
    }()

    @Test func recordingIsThere() throws {
        #expect(Self.cases.count >= 60, "expected the recorded universes under \(Self.root.path)")
        let meta = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.root.appendingPathComponent("meta.json"))) as? [String: Any]
        #expect((meta?["go_version"] as? String)?.hasPrefix("go version go1.23.") == true)
        #expect((meta?["recorded"] as? [String])?.sorted() == Self.cases)
    }

    @Test(arguments: cases)
    func mvsEqualsGoList(universe: String) throws {
        let dir = Self.root.appendingPathComponent(universe)
        let inputs = try InputSet.load(root: dir.path)
        let ctx = try ModuleLoad.load(inputs)
        let graph = try #require(ctx.graph)
        let list = try #require(ctx.list)
        var expected: [String: String] = [:]
        for m in list.modules where !m.main { expected[m.path] = m.version }
        #expect(MVS.buildList(graph) == expected, "\(universe)")
        #expect(StaleInputCheck.run(ctx).isEmpty, "\(universe)")
        // go@ / toolchain@ stay out of the build list and the nodes.
        #expect(!graph.nodes.contains { $0.isToolchainRequirement })
    }

    /// The universes cover what MVS has to get right.
    @Test func universesCoverTheHardCases() throws {
        var pruned = 0, unpruned = 0, excludes = 0, replaces = 0, incompatible = 0, pseudo = 0, prerelease = 0, v2 = 0
        for u in Self.cases {
            let dir = Self.root.appendingPathComponent(u)
            let goMod = try String(contentsOf: dir.appendingPathComponent("go.mod"), encoding: .utf8)
            if goMod.contains("\ngo 1.16\n") { unpruned += 1 } else { pruned += 1 }
            if goMod.contains("\nexclude ") { excludes += 1 }
            if goMod.contains("\nreplace ") { replaces += 1 }
            let graph = try String(contentsOf: dir.appendingPathComponent("graph.txt"), encoding: .utf8)
            if graph.contains("+incompatible") { incompatible += 1 }
            if graph.contains("-0.2024") { pseudo += 1 }
            if graph.contains("-rc.1") || graph.contains("-beta.1") { prerelease += 1 }
            if graph.contains("/v2@") { v2 += 1 }
        }
        #expect(pruned >= 10 && unpruned >= 10)
        #expect(excludes >= 3 && replaces >= 3)
        #expect(incompatible >= 5 && pseudo >= 5 && prerelease >= 5 && v2 >= 5)
    }
}
