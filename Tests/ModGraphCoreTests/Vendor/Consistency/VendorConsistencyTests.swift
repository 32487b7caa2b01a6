import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

@Suite struct VendorConsistencyTests {
    // MARK: The API on in-memory files

    /// A single module at `/w/m` with the given go.mod and modules.txt (nil: no vendor directory).
    func check(
        goMod: String, modulesTxt: String?, flags: [String] = [], environment: [String: String] = ["GOTOOLCHAIN": "local"],
        cwd: String = "/w/m"
    ) -> VendorCheckResult {
        var files = VendorCheckFiles()
        files.addFile("/w/m/go.mod", text: goMod)
        if let modulesTxt { files.addFile("/w/m/vendor/modules.txt", text: modulesTxt) }
        return VendorConsistency.check(VendorCheckInput(
            workingDirectory: cwd, flags: flags, environment: environment, files: files))
    }

    let goMod = """
        module example.com/m

        go 1.22

        require (
        \texample.com/a v1.0.0
        \texample.com/b v1.1.0 // indirect
        )

        replace example.com/b v1.1.0 => ../b

        """

    let modulesTxt = """
        # example.com/a v1.0.0
        ## explicit; go 1.20
        example.com/a
        # example.com/b v1.1.0 => ../b
        ## explicit
        example.com/b

        """

    @Test func consistentInMemory() {
        let r = check(goMod: goMod, modulesTxt: modulesTxt)
        #expect(r.vendorMode && !r.buildModExplicit)
        #expect(r.buildModReason == "Go version in go.mod is at least 1.14 and vendor directory exists.")
        #expect(r.checked && r.consistent && !r.pre114 && !r.isWorkspace)
        #expect(r.vendorRoot == "/w/m")
        #expect(r.stdout == "example.com/m\n" && r.stderr.isEmpty && r.exitStatus == 0)
        #expect(VendorConsistency.findings(r).isEmpty)
    }

    @Test func everyKindOfProblemWithLocations() {
        let broken = modulesTxt
            .replacingOccurrences(of: "## explicit; go 1.20", with: "## go 1.20")
            .replacingOccurrences(of: "=> ../b", with: "=> ../b2")
            + "# example.com/x v1.0.0\n## explicit\nexample.com/x\n# example.com/y => ../y\n"
        let r = check(goMod: goMod, modulesTxt: broken)
        #expect(r.checked && !r.consistent && r.exitStatus == 1)
        #expect(r.problems.map(\.kind) == [.requirementNotMarked, .replacementDiffers, .explicitNotRequired, .replacedNotReplaced])
        #expect(r.problems.map(\.location) == [
            SourceLocation(file: "go.mod", line: 6),
            SourceLocation(file: "go.mod", line: 10),
            SourceLocation(file: "vendor/modules.txt", line: 7),
            SourceLocation(file: "vendor/modules.txt", line: 10),
        ])
        #expect(r.stderr == """
            go: inconsistent vendoring in /w/m:
            \texample.com/a@v1.0.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt
            \texample.com/b@v1.1.0: is replaced by ../b in go.mod, but marked as replaced by ../b2 in vendor/modules.txt
            \texample.com/x@v1.0.0: is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod
            \texample.com/y: is marked as replaced in vendor/modules.txt, but not replaced in go.mod

            \tTo ignore the vendor directory, use -mod=readonly or -mod=mod.
            \tTo sync the vendor directory, run:
            \t\tgo mod vendor

            """)
        let findings = VendorConsistency.findings(r)
        #expect(findings.map(\.id) == Array(repeating: "vendor-inconsistent", count: 4))
        #expect(findings.allSatisfy { $0.severity == .error })
        #expect(findings.map(\.module) == ["example.com/a", "example.com/b", "example.com/x", "example.com/y"])
        #expect(findings[0].message == "example.com/a@v1.0.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt")
        #expect(findings[0].hint?.contains("go mod vendor") == true)
    }

    @Test func theCheckAfterTheCheck() {
        let r = check(goMod: goMod, modulesTxt: modulesTxt + "# example.com/z v1.0.0\nexample.com/z\n")
        #expect(r.checked && !r.consistent && r.problems.isEmpty)
        #expect(r.unrequired.map(\.module) == [ModuleID(path: "example.com/z", version: "v1.0.0")])
        #expect(r.unrequired.first?.location == SourceLocation(file: "vendor/modules.txt", line: 7))
        #expect(r.messages.map(\.kind) == [.vendoredNotRequired, .goModUpdateNeeded])
        #expect(VendorConsistency.findings(r).map(\.id) == ["vendor-unrequired-module", "vendor-gomod-update-needed"])
        let explicit = check(goMod: goMod, modulesTxt: modulesTxt + "# example.com/z v1.0.0\nexample.com/z\n", flags: ["-mod=vendor"])
        #expect(explicit.stderr.hasSuffix("go: updates to go.mod needed, disabled by -mod=vendor; to update it:\n\tgo mod tidy\n"))
    }

    @Test func vendorModeNotApplied() {
        let noVendor = check(goMod: goMod, modulesTxt: nil)
        #expect(noVendor.buildMod == "readonly" && !noVendor.checked && !noVendor.consistent && noVendor.buildModReason.isEmpty)
        let old = check(goMod: goMod.replacingOccurrences(of: "go 1.22", with: "go 1.13"), modulesTxt: modulesTxt)
        #expect(old.buildMod == "readonly")
        #expect(old.buildModReason == "Go version in go.mod is 1.13, so vendor directory was not used.")
        let forced = check(goMod: goMod.replacingOccurrences(of: "go 1.22", with: "go 1.13"), modulesTxt: modulesTxt,
                           environment: ["GOFLAGS": "-mod=vendor"])
        #expect(forced.vendorMode && forced.buildModExplicit && forced.pre114 && forced.consistent)
        let mod = check(goMod: goMod, modulesTxt: "", flags: ["-mod=mod"])
        #expect(mod.buildMod == "mod" && !mod.checked && mod.exitStatus == 0)
    }

    @Test func annotationTooNewStopsFirst() {
        let r = check(goMod: goMod, modulesTxt: modulesTxt.replacingOccurrences(of: "go 1.20", with: "go 1.24"), cwd: "/w/m/sub")
        #expect(r.stderr == "go: example.com/a in ../vendor/modules.txt requires go >= 1.24 (running go 1.23.5; GOTOOLCHAIN=local)\n")
        #expect(!r.checked && !r.consistent)
        #expect(VendorConsistency.findings(r).map(\.id) == ["vendor-go-too-new"])
        #expect(VendorConsistency.findings(r).first?.module == "example.com/a")
        let newer = check(goMod: goMod, modulesTxt: modulesTxt, goVersion: "1.25.0")
        #expect(newer.consistent)
    }

    func check(goMod: String, modulesTxt: String, goVersion: String) -> VendorCheckResult {
        var files = VendorCheckFiles()
        files.addFile("/w/m/go.mod", text: goMod.replacingOccurrences(of: "go 1.22", with: "go 1.24"))
        files.addFile("/w/m/vendor/modules.txt", text: modulesTxt.replacingOccurrences(of: "go 1.20", with: "go 1.24"))
        return VendorConsistency.check(VendorCheckInput(
            workingDirectory: "/w/m", environment: ["GOTOOLCHAIN": "local"], goVersion: goVersion, files: files))
    }

    @Test func goModProblemsComeFirst() {
        let r = check(goMod: goMod + "foo bar\n", modulesTxt: modulesTxt)
        #expect(r.stderr == "go: errors parsing go.mod:\ngo.mod:11: unknown directive: foo\n")
        #expect(r.buildMod == nil && !r.checked)
        #expect(VendorConsistency.findings(r).map(\.id) == ["vendor-check-failed"])
        let tooNew = check(goMod: goMod.replacingOccurrences(of: "go 1.22", with: "go 1.99"), modulesTxt: modulesTxt)
        #expect(tooNew.stderr == "go: go.mod requires go >= 1.99 (running go 1.23.5; GOTOOLCHAIN=local)\n")
        let auto = check(goMod: goMod.replacingOccurrences(of: "go 1.22", with: "go 1.99"), modulesTxt: modulesTxt, environment: [:])
        #expect(auto.stderr == "go: go.mod requires go >= 1.99 (running go 1.23.5)\n")
        #expect(auto.limitation != nil)
    }

    @Test func offlineLimitsAreSaid() {
        let lookup = check(goMod: goMod.replacingOccurrences(of: "example.com/a v1.0.0", with: "example.com/a v1.0"), modulesTxt: modulesTxt)
        #expect(lookup.limitation?.contains("example.com/a@v1.0") == true)
        let off = check(goMod: goMod.replacingOccurrences(of: "example.com/a v1.0.0", with: "example.com/a v1.0"),
                        modulesTxt: modulesTxt, environment: ["GOTOOLCHAIN": "local", "GOPROXY": "off"])
        #expect(off.limitation == nil)
        #expect(off.stderr == "go: errors parsing go.mod:\ngo.mod:6:2: module lookup disabled by GOPROXY=off\n")
    }

    // MARK: The recorded cases cover every message

    @Test func everyMessageIsRecorded() {
        var problemKinds: Set<VendorProblem.Kind> = []
        var messageKinds: Set<VendorCheckMessage.Kind> = []
        var texts: [String] = []
        for c in VendorOracleCase.all {
            for run in c.runs {
                let r = c.check(run)
                problemKinds.formUnion(r.problems.map(\.kind))
                problemKinds.formUnion(r.unrequired.map(\.kind))
                messageKinds.formUnion(r.messages.map(\.kind))
                texts.append(r.stderr)
            }
        }
        #expect(problemKinds == Set(VendorProblem.Kind.allCases))
        #expect(messageKinds == Set(VendorCheckMessage.Kind.allCases))
        let all = texts.joined()
        for fragment in [
            "but not explicitly required in a go.mod", "but not replaced in the workspace", "\t\tgo work vendor\n",
            "\t\tgo mod vendor\n", "is replaced by  in , but marked as replaced by ./other",
            "is replaced in go.work,", "is replaced in m2/go.mod,", "is replaced in ../go.work,", "in alt.mod,",
            "but vendor/modules.txt indicates", "(Go version in go.mod is at least 1.14 and vendor directory exists.)",
            "disabled by -mod=vendor; to update it:", "disabled by -mod=readonly; to update it:",
            "(Go version in go.mod is 1.13, so vendor directory was not used.)", "in ../vendor/modules.txt requires go >= ",
            "go: conflicting replacements for", "use \"go work edit -replace", "conflicting replacements found for",
            "go: ignoring requirement on excluded version", "go: errors parsing go.mod:", "go: errors parsing go.work:",
            "go: error reading go.mod: missing module declaration", "listed in go.work file requires go >= ",
            "go: -mod may only be set to readonly or vendor", "-mod=foo not supported",
        ] {
            #expect(all.contains(fragment), "no recorded case prints \(fragment)")
        }
    }

    // MARK: Pieces

    @Test func goFilePaths() {
        #expect(GoFilePath.clean("") == ".")
        #expect(GoFilePath.clean("a//b/./c/..") == "a/b")
        #expect(GoFilePath.clean("/../a/") == "/a")
        #expect(GoFilePath.clean("../../a") == "../../a")
        #expect(GoFilePath.join("/w/m1", "../shared/c") == "/w/shared/c")
        #expect(GoFilePath.join("", "") == "")
        #expect(GoFilePath.dir("/w/m/go.mod") == "/w/m")
        #expect(GoFilePath.dir("go.mod") == ".")
        #expect(GoFilePath.dir("/go.mod") == "/")
        #expect(GoFilePath.rel("/w", "/w/shared/c") == "shared/c")
        #expect(GoFilePath.rel("/w/m", "/w/x/go.work") == "../x/go.work")
        #expect(GoFilePath.rel("/w", "/w") == ".")
        #expect(GoFilePath.rel("/w", "rel") == nil)
        #expect(GoFilePath.rel("../a", "b") == nil)
        #expect(GoFilePath.short("/w/m/go.mod", cwd: "/w/m") == "go.mod")
        #expect(GoFilePath.short("/work/main/go.mod", cwd: "/work/main/sub/x") == "../../go.mod")
        #expect(GoFilePath.short("/w/go.mod", cwd: "/w/m/sub") == "/w/go.mod")
        #expect(GoFilePath.short("/a/go.mod", cwd: "/w/m/sub/deeper") == "/a/go.mod")
        #expect(GoFilePath.short("alt.mod", cwd: "/w") == "alt.mod")
        #expect(GoFilePath.toDirectoryPath("shared/c") == "./shared/c")
        #expect(GoFilePath.toDirectoryPath("../outside/a") == "../outside/a")
    }

    @Test func flags() throws {
        var f = GoBuildFlags(goflags: "-mod=vendor -modcacherw", arguments: [])
        #expect(f.mod == "vendor" && f.modExplicit && f.inGOFLAGS("-mod") && !f.inGOFLAGS("-modfile"))
        f = GoBuildFlags(goflags: "--mod=vendor", arguments: ["-mod=readonly", "-modfile", "alt.mod", "-m"])
        #expect(f.mod == "readonly" && f.modFile == "alt.mod" && f.inGOFLAGS("-mod"))
        f = GoBuildFlags(goflags: "-mod=vendor", arguments: ["-mod="])
        #expect(f.mod == "" && f.modExplicit)
        f = GoBuildFlags(goflags: "", arguments: ["-mod="])
        #expect(f.mod == "" && !f.modExplicit)
        #expect(GoBuildFlags(goflags: "mod=vendor", arguments: []).goflagsError == "go: parsing $GOFLAGS: non-flag \"mod=vendor\"")
        #expect(GoBuildFlags(goflags: "-x '-y", arguments: []).goflagsError == "go: parsing $GOFLAGS: unterminated ' string")
        #expect(try GoBuildFlags.splitQuoted(" a 'b c'\t\"d\" ").get() == ["a", "b c", "d"])
    }

    @Test func inMemoryFiles() {
        var files = VendorCheckFiles()
        files.addFile("/w/m/vendor/modules.txt", text: "")
        files["/w/f"] = .file([])
        files["/w/locked"] = .unreadable("permission denied")
        #expect(files.isDirectory("/w/m/vendor") && files.isDirectory("/w") && !files.isDirectory("/w/f"))
        #expect(files.status("/w/f/modules.txt") == .notDirectory)
        #expect(files.status("/w/none") == .missing)
        #expect(files.isFile("/w/locked"))
        guard case .failure(let e) = files.read("/w/f/x", name: "f/x") else { Issue.record("read below a file"); return }
        #expect(e.text == "open f/x: not a directory" && !e.notExist)
        guard case .failure(let d) = files.read("/w/m/vendor", name: "/w/m/vendor") else { Issue.record("read a directory"); return }
        #expect(d.text == "read /w/m/vendor: is a directory")
        guard case .failure(let l) = files.read("/w/locked", name: "locked") else { Issue.record("read unreadable"); return }
        #expect(l.text == "open locked: permission denied")
    }

    @Test func godebugRules() {
        #expect(GoModReading.checkGodebug(verb: "godebug", key: "panicnil", value: "1", local: "1.23.5") == nil)
        #expect(GoModReading.checkGodebug(verb: "godebug", key: "nope", value: "1", local: "1.23.5") == "unknown godebug \"nope\"")
        #expect(GoModReading.checkGodebug(verb: "godebug", key: "default", value: "go1.21", local: "1.23.5") == nil)
        #expect(GoModReading.checkGodebug(verb: "godebug", key: "default", value: "1.21", local: "1.23.5") == "value for default= must be goVERSION")
        #expect(GoModReading.checkGodebug(verb: "godebug", key: "default", value: "go1.99", local: "1.23.5") == "default=go1.99 too new (toolchain is go1.23.5)")
    }

    @Test func readsAFolderFromDisk() throws {
        let c = try #require(VendorOracleCase.load("work-gomod-replace-changed"))
        let files = VendorCheckFiles.read(workingDirectory: c.folder.path + "/m1")
        #expect(files[c.folder.path + "/go.work"] != nil)
        #expect(files[c.folder.path + "/m1/go.mod"] != nil && files[c.folder.path + "/m2/go.mod"] != nil)
        #expect(files[c.folder.path + "/vendor"] == .directory)
        #expect(files[c.folder.path + "/vendor/modules.txt"] != nil)
        let r = VendorConsistency.check(directory: c.folder.path + "/m1", environment: ["GOTOOLCHAIN": "local"])
        #expect(r.isWorkspace && r.checked && r.problems.count == 1)
        #expect(r.problems.first?.location == SourceLocation(file: "go.mod", line: 12))
    }
}
