import Foundation
@testable import ModGraphCore

/// Small diff sides for tests, built from text or directly from modules.
enum DiffFixtures {
    /// A side analyzed from in-memory inputs, named `label/FILE` in messages.
    static func side(
        _ label: String, goMod: String? = nil, graph: String? = nil, list: String? = nil, goWork: String? = nil
    ) throws -> DiffSide {
        var inputs = InputSet(root: label)
        let files: [(InputSet.Kind, String?)] = [(.goMod, goMod), (.graph, graph), (.list, list), (.goWork, goWork)]
        for (kind, text) in files {
            guard let text else { continue }
            inputs.provide(kind, try InputText(text, file: "\(label)/\(kind.rawValue)"), origin: .file)
        }
        return try DiffSide.load(inputs, label: label)
    }

    /// A side made directly from a build list (no graph), with the given findings.
    static func side(
        _ label: String, main: String = "example.com/app", modules: [(String, String)], findings: [Finding] = []
    ) -> DiffSide {
        let buildList = BuildList(
            mainModules: [main],
            modules: modules.map { SelectedModule(path: $0.0, version: $0.1, indirect: false) },
            source: .list)
        let selected = SelectedGraph(graph: nil, buildList: buildList)
        let analysis = Analysis(
            name: label, mainModules: [main], graph: nil, buildList: buildList, selected: selected,
            stats: GraphStats(graph: nil, buildList: buildList, selected: selected),
            vendor: VendorStatus(present: false, consistent: nil), findings: findings, inputs: [])
        return DiffSide(label: label, analysis: analysis, replaceDirectives: [])
    }

    /// A capture folder read as `InputSet.load(root: label)` would read it from beside the folder,
    /// so messages name `label/FILE` wherever the folder is.
    static func corpusSide(_ entry: String, label: String, at folder: URL) throws -> DiffSide {
        var isDir: ObjCBool = false
        let vendor = FileManager.default.fileExists(
            atPath: folder.appendingPathComponent("vendor").path, isDirectory: &isDir) && isDir.boolValue
        var inputs = InputSet(root: label, vendorDirectory: vendor)
        for kind in InputSet.Kind.allCases {
            let path = folder.appendingPathComponent(kind.rawValue).path
            guard FileManager.default.fileExists(atPath: path) else { continue }
            inputs.provide(kind, try InputText.read(path: path, file: "\(label)/\(kind.rawValue)"), origin: .file)
        }
        return try DiffSide.load(inputs, label: label)
    }

    // MARK: A small change with one of everything

    static let baseGoMod = """
        module example.com/app

        go 1.21

        require (
        \texample.com/a v1.0.0
        \texample.com/a0 v1.0.0
        \texample.com/b v1.2.0
        \texample.com/gone v1.0.0
        )

        replace example.com/b => example.com/bfork v1.2.0

        replace example.com/x v1.0.0 => ../x

        """

    static let baseGraph = """
        example.com/app example.com/a@v1.0.0
        example.com/app example.com/a0@v1.0.0
        example.com/app example.com/b@v1.2.0
        example.com/app example.com/gone@v1.0.0
        example.com/a@v1.0.0 example.com/c@v1.0.0

        """

    static let headGoMod = """
        module example.com/app

        go 1.21

        require (
        \texample.com/a v1.1.0
        \texample.com/a0 v1.0.0
        \texample.com/b v1.1.0
        \texample.com/d v0.1.0
        )

        replace example.com/b => example.com/bfork v1.3.0

        replace example.com/c => ./c

        """

    /// `e` is required by the unchanged `a0` and the downgraded `b`, both one step from the
    /// main module: `b`, which changed, is the one that pulled it in.
    static let headGraph = """
        example.com/app example.com/a@v1.1.0
        example.com/app example.com/a0@v1.0.0
        example.com/app example.com/b@v1.1.0
        example.com/app example.com/d@v0.1.0
        example.com/a@v1.1.0 example.com/c@v1.0.0
        example.com/a0@v1.0.0 example.com/e@v1.0.0
        example.com/b@v1.1.0 example.com/e@v1.0.0
        example.com/d@v0.1.0 example.com/f@v1.0.0
        example.com/f@v1.0.0 example.com/g@v1.0.0

        """

    static func smallDiff() throws -> AnalysisDiff {
        AnalysisDiff(
            base: try side("base", goMod: baseGoMod, graph: baseGraph),
            head: try side("head", goMod: headGoMod, graph: headGraph))
    }
}
