import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// The drift checks on the recorded samples, the vendor-drift fixtures (made with the real go
/// by scripts/record/dirhash/drift.sh) and synthetic trees.
@Suite struct VendorDriftTests {
    static let drift = RepoPaths.fixture("vendor-drift")

    /// Runs `vendor-check` (as `go list -m`) in `folder`, naming files relative to it.
    static func run(
        _ folder: URL, flags: [String] = [], tree: VendorTree? = nil, cache: String? = nil, verify: Bool = true
    ) -> VendorReport {
        var options = VendorVerification.Options(
            directory: folder.path, displayDirectory: folder.path, flags: flags, environment: ["GOTOOLCHAIN": "local"])
        options.vendorTree = tree
        options.moduleCache = cache
        options.verifyCache = verify
        return VendorVerification.run(options)
    }

    static func ids(_ report: VendorReport) -> [String] { report.findings.map(\.id) }

    static func listing(_ folder: URL) throws -> VendorTree {
        try VendorTree.parseListing(InputText.read(path: folder.appendingPathComponent("vendor-tree.txt").path, file: "vendor-tree.txt"))
    }

    // MARK: Clean vendor trees

    @Test(arguments: ["vendored", "multi-major"])
    func recordedSamplesHaveNoDrift(_ sample: String) {
        let report = Self.run(RepoPaths.sample(sample))
        #expect(report.consistency.consistent)
        #expect(report.findings.isEmpty, "\(report.findings)")
        #expect(report.treeSource == "vendor/")
        #expect(report.buildListSource == .list)
    }

    @Test func cleanFixtureMatchesTheModuleCache() throws {
        let cache = try ModuleCacheFixture.make()
        defer { cache.remove() }
        let folder = Self.drift.appendingPathComponent("clean")
        let report = Self.run(folder, cache: cache.root.path)
        #expect(report.findings.isEmpty, "\(report.findings)")
        #expect(report.cacheSummary?.modulesCompared == 4)
        #expect(report.cacheSummary?.modulesVerified == 4)
        #expect(report.cacheSummary?.filesCompared == 19)
        let fromListing = Self.run(folder, tree: try Self.listing(folder), cache: cache.root.path)
        #expect(fromListing.findings.isEmpty, "\(fromListing.findings)")
        #expect(fromListing.treeSource == "vendor-tree.txt")
    }

    // MARK: What the go command does not see

    /// The drifted fixture: go 1.23.5 says it is consistent (go-list.txt), the drift checks do not.
    @Test func driftedFixtureShowsEveryTreeAndGoSumFinding() throws {
        let folder = Self.drift.appendingPathComponent("drifted")
        let goList = try String(contentsOf: folder.appendingPathComponent("go-list.txt"), encoding: .utf8)
        #expect(goList.contains("### exit status: 0"))
        let report = Self.run(folder)
        #expect(report.consistency.consistent)
        let byID = Dictionary(grouping: report.findings, by: \.id)
        #expect(Set(byID.keys) == [
            "vendor-package-missing", "vendor-package-empty", "vendor-stray-directory", "vendor-stray-file",
            "vendor-gosum-missing", "vendor-module-unselected",
        ])
        let missing = try #require(byID["vendor-package-missing"]?.first)
        #expect(missing.module == "example.com/nomod")
        #expect(missing.location == SourceLocation(file: "vendor/modules.txt", line: 13))
        #expect(missing.message == "package example.com/nomod of example.com/nomod@v1.0.0 is listed in vendor/modules.txt, but vendor/example.com/nomod does not exist")
        let empty = try #require(byID["vendor-package-empty"]?.first)
        #expect(empty.module == "example.com/Upper")
        #expect(empty.message.hasSuffix("vendor/example.com/Upper holds 1 file but no .go file"))
        let stray = try #require(byID["vendor-stray-directory"]?.first)
        #expect(stray.location == SourceLocation(file: "vendor/example.com/gone/LICENSE"))
        #expect(stray.message.contains("holds Go files (2 files)"))
        #expect(byID["vendor-stray-file"]?.first?.location == SourceLocation(file: "vendor/NOTES.md"))
        let sum = try #require(byID["vendor-gosum-missing"]?.first)
        #expect(sum.module == "example.com/Upper")
        #expect(sum.message.contains("the module hash (example.com/Upper v1.0.0 h1:)"))
        #expect(!sum.message.contains("go.mod hash"))
        let unselected = try #require(byID["vendor-module-unselected"]?.first)
        #expect(unselected.module == "example.com/single")
        #expect(unselected.location == SourceLocation(file: "vendor/modules.txt", line: 10))
        #expect(report.worstSeverity == .error)
    }

    @Test func driftedFixtureAgainstTheModuleCache() throws {
        let cache = try ModuleCacheFixture.make()
        defer { cache.remove() }
        let folder = Self.drift.appendingPathComponent("drifted")
        for tree in [nil, try Self.listing(folder)] {
            let report = Self.run(folder, tree: tree, cache: cache.root.path)
            let files = report.findings.filter { $0.id.hasPrefix("vendor-file-") }.map { "\($0.id) \($0.location?.file ?? "")" }
            #expect(files.sorted() == [
                "vendor-file-extra vendor/example.com/Upper/upper.txt",
                "vendor-file-extra vendor/example.com/dirhash/extra_test.go",
                "vendor-file-missing vendor/example.com/Upper/upper.go",
                "vendor-file-missing vendor/example.com/dirhash/v2/LICENSE",
                "vendor-file-modified vendor/example.com/dirhash/a0.txt",
            ], "tree from \(tree == nil ? "disk" : "listing")")
            #expect(!report.findings.contains { $0.id == "vendor-cache-modified" })
            #expect(report.cacheSummary?.modulesVerified == 3, "nomod is not vendored at all")
        }
    }

    @Test func aModifiedCacheCannotVouchForTheVendoredCopy() throws {
        let cache = try ModuleCacheFixture.make()
        defer { cache.remove() }
        let dir = cache.directory("example.com/dirhash/v2", "v2.0.0")
        try Data("package dirhash // tampered\n".utf8).write(to: dir.appendingPathComponent("dirhash.go"))
        let folder = Self.drift.appendingPathComponent("clean")
        let report = Self.run(folder, cache: cache.root.path)
        let modified = try #require(report.findings.first { $0.id == "vendor-cache-modified" })
        #expect(modified.module == "example.com/dirhash/v2")
        #expect(modified.location?.file == "go.sum")
        #expect(modified.message.contains("go.sum says h1:"))
        #expect(report.findings.count == 1, "\(report.findings)")
        // Trusting the cache, the vendored copy now differs from it.
        let trusting = Self.run(folder, cache: cache.root.path, verify: false)
        #expect(trusting.findings.map { "\($0.id) \($0.location?.file ?? "")" } == ["vendor-file-modified vendor/example.com/dirhash/v2/dirhash.go"])
    }

    @Test func modulesNotInTheCacheAreCountedOnce() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("modgraph-emptycache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let report = Self.run(Self.drift.appendingPathComponent("clean"), cache: empty.path)
        #expect(Self.ids(report) == ["vendor-cache-missing"])
        #expect(report.findings[0].message.hasPrefix("4 vendored modules not in the module cache"))
        #expect(report.cacheSummary?.modulesNotCached == 4)
    }

    /// broken-vendor: `go get` moved greet, color and words without re-vendoring.
    @Test func brokenVendorSampleShowsVersionDrift() throws {
        let report = Self.run(RepoPaths.sample("broken-vendor"))
        #expect(!report.consistency.consistent)
        let drift = report.findings.filter { $0.id == "vendor-version-drift" }
        #expect(drift.map(\.module).sorted() == ["example.com/color", "example.com/greet", "example.com/words"])
        let greet = try #require(drift.first { $0.module == "example.com/greet" })
        #expect(greet.message == "vendor/modules.txt vendors example.com/greet@v1.1.0, but the build list (go list -m all) selects v1.2.0: -mod=vendor builds the older v1.1.0, -mod=mod builds v1.2.0")
        #expect(greet.location == SourceLocation(file: "vendor/modules.txt", line: 4))
        #expect(report.findings.contains { $0.id == "vendor-inconsistent" })
    }

    @Test func versionDriftAgainstMVSOverTheGraph() throws {
        let copy = try ScratchCopy.of(RepoPaths.sample("broken-vendor"))
        defer { copy.remove() }
        try copy.remove("list.json")
        let report = Self.run(copy.root)
        #expect(report.buildListSource == .mvs)
        #expect(report.findings.filter { $0.id == "vendor-version-drift" }.count == 3)
        #expect(report.findings.first { $0.id == "vendor-version-drift" }?.message.contains("minimal version selection over go mod graph selects") == true)
    }

    @Test func withoutABuildListVersionsAreNotCompared() throws {
        let copy = try ScratchCopy.of(RepoPaths.sample("vendored"))
        defer { copy.remove() }
        try copy.remove("list.json")
        try copy.remove("graph.txt")
        let report = Self.run(copy.root)
        #expect(Self.ids(report) == ["vendor-build-list-unavailable"])
        #expect(report.findings[0].severity == .note)
    }

    @Test func noGoSumAtAll() throws {
        let copy = try ScratchCopy.of(RepoPaths.sample("vendored"))
        defer { copy.remove() }
        try copy.remove("go.sum")
        let report = Self.run(copy.root)
        #expect(Self.ids(report) == ["vendor-gosum-missing"])
        #expect(report.findings[0].message.hasPrefix("there is no go.sum, but 9 vendored modules need checksums there"))
    }

    @Test func aCaptureFolderSaysOnceThatThereIsNoTree() throws {
        let copy = try ScratchCopy.of(RepoPaths.sample("vendored"))
        defer { copy.remove() }
        for dir in try FileManager.default.contentsOfDirectory(atPath: copy.url("vendor").path) where dir != "modules.txt" {
            try copy.remove("vendor/" + dir)
        }
        let report = Self.run(copy.root)
        #expect(Self.ids(report) == ["vendor-tree-absent"])
        #expect(report.findings[0].severity == .note)
    }

    @Test func aListingOfAnotherCommitIsStale() throws {
        let folder = Self.drift.appendingPathComponent("drifted")
        let clean = try Self.listing(Self.drift.appendingPathComponent("clean"))
        let report = Self.run(folder, tree: clean)
        let stale = try #require(report.findings.first { $0.id == "vendor-tree-stale" })
        #expect(stale.location?.file == "vendor-tree.txt")
    }

    @Test func vendorModeOffIsANote() {
        let report = Self.run(RepoPaths.sample("vendored"), flags: ["-mod=mod"])
        #expect(report.consistency.checked == false)
        #expect(Self.ids(report) == ["vendor-not-used"])
        #expect(report.verdict.hasPrefix("not checked"))
    }

    @Test func noGoModCannotRun() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("modgraph-nomod-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let report = Self.run(empty)
        #expect(report.failure?.hasPrefix("no main module: there is no go.mod in ") == true, "\(report.failure ?? "")")
    }

    // MARK: Synthetic trees

    static func treeFindings(_ manifest: String, _ files: [String]) throws -> [Finding] {
        let m = try VendorManifest.parse(text: manifest, file: "vendor/modules.txt")
        let tree = VendorTree(origin: .directory("/v"), files: (files + ["modules.txt"]).map { .init(path: $0) })
        return VendorDrift.treeFindings(VendorDrift.Input(manifest: m, tree: tree))
    }

    @Test func licensesAboveAndEmbedsBelowAPackageAreExplained() throws {
        let findings = try Self.treeFindings("""
            # example.com/m v1.0.0
            ## explicit
            example.com/m/a/b
            example.com/m/c

            """, [
                "example.com/m/LICENSE", "example.com/m/a/NOTICE", "example.com/m/a/b/b.go",
                "example.com/m/a/b/templates/page.html", "example.com/m/a/b/templates/sub/x.tmpl",
                "example.com/m/c/c.go",
            ])
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func goFilesOfAnUnlistedPackageAreStray() throws {
        let findings = try Self.treeFindings("""
            # example.com/m v1.0.0
            example.com/m/a

            """, [
                "example.com/m/a/a.go", "example.com/m/a/old/old.go", "example.com/m/a/old/deeper/d.go",
                "example.com/m/x.go", "example.com/removed/LICENSE", "example.com/removed/sub/s.go",
            ])
        #expect(findings.map { "\($0.id) \($0.location?.file ?? "")" }.sorted() == [
            "vendor-stray-directory vendor/example.com/m/a/old/deeper/d.go",
            "vendor-stray-directory vendor/example.com/m/x.go",
            "vendor-stray-directory vendor/example.com/removed/LICENSE",
        ])
        let old = try #require(findings.first { $0.message.hasPrefix("vendor/example.com/m/a/old holds") })
        #expect(old.message.contains("(2 files, counting 1 directory below it)"))
    }

    @Test func aModuleWhosePackagesAreAllGoneIsOneFinding() throws {
        let findings = try Self.treeFindings("""
            # example.com/m v1.0.0
            example.com/m/a
            example.com/m/b
            example.com/m/c
            # example.com/n v1.0.0
            example.com/n/a
            example.com/n/b

            """, ["example.com/n/a/a.go", "example.com/n/b/sub/x.go"])
        #expect(findings.map(\.id) == ["vendor-package-missing", "vendor-package-empty", "vendor-stray-directory"])
        #expect(findings[0].message.hasPrefix("none of the 3 packages of example.com/m@v1.0.0"))
        #expect(findings[0].location?.line == 1)
        #expect(findings[1].message.hasSuffix("vendor/example.com/n/b holds only subdirectories"))
        // Go files below a package are a package of their own, which modules.txt does not list.
        #expect(findings[2].location?.file == "vendor/example.com/n/b/sub/x.go")
    }

    /// The real vendor/ trees of the corpus (`git ls-tree` listings): consistent per go 1.23.5,
    /// and no drift either.
    @Test(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)), arguments: Corpus.entries)
    func corpusTreesHaveNoDrift(_ entry: String) throws {
        let folder = Corpus.entry(entry)
        let report = Self.run(folder, flags: ["-mod=vendor"], tree: try Self.listing(folder))
        #expect(report.consistency.consistent, "\(report.consistency.stderr)")
        let hasBuildList = FileManager.default.fileExists(atPath: folder.appendingPathComponent("list.json").path)
            || FileManager.default.fileExists(atPath: folder.appendingPathComponent("graph.txt").path)
        #expect(Self.ids(report) == (hasBuildList ? [] : ["vendor-build-list-unavailable"]), "\(report.findings)")
        #expect(report.treeFiles > 900)
    }

    /// Without a listing, the corpus's vendor/ holds only modules.txt: said once.
    @Test(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)))
    func corpusCaptureFolderHasNoTree() {
        let report = Self.run(Corpus.entry("opencontainers-runc@v1.3.0"))
        #expect(Self.ids(report) == ["vendor-tree-absent"])
    }
}

/// Where the build list cannot be had.
@Suite struct VendorDriftBuildListTests {
    /// A workspace's vendor/ sits beside go.work: no go.mod there, so a note, not a warning.
    @Test func workspaceVendorDirectory() {
        let folder = RepoPaths.fixture("go-oracle/vendor/cases/work-consistent")
        let report = VendorDriftTests.run(folder)
        #expect(report.consistency.isWorkspace)
        #expect(report.consistency.consistent)
        let note = report.findings.first { $0.id == "vendor-build-list-unavailable" }
        #expect(note?.severity == .note)
        #expect(note?.location == nil)
    }

    /// A list.json that does not parse: a warning at its line.
    @Test func malformedListJSON() throws {
        let copy = try ScratchCopy.of(RepoPaths.sample("vendored"))
        defer { copy.remove() }
        try copy.write("list.json", "{\n  \"Path\": \n")
        let report = VendorDriftTests.run(copy.root)
        let warning = try #require(report.findings.first { $0.id == "vendor-build-list-unavailable" })
        #expect(warning.severity == .warning)
        #expect(warning.location?.file == "list.json")
        #expect(report.failure == nil)
    }
}
