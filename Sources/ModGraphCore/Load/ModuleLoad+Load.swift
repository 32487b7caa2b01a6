import Foundation

extension ModuleLoad {
    /// Loads the folder as the go command would, parses every input and derives the graph,
    /// the build list and the selected graph: the one loader every command starts from.
    ///
    /// With go.mod or go.work in the folder, the go command's own loading runs first (offline,
    /// `VendorConsistency`): it finds the go.work in effect (upward, `GOWORK`, `GOWORK=off`), the
    /// main modules and their go.mod files, decides vendor mode and checks vendor/. Its load
    /// errors (malformed module paths, syntax a go version does not accept, a `use`d directory
    /// without go.mod, conflicting replacements) stop here with the go command's words.
    /// - Throws: `ParseError` for a load error, the first input that does not parse, or when
    ///   there is nothing to analyze.
    public static func load(_ inputs: InputSet) throws(ParseError) -> ModuleLoad {
        try load(inputs, loader: goLoader(inputs))
    }

    /// Loads the folder with the go command's loading already run (`goLoader`), as
    /// `vendor-check` does: it runs the loader where the go command would run, with its flags,
    /// then reads the folder that holds vendor/.
    /// - Throws: as `load(_:)`.
    static func load(_ inputs: InputSet, loader load: VendorCheckResult?) throws(ParseError) -> ModuleLoad {
        if let load, let failure = loadFailure(load) {
            throw ParseError(file: inputs.root, message: failure)
        }
        var goMod: GoModFile?
        if let text = inputs[.goMod] { goMod = try GoModFile.parseMainModule(text) }
        var goSum: GoSumFile?
        if let text = inputs[.goSum] { goSum = try GoSumFile.parse(text) }
        var goWork: GoWorkFile?
        if let text = inputs[.goWork], load == nil || load?.workFile == GoFilePath.join(inputs.absoluteDirectory, "go.work") {
            goWork = try GoWorkFile.parse(text)
        } else if let path = load?.workFile {
            // The go.work in effect lies above the folder (or GOWORK names it).
            let display = inputs.displayName(path)
            goWork = try GoWorkFile.parse(try InputText.read(path: path, file: display, sizeLimit: inputs.sizeLimit))
        }
        var goWorkSum: GoSumFile?
        if let work = load?.workFile {
            let path = GoFilePath.join(GoFilePath.dir(work), "go.work.sum")
            if let text = try InputText.readIfPresent(
                path: path, file: inputs.displayName(path), sizeLimit: inputs.sizeLimit)
            {
                goWorkSum = try GoSumFile.parse(text)
            }
        }
        if let load, load.isWorkspace, goSum == nil {
            goSum = try workspaceSums(load, goWorkSum: goWorkSum, inputs: inputs)
        }
        let vendorManifest = inputs[.modulesTxt].map(VendorManifest.parse)
        var graphText: ModGraphText?
        if let text = inputs[.graph] { graphText = try ModGraphText.parse(text) }
        var list: ModuleList?
        if let text = inputs[.list] { list = try ModuleList.parse(text) }
        // go ran here but could not reach modules (GOPROXY=off, no network): its per-module
        // lookup failures say nothing about the project, and its list is partial. Use what
        // go.mod and go.work give instead, and say so once.
        var offline: String?
        if let parsed = list, inputs.origins[.list] == .goCommand, let failure = OfflineLookup.firstFailure(parsed) {
            offline = failure
            list = nil
        }

        var mainGoMods: [GoModFile] = []
        if let load {
            for m in load.mainModules {
                var file = m.goMod
                file.file = inputs.displayName(m.goModPath)
                mainGoMods.append(file)
            }
        }
        if mainGoMods.isEmpty, let goMod { mainGoMods = [goMod] }
        if mainGoMods.isEmpty && graphText == nil && list == nil, let load, load.exitStatus != 0 {
            // Loading stopped before any main module (a go.work too new for the go version).
            throw ParseError(file: inputs.root, message: load.stderr.hasSuffix("\n") ? String(load.stderr.dropLast()) : load.stderr)
        }
        guard !mainGoMods.isEmpty || graphText != nil || list != nil else {
            throw ParseError(
                file: inputs.root,
                message: "nothing to analyze: expected go.mod, go.work, graph.txt (go mod graph) or list.json (go list -m -json all)")
        }

        try checkSingleMainModule(inputs: inputs, goWork: goWork, graphText: graphText, list: list)

        let graph = graphText.map(ModuleGraph.init)
        var mainModules = mainModulePaths(goMod: goMod, graph: graph, list: list)
        if let load, !load.mainModules.isEmpty {
            var seen: Set<String> = []
            mainModules = load.mainModules.map(\.path).filter { seen.insert($0).inserted }
        }
        let wiring = Replacements(goWork: goWork, goMods: mainGoMods)
        let buildList: BuildList
        if let list {
            buildList = fromList(list, mainModules: mainModules)
        } else if let graph {
            buildList = fromMVS(graph, goMods: mainGoMods, replacements: wiring, mainModules: mainModules)
        } else {
            buildList = fromGoMod(mainGoMods, replacements: wiring, mainModules: mainModules)
        }
        return ModuleLoad(
            inputs: inputs, goMod: goMod, goSum: goSum, goWork: goWork, goWorkSum: goWorkSum, vendorManifest: vendorManifest,
            graphText: graphText, list: list, graph: graph, mainModules: mainModules, loader: load,
            mainGoMods: mainGoMods, buildList: buildList, selected: SelectedGraph(graph: graph, buildList: buildList),
            offline: offline)
    }

    /// A workspace's checksums: every module's go.sum, then go.work.sum, read as one file (the
    /// go command consults them all); nil when there are none.
    static func workspaceSums(_ load: VendorCheckResult, goWorkSum: GoSumFile?, inputs: InputSet) throws(ParseError) -> GoSumFile? {
        var names: [String] = []
        var text = ""
        for m in load.mainModules {
            let path = GoFilePath.join(GoFilePath.dir(m.goModPath), "go.sum")
            guard let sum = try InputText.readIfPresent(path: path, file: inputs.displayName(path), sizeLimit: inputs.sizeLimit) else { continue }
            _ = try GoSumFile.parse(sum)  // errors name the file and line
            names.append(sum.file)
            text += String(decoding: sum.bytes, as: UTF8.self) + "\n"
        }
        if let goWorkSum, let work = load.workFile {
            let path = GoFilePath.join(GoFilePath.dir(work), "go.work.sum")
            if let sum = try InputText.readIfPresent(path: path, file: goWorkSum.file, sizeLimit: inputs.sizeLimit) {
                names.append(sum.file)
                text += String(decoding: sum.bytes, as: UTF8.self) + "\n"
            }
        }
        guard !names.isEmpty else { return nil }
        let joined = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
        return try GoSumFile.parse(try InputText(text, file: joined, sizeLimit: Int.max))
    }

    /// Message kinds that stop loading: every command fails with the go command's text.
    static let loadFailureKinds: Set<VendorCheckMessage.Kind> = [
        .usage, .goWork, .goMod, .vendorRead, .replacementConflict, .workspace,
    ]

    /// The go command's stderr when loading stopped with a load error; nil otherwise.
    static func loadFailure(_ load: VendorCheckResult) -> String? {
        guard load.messages.contains(where: { $0.isFatal && loadFailureKinds.contains($0.kind) }) else { return nil }
        var text = load.stderr
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// The go command's loading in the folder (nil without go.mod or go.work there).
    ///
    /// It runs as `go list -m` would in the folder, with the folder's go.mod, go.work and
    /// vendor/modules.txt as the inputs hold them (a `--vendor` file in place of the folder's own).
    public static func goLoader(_ inputs: InputSet) -> VendorCheckResult? {
        guard inputs.origins[.goMod] == .file || inputs.origins[.goWork] == .file else { return nil }
        let root = inputs.absoluteDirectory
        var files = VendorCheckFiles.read(
            workingDirectory: root, environment: inputs.environment, sizeLimit: inputs.sizeLimit)
        for kind in [InputSet.Kind.goMod, .goSum, .goWork, .modulesTxt] {
            let path = GoFilePath.join(root, kind.rawValue)
            if let text = inputs[kind] {
                files[path] = .file(text.bytes)
                if kind == .modulesTxt { files[GoFilePath.join(root, "vendor")] = .directory }
            } else if case .file? = files[path] {
                files[path] = nil
            }
        }
        return goLoader(VendorCheckInput(
            workingDirectory: root, environment: inputs.environment, goVersion: inputs.goVersion, files: files))
    }

    /// The go command's loading for one run (where, with which flags, environment and go
    /// version, over which files): the go.work in effect, the main modules, vendor mode and the
    /// vendor consistency check, as `go list -m` would do them.
    static func goLoader(_ run: VendorCheckInput) -> VendorCheckResult {
        VendorConsistency.check(run)
    }

    /// `goLoader` over the files on disk, as `go -C directory list -m` with `flags` would read them.
    static func goLoader(
        directory: String, flags: [String] = [], environment: [String: String] = [:], goVersion: String
    ) -> VendorCheckResult {
        VendorConsistency.check(directory: directory, flags: flags, environment: environment, goVersion: goVersion)
    }

}
