import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// One loader for every command: on the workspace samples (recorded with go 1.23), analyze,
/// why, diff, baseline and vendor-check see the same main modules and the same vendor verdict,
/// and the load says what it decided and why.
@Suite struct ModuleLoadTests {
    static let mains = ["example.com/ws/app", "example.com/ws/greeter", "example.com/ws/tools"]

    func inputs(_ sample: String) throws -> InputSet {
        try InputSet.load(root: RepoPaths.sample(sample).path)
    }

    @Test(arguments: ["workspace", "workspace-broken"])
    func everyCommandSeesTheSameWorkspace(sample: String) throws {
        // analyze and baseline (baseline is analyze's findings), why and diff (each side).
        let load = try ModuleLoad.load(try inputs(sample))
        let analysis = try Analyzer.analyze(try inputs(sample), name: sample)
        let side = try DiffSide.load(try inputs(sample), label: sample)
        let why = try #require(Why.answer(load, module: "example.com/words"))
        // vendor-check, run where go would run.
        let dir = RepoPaths.sample(sample).resolvingSymlinksInPath().path
        let report = VendorVerification.run(VendorVerification.Options(directory: dir))

        #expect(load.mainModules == Self.mains)
        #expect(analysis.mainModules == Self.mains)
        #expect(side.analysis.mainModules == Self.mains)
        #expect(report.consistency.mainModules.map(\.path) == Self.mains)
        #expect(report.consistency.stdout == (sample == "workspace" ? Self.mains.map { $0 + "\n" }.joined() : ""))
        #expect(why.selected == "v1.1.0")

        let consistent = sample == "workspace"
        #expect(load.loader?.verdictValue == consistent)
        #expect(analysis.vendor.consistent == consistent)
        #expect(side.analysis.vendor.consistent == consistent)
        #expect(report.consistency.verdictValue == consistent)
        // The same go messages: analyze's vendor findings are vendor-check's (files named under the folder).
        let goMessages = { (fs: [Finding]) in fs.filter { $0.id == "vendor-inconsistent" }.map(\.message) }
        #expect(goMessages(analysis.findings) == goMessages(report.findings))
        #expect(goMessages(analysis.findings).isEmpty == consistent)
        // A baseline recorded from one command's findings matches the other's, every one.
        let comparison = Baseline(findings: side.analysis.findings).compare(analysis.findings)
        #expect(comparison.new.isEmpty && comparison.gone.isEmpty && comparison.known.count == analysis.findings.count)
    }

    @Test func describesWhatItDecided() throws {
        let root = RepoPaths.sample("workspace").path
        let load = try ModuleLoad.load(try inputs("workspace"))
        #expect(load.modules == Self.mains.map { path in
            let dir = root + "/" + path.split(separator: "/").last!
            return ModuleLoad.MainModule(path: path, directory: dir, goModFile: dir + "/go.mod")
        })
        #expect(load.goWorkOrigin == .folder)
        let replacements = load.replacementsInEffect.map { "\($0.file):\($0.line) \($0.old.text) => \($0.new.text) \($0.fromGoWork)" }
        #expect(replacements == [
            "\(root)/go.work:9 example.com/color@v0.2.0 => example.com/color@v0.3.0 true",
            "\(root)/app/go.mod:15 example.com/ws/greeter => ../greeter false",
        ])
        let vendor = try #require(load.vendorMode)
        #expect(vendor.isOn && !vendor.explicit)
        #expect(vendor.reason == "Go version in go.work is at least 1.14 and vendor directory exists.")
        #expect(vendor.vendorRoot == root)
        #expect(load.buildList.source == .list)
        #expect(load.graph != nil)
        // No go.mod or go.sum in the folder, but the members' count: nothing is missing.
        #expect(load.missingInputs == [])
    }

    /// A workspace member loaded on its own: the go.work above is in effect, unless GOWORK=off.
    @Test func memberFolderFindsGoWorkAboveUnlessOff() throws {
        let root = RepoPaths.sample("workspace").path
        var member = try InputSet.load(root: root + "/greeter")
        let above = try ModuleLoad.load(member)
        // Named as reports name files: relative to the folder as the user named it.
        #expect(above.goWorkOrigin == .above(root + "/greeter/../go.work"))
        #expect(above.mainModules == Self.mains)

        member.environment["GOWORK"] = "off"
        let off = try ModuleLoad.load(member)
        #expect(off.goWorkOrigin == .off)
        #expect(off.mainModules == ["example.com/ws/greeter"])
        #expect(off.goWork == nil)
        #expect(off.vendorMode?.isOn == false)

        member.environment["GOWORK"] = root + "/go.work"
        let named = try ModuleLoad.load(member)
        #expect(named.goWorkOrigin == .environment(root + "/greeter/../go.work"))
        #expect(named.mainModules == Self.mains)
    }
}

extension ModuleLoadTests {
    /// A single module without vendor/: no go.work, vendor mode off, what was missing named.
    @Test func singleModuleWithoutVendor() throws {
        let root = RepoPaths.sample("hello").path
        var inputs = try InputSet.load(root: root)
        let load = try ModuleLoad.load(inputs)
        #expect(load.goWorkOrigin == .none)
        #expect(load.modules.map(\.directory) == [root])
        #expect(load.vendorMode?.isOn == false)
        #expect(load.missingInputs == [.goWork, .modulesTxt])
        #expect(load.buildList.source == .list)

        // go.mod alone: the build list from its requirements, the captures named as missing.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("moduleload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.copyItem(atPath: root + "/go.mod", toPath: scratch.path + "/go.mod")
        inputs = try InputSet.load(root: scratch.path)
        let bare = try ModuleLoad.load(inputs)
        #expect(bare.missingInputs == [.goSum, .goWork, .modulesTxt, .graph, .list])
        #expect(bare.buildList.source == .goMod)
        #expect(bare.mainModules == load.mainModules)
    }
}
