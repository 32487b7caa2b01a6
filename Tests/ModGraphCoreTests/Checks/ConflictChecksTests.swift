import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// Each conflict check on the recorded samples (whose README says what each one holds), and
/// on samples changed in memory to show what the recording does not.
@Suite struct VersionSkewCheckTests {
    @Test func helloRequirersLeftBehind() throws {
        let f = VersionSkewCheck.run(try CheckFixture.context(sample: "hello"))
        // banner v1.0.0 asks for color v0.1.0, greet v1.0.0 and words v1.0.0; newer ones win.
        #expect(f.map(\.module) == ["example.com/color", "example.com/greet", "example.com/words"])
        #expect(f.allSatisfy { $0.id == "version-skew" && $0.message.contains("example.com/banner@v1.0.0") })
        // A v0 minor bump is the worst kind: a warning; v1 minor bumps are notes.
        #expect(f.map(\.severity) == [.warning, .note, .note])
        #expect(f[0].message.contains("(v0.1.0, v0 minor bump, may break)"))
        #expect(f[0].location == SourceLocation(file: RepoPaths.sample("hello").path + "/go.mod", line: 7))
    }

    @Test func onlySelectedRequirersCount() throws {
        // b@v1.0.0 is not selected (m requires b v1.1.0), so its older requirement on c is history.
        let ctx = try CheckFixture.context(graph: """
            m a@v1.0.0
            m b@v1.1.0
            m c@v1.2.0
            a@v1.0.0 c@v1.0.0
            a@v1.0.0 b@v1.0.0
            b@v1.0.0 c@v0.9.0
            """)
        let f = VersionSkewCheck.run(ctx)
        #expect(f.map(\.message) == [
            "b v1.1.0 is selected, but 1 requirer asked for older: a@v1.0.0 (v1.0.0, minor bump)",
            "c v1.2.0 is selected, but 1 requirer asked for older: a@v1.0.0 (v1.0.0, minor bump)",
        ])
    }

    @Test func worstJumpFirstThenOldest() throws {
        let ctx = try CheckFixture.context(graph: """
            m x@v0.5.1
            m a@v1.0.0
            m b@v1.0.0
            m c@v1.0.0
            m d@v1.0.0
            a@v1.0.0 x@v0.5.0
            b@v1.0.0 x@v0.3.0
            c@v1.0.0 x@v0.4.2
            d@v1.0.0 x@v0.5.1-rc.1
            """)
        let f = try #require(VersionSkewCheck.run(ctx).first)
        #expect(f.severity == .warning)
        #expect(f.message.hasSuffix(
            "4 requirers asked for older: b@v1.0.0 (v0.3.0, v0 minor bump, may break), c@v1.0.0 (v0.4.2, v0 minor bump, may break), "
            + "a@v1.0.0 (v0.5.0, patch bump), d@v1.0.0 (v0.5.1-rc.1, prerelease/commit difference)"))
    }

    @Test func jumpKinds() {
        typealias J = VersionSkewCheck.Jump
        #expect(J(from: "v2.0.0+incompatible", to: "v3.1.0+incompatible") == .major)
        #expect(J(from: "v0.9.0", to: "v1.0.0") == .major)
        #expect(J(from: "v0.1.0", to: "v0.2.0") == .zeroMinor)
        #expect(J(from: "v1.1.0", to: "v1.2.0") == .minor)
        #expect(J(from: "v1.2.0", to: "v1.2.3") == .patch)
        #expect(J(from: "v1.2.3-0.20240101000000-abcdefabcdef", to: "v1.2.3") == .prerelease)
    }
}

@Suite struct MultipleMajorCheckTests {
    @Test func bothMajorsSelected() throws {
        let f = MultipleMajorCheck.run(try CheckFixture.context(sample: "multi-major"))
        #expect(f.count == 1)
        #expect(f.first?.module == "example.com/lib")
        #expect(f.first?.severity == .warning)
        #expect(f.first?.message == "2 major versions of example.com/lib are selected: "
            + "example.com/lib v1.1.0 (required by example.com/multi, example.com/cyc/b@v1.0.0); "
            + "example.com/lib/v2 v2.1.0 (required by example.com/multi, example.com/cyc/a@v1.1.0)")
    }

    @Test func gopkgInFamiliesAndIncompatible() throws {
        let ctx = try CheckFixture.context(graph: """
            m gopkg.in/yaml.v2@v2.4.0
            m gopkg.in/yaml.v3@v3.0.1
            m gopkg.in/check.v1@v1.0.0
            m example.com/old@v3.0.0+incompatible
            m example.com/old/v4@v4.0.0
            m example.com/solo/v2@v2.0.0
            """)
        let f = MultipleMajorCheck.run(ctx)
        #expect(f.map(\.module) == ["example.com/old", "gopkg.in/yaml.v2"])
        #expect(f[1].message.hasPrefix("2 major versions of gopkg.in/yaml are selected"))
    }

    @Test func noFindingWithOneMajor() throws {
        #expect(MultipleMajorCheck.run(try CheckFixture.context(sample: "hello")).isEmpty)
    }
}

@Suite struct VersionKindCheckTests {
    @Test func incompatibleInVendored() throws {
        let f = IncompatibleCheck.run(try CheckFixture.context(sample: "vendored"))
        #expect(f.map(\.module) == ["example.com/old"])
        #expect(f.first?.message.contains("v3.0.0+incompatible") == true)
        #expect(f.first?.message.contains("example.com/old/v3") == true)
    }

    @Test func pseudoVersionsInVendored() throws {
        let f = PseudoVersionCheck.run(try CheckFixture.context(sample: "vendored"))
        // local's v0.0.0-00010101000000-000000000000 is replaced by a directory: not a commit.
        #expect(f.map(\.module) == ["example.com/nightly", "example.com/util"])
        #expect(f[0].message.hasSuffix("commit abcdef123456 of 2024-01-02 03:04:05 UTC, with no release before it"))
        #expect(f[1].message.hasSuffix("commit 0123456789ab of 2024-03-05 06:07:08 UTC, after v1.4.0"))
        #expect(f.allSatisfy { $0.severity == .note })
    }

    @Test func judgedAtTheReplacement() throws {
        let goMod = """
            module m

            go 1.21

            require a v1.0.0

            replace a => b v0.0.0-20240101000000-abcdefabcdef
            """
        let ctx = try CheckFixture.context(goMod: goMod, graph: "m a@v1.0.0\n")
        let f = PseudoVersionCheck.run(ctx)
        #expect(f.count == 1)
        #expect(f.first?.message.contains("through its replacement b@v0.0.0-20240101000000-abcdefabcdef") == true)
    }
}

@Suite struct ReplaceCheckTests {
    @Test func vendoredForkAndLocal() throws {
        let f = ReplaceCheck.run(try CheckFixture.context(sample: "vendored"))
        let replaced = f.with("replaced")
        #expect(replaced.map(\.module) == ["example.com/lib", "example.com/local"])
        #expect(replaced[0].message == "example.com/lib v1.2.0 is replaced by the fork example.com/fork/lib v1.3.0 (fork)")
        #expect(replaced[1].message.hasSuffix("is replaced by the local directory ./local (local directory)"))
        #expect(replaced[0].location?.line == 23)
        #expect(replaced[1].location?.line == 25)
        #expect(f.with("unused-replace").isEmpty)
    }

    @Test func unusedAndPinnedDirectives() throws {
        var goMod = try CheckFixture.text("vendored", "go.mod")
        goMod += """

            replace example.com/absent => example.com/other v1.0.0
            replace example.com/old v2.0.0+incompatible => example.com/old v2.1.0+incompatible
            replace example.com/retract v1.1.0 => example.com/retract v1.1.0
            replace example.com/words => example.com/words v1.1.0
            replace example.com/color => example.com/color v0.3.0

            """
        let f = ReplaceCheck.run(try CheckFixture.context(sample: "vendored", replacing: [.goMod: goMod], removing: [.list]))
        let unused = f.with("unused-replace")
        #expect(unused.map(\.message) == [
            "replace example.com/absent => example.com/other v1.0.0 changes nothing in the build list: example.com/absent is not in the build list",
            "replace example.com/old v2.0.0+incompatible => example.com/old v2.1.0+incompatible changes nothing in the build list: "
                + "example.com/old v3.0.0+incompatible is selected, not v2.0.0+incompatible",
            "replace example.com/retract v1.1.0 => example.com/retract v1.1.0 changes nothing in the build list: "
                + "it replaces example.com/retract v1.1.0 with itself",
        ])
        #expect(unused.allSatisfy { $0.severity == .warning })
        let replaced = Dictionary(uniqueKeysWithValues: f.with("replaced").map { ($0.module, $0.message) })
        // A wildcard pin to the selected version still rewrites every other version of the path.
        #expect(replaced["example.com/words"]?.contains("is replaced by itself at the selected version") == true)
        #expect(replaced["example.com/color"] == "example.com/color v0.2.0 is replaced by version v0.3.0 of itself (version pin)")
        #expect(replaced["example.com/retract"] == nil)
    }
}

@Suite struct GoVersionCheckTests {
    static let graph = """
        m a@v1.0.0
        m b@v1.0.0
        m go@1.22
        a@v1.0.0 go@1.24.1
        b@v1.0.0 go@1.21.0
        go@1.22 toolchain@go1.22
        """

    @Test func newerDependencyGoLineFromTheGraph() throws {
        let f = GoVersionCheck.run(try CheckFixture.context(graph: Self.graph))
        #expect(f.map(\.message) == ["a v1.0.0 declares go 1.24.1, newer than the main module's go 1.22"])
        #expect(f.first?.severity == .warning)
    }

    @Test func toolchainLineIsMentioned() throws {
        let goMod = "module m\n\ngo 1.22\n\ntoolchain go1.24.3\n\nrequire (\n\ta v1.0.0\n\tb v1.0.0\n)\n"
        let f = GoVersionCheck.run(try CheckFixture.context(goMod: goMod, graph: Self.graph))
        #expect(f.first?.message == "a v1.0.0 declares go 1.24.1, newer than the main module's go 1.22 (its toolchain go1.24.3 is new enough)")
        #expect(f.first?.location?.line == 3)
    }

    @Test func samplesAreConsistent() throws {
        for sample in ["hello", "vendored", "multi-major", "broken-vendor"] {
            #expect(GoVersionCheck.run(try CheckFixture.context(sample: sample)).isEmpty, "\(sample)")
        }
    }

    @Test func listGoVersionWins() throws {
        var list = try CheckFixture.text("hello", "list.json")
        list = list.replacingOccurrences(of: "\"GoVersion\": \"1.22\"", with: "\"GoVersion\": \"1.25\"")
        let f = GoVersionCheck.run(try CheckFixture.context(sample: "hello", replacing: [.list: list]))
        #expect(f.map(\.module) == ["example.com/greet"])
    }
}

@Suite struct LifecycleCheckTests {
    @Test func vendoredDeprecatedAndRetracted() throws {
        let f = LifecycleCheck.run(try CheckFixture.context(sample: "vendored"))
        #expect(f.with("deprecated").map(\.message) == ["example.com/oldapi is deprecated: use example.com/new instead"])
        let retracted = f.with("retracted")
        #expect(retracted.map(\.message) == ["example.com/retract v1.1.0 is retracted by its author: Answer returns 41 in v1.1.0."])
        #expect(retracted.first?.hint == "upgrade: `go get example.com/retract@v1.2.0`")
    }

    @Test func nothingWithoutTheListFlags() throws {
        #expect(LifecycleCheck.run(try CheckFixture.context(sample: "vendored", removing: [.list])).isEmpty)
    }
}

@Suite struct GoSumCheckTests {
    @Test func completeGoSumHasNoFinding() throws {
        for sample in ["hello", "vendored", "multi-major", "broken-vendor"] {
            #expect(GoSumCheck.run(try CheckFixture.context(sample: sample)).isEmpty, "\(sample)")
        }
    }

    @Test func missingLinesOfRequiredModules() throws {
        let sum = try CheckFixture.text("vendored", "go.sum").split(separator: "\n")
            .filter { !$0.hasPrefix("example.com/fork/lib ") && !$0.hasPrefix("example.com/words ") }
            .joined(separator: "\n") + "\n"
        let f = GoSumCheck.run(try CheckFixture.context(sample: "vendored", replacing: [.goSum: sum]))
        #expect(f.map(\.module) == ["example.com/lib", "example.com/words"])
        #expect(f[0].message == "example.com/lib v1.2.0 is replaced by example.com/fork/lib v1.3.0, which has no go.mod line in vendored/go.sum: the go command cannot verify it")
        #expect(f.allSatisfy { $0.severity == .error })
    }

    @Test func prunedGraphChecksOnlyGoModRequirements() throws {
        // hello is go 1.23: a module go.mod does not require needs no go.sum line of its own.
        var goMod = try CheckFixture.text("hello", "go.mod")
        goMod = goMod.replacingOccurrences(of: "require example.com/words v1.1.0 // indirect\n", with: "")
        let sum = try CheckFixture.text("hello", "go.sum").split(separator: "\n")
            .filter { !$0.hasPrefix("example.com/words ") }.joined(separator: "\n") + "\n"
        #expect(GoSumCheck.run(try CheckFixture.context(sample: "hello", replacing: [.goMod: goMod, .goSum: sum])).isEmpty)
        // Unpruned (go 1.16): every selected module needs its lines.
        let old = goMod.replacingOccurrences(of: "go 1.23", with: "go 1.16")
        let f = GoSumCheck.run(try CheckFixture.context(sample: "hello", replacing: [.goMod: old, .goSum: sum], removing: [.list]))
        #expect(f.map(\.module) == ["example.com/words"])
    }
}

@Suite struct CycleCheckTests {
    @Test func multiMajorCycleOnce() throws {
        let f = CycleCheck.run(try CheckFixture.context(sample: "multi-major"))
        #expect(f.map(\.message) == ["module cycle: example.com/cyc/a@v1.1.0 → example.com/cyc/b@v1.0.0 → example.com/cyc/a@v1.1.0"])
        #expect(f.first?.module == "example.com/cyc/a")
        #expect(f.first?.location?.line == 6)
    }

    @Test func largerComponentIsOneFinding() throws {
        let ctx = try CheckFixture.context(graph: """
            m a@v1
            a@v1 b@v1
            b@v1 c@v1
            c@v1 a@v1
            b@v1 a@v1
            m x@v1
            x@v1 y@v1
            y@v1 x@v1
            """)
        let f = CycleCheck.run(ctx)
        #expect(f.map(\.message) == [
            "module cycle: a@v1 → b@v1 → a@v1 (one loop among 3 modules that require each other: a, b, c)",
            "module cycle: x@v1 → y@v1 → x@v1",
        ])
    }
}

@Suite struct StaleInputCheckTests {
    /// Minimal version selection over graph.txt gives list.json's answer on every sample.
    @Test(arguments: ["hello", "vendored", "multi-major", "broken-vendor"])
    func mvsEqualsListOnSamples(sample: String) throws {
        let ctx = try CheckFixture.context(sample: sample)
        let graph = try #require(ctx.graph)
        var listed: [String: String] = [:]
        for m in try #require(ctx.list).modules where !m.main { listed[m.path] = m.version }
        #expect(MVS.buildList(graph) == listed)
        #expect(StaleInputCheck.run(ctx).isEmpty)
    }

    @Test func editedListIsStale() throws {
        var list = try CheckFixture.text("hello", "list.json")
        list = list.replacingOccurrences(of: "\"Version\": \"v1.2.0\"", with: "\"Version\": \"v1.3.0\"")
        let f = StaleInputCheck.run(try CheckFixture.context(sample: "hello", replacing: [.list: list]))
        #expect(f.map(\.message) == ["example.com/greet: minimal version selection over \(RepoPaths.sample("hello").path)/graph.txt selects v1.2.0, hello/list.json says v1.3.0"])
        #expect(f.first?.severity == .warning)
    }

    @Test func graphWithAnExtraModuleIsStale() throws {
        let graph = try CheckFixture.text("hello", "graph.txt") + "example.com/hello example.com/extra@v1.0.0\n"
        let f = StaleInputCheck.run(try CheckFixture.context(sample: "hello", replacing: [.graph: graph]))
        #expect(f.map(\.module) == ["example.com/extra"])
        #expect(f.first?.message.hasSuffix("does not list the module") == true)
    }
}
