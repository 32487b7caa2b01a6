import Foundation

/// Turns a set of inputs into an `Analysis`: parses each, builds the graph and the build
/// list, computes stats and collects findings.
public enum Analyzer {
    /// Analyzes one module.
    ///
    /// The build list is the go command's (`list.json`) when given, else minimal version
    /// selection over `go mod graph`, else go.mod's own requirements.
    /// A policy adds its own findings (denied modules, replacements it does not allow) and
    /// then sets the severity of any finding id it overrides (`off` drops them).
    /// - Throws: `ParseError` for the first input that does not parse, or when there is nothing
    ///   to analyze.
    public static func analyze(_ inputs: InputSet, name: String, policy: Policy? = nil) throws(ParseError) -> Analysis {
        let context = try context(for: inputs)
        let stats = GraphStats(graph: context.graph, buildList: context.buildList, selected: context.selected)
        let (vendor, vendorFindings) = vendorVerdict(context)
        var findings = vendorFindings + checks.flatMap { $0(context) }
        if let policy { findings = policy.applySeverities(findings + policy.findings(context)) }
        findings = portable(findings, context)
        var analysis = Analysis(
            name: name, mainModules: context.mainModules, graph: context.graph,
            buildList: context.buildList, selected: context.selected, stats: stats, vendor: vendor,
            findings: findings, inputs: inputs.uses)
        analysis.workspace = workspaceSummary(context)
        analysis.goModFiles = context.mainGoMods
        analysis.goWork = context.goWork
        return analysis
    }

    /// Findings whose messages name the folder's files relative to it (`go.sum`, not
    /// `/home/ci/src/app/go.sum`), so that a finding is the same finding in every checkout and
    /// `baseline` and `diff` match it across folders. Locations keep the folder's name.
    static func portable(_ findings: [Finding], _ context: AnalysisContext) -> [Finding] {
        let inputs = context.inputs
        let prefix = InputSet.join(inputs.root, "")
        var names = Set(inputs.texts.values.map(\.file))
        names.formUnion(context.mainGoMods.map(\.file))
        for n in [context.goWork?.file, context.goWorkSum?.file].compactMap({ $0 }) { names.insert(n) }
        for kind in InputSet.Kind.allCases { names.insert(InputSet.join(inputs.root, kind.rawValue)) }
        names.insert(InputSet.join(inputs.root, "vendor"))
        for m in context.load?.mainModules ?? [] {
            names.insert(inputs.displayName(GoFilePath.join(m.root, "go.sum")))
            names.insert(inputs.displayName(m.goModPath))
        }
        let under: [String] = names.filter { $0.hasPrefix(prefix) && $0.count > prefix.count }
        // Longest first, so that `vendor/modules.txt` is renamed before `vendor`.
        let sorted: [String] = under.sorted { a, b in a.count != b.count ? a.count > b.count : a < b }
        let pairs: [(String, String)] = sorted.map { ($0, String($0.dropFirst(prefix.count))) }
        guard !pairs.isEmpty else { return findings }
        return findings.map { f in
            // The go command's own messages stay go's words (as vendor-check prints them).
            guard f.id != "vendor-check-failed" else { return f }
            var f = f
            for (long, short) in pairs where f.message.contains(long) {
                f.message = f.message.replacingOccurrences(of: long, with: short)
            }
            return f
        }
    }

    /// The workspace's modules, their requirement counts and wiring; nil outside a workspace.
    static func workspaceSummary(_ context: AnalysisContext) -> WorkspaceSummary? {
        guard let load = context.load, load.isWorkspace, let goWork = context.goWork else { return nil }
        let mains = Set(context.mainModules)
        var requiredBy: [String: [String]] = [:]
        let modules = context.mainGoMods.map { goMod -> WorkspaceSummary.Module in
            let path = goMod.module?.path ?? ""
            let deps = goMod.require.filter { !mains.contains($0.path) }
            for r in deps where requiredBy[r.path]?.last != path { requiredBy[r.path, default: []].append(path) }
            return WorkspaceSummary.Module(
                path: path, goMod: goMod.file, direct: Set(deps.filter { !$0.indirect }.map(\.path)).count,
                indirect: Set(deps.filter(\.indirect).map(\.path)).count)
        }
        let wiring = context.workspaceWiring.map { w in
            "\(w.file):\(w.directive.line): replace \(w.directive.oldPath)\(w.directive.oldVersion.map { " " + $0 } ?? "") => \(w.directive.newPath)"
        }
        return WorkspaceSummary(goWork: goWork.file, modules: modules, wiring: wiring, requiredBy: requiredBy)
    }

    /// The checks `analyze` runs, in order. A new check is one more entry here.
    public static let checks: [Check] = [
        missingInputFindings,
        listErrorFindings,
        StaleInputCheck.run,
        VersionSkewCheck.run,
        MultipleMajorCheck.run,
        IncompatibleCheck.run,
        PseudoVersionCheck.run,
        ReplaceCheck.run,
        GoVersionCheck.run,
        LifecycleCheck.run,
        GoSumCheck.run,
        vendorDriftFindings,
        CycleCheck.run,
    ]

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
    public static func context(for inputs: InputSet) throws(ParseError) -> AnalysisContext {
        let load = goLoad(inputs)
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
        return AnalysisContext(
            inputs: inputs, goMod: goMod, goSum: goSum, goWork: goWork, goWorkSum: goWorkSum, vendorManifest: vendorManifest,
            graphText: graphText, list: list, graph: graph, mainModules: mainModules, load: load,
            mainGoMods: mainGoMods, buildList: buildList, selected: SelectedGraph(graph: graph, buildList: buildList))
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
    static func goLoad(_ inputs: InputSet) -> VendorCheckResult? {
        guard inputs.origins[.goMod] == .file || inputs.origins[.goWork] == .file else { return nil }
        let root = inputs.absoluteDirectory
        var files = VendorCheckFiles.read(
            workingDirectory: root, environment: inputs.environment, sizeLimit: inputs.sizeLimit)
        for kind in [InputSet.Kind.goMod, .goWork, .modulesTxt] {
            let path = GoFilePath.join(root, kind.rawValue)
            if let text = inputs[kind] {
                files[path] = .file(text.bytes)
                if kind == .modulesTxt { files[GoFilePath.join(root, "vendor")] = .directory }
            } else if case .file? = files[path] {
                files[path] = nil
            }
        }
        return VendorConsistency.check(VendorCheckInput(
            workingDirectory: root, environment: inputs.environment, goVersion: inputs.goVersion, files: files))
    }

    /// The main modules: list.json's `Main` entries, else the graph's bare-path nodes,
    /// else go.mod's module line.
    static func mainModulePaths(goMod: GoModFile?, graph: ModuleGraph?, list: ModuleList?) -> [String] {
        if let list {
            let main = list.mainModules.map(\.path)
            if !main.isEmpty { return main }
        }
        if let graph, !graph.mainNodes.isEmpty {
            return graph.mainNodes.map { graph.nodes[Int($0)].path }
        }
        return goMod?.module.map { [$0.path] } ?? []
    }

    static func fromList(_ list: ModuleList, mainModules: [String]) -> BuildList {
        let modules = list.modules.filter { !$0.main }.map { m in
            SelectedModule(
                path: m.path, version: m.version,
                replacement: m.replace.map { ModuleReplacement(path: $0.path, version: $0.version) },
                indirect: m.indirect,
                goVersion: m.goVersion.isEmpty ? nil : m.goVersion,
                error: m.error?.err,
                deprecated: m.deprecated.isEmpty ? nil : m.deprecated,
                retracted: m.retracted)
        }
        return BuildList(mainModules: mainModules, modules: modules, source: .list)
    }

    static func fromMVS(
        _ graph: ModuleGraph, goMods: [GoModFile], replacements: Replacements, mainModules: [String]
    ) -> BuildList {
        let roots = mainModules.compactMap { graph.id(of: ModuleID(path: $0, version: "")) }
        let versions = MVS.buildList(graph, roots: roots.isEmpty ? nil : roots)
        let direct = directPaths(goMods)
        let mains = Set(mainModules)
        let modules = versions.filter { !mains.contains($0.key) }.map { path, version in
            SelectedModule(
                path: path, version: version,
                replacement: replacements.replacement(for: ModuleID(path: path, version: version)),
                indirect: !direct.contains(path))
        }
        return BuildList(mainModules: mainModules, modules: modules, source: .mvs)
    }

    /// Every main module's requirements, the highest version of each path (no graph to walk).
    static func fromGoMod(_ goMods: [GoModFile], replacements: Replacements, mainModules: [String]) -> BuildList {
        var highest: [String: GoModFile.Requirement] = [:]
        var direct: Set<String> = []
        let mains = Set(mainModules)
        for goMod in goMods {
            for r in goMod.require where !mains.contains(r.path) {
                if !r.indirect { direct.insert(r.path) }
                if let seen = highest[r.path], ModuleVersion.compare(path: r.path, seen.version, r.version) >= 0 { continue }
                highest[r.path] = r
            }
        }
        let modules = highest.values.map { r in
            SelectedModule(
                path: r.path, version: r.version,
                replacement: replacements.replacement(for: ModuleID(path: r.path, version: r.version)),
                indirect: !direct.contains(r.path))
        }
        return BuildList(mainModules: mainModules, modules: modules, source: .goMod)
    }

    /// Paths a main module's go.mod requires without `// indirect`.
    static func directPaths(_ goMods: [GoModFile]) -> Set<String> {
        var out: Set<String> = []
        for goMod in goMods { for r in goMod.require where !r.indirect { out.insert(r.path) } }
        return out
    }

    /// The replacements in effect: go.work's before the main modules' go.mod files, a versioned
    /// directive before a wildcard one (the go command's rule).
    struct Replacements {
        var goWork: GoWorkFile?
        var goMods: [GoModFile]

        func replacement(for module: ModuleID) -> ModuleReplacement? {
            func pick(_ list: [GoModFile.Replacement]) -> GoModFile.Replacement? {
                list.last { $0.oldPath == module.path && $0.oldVersion == module.version }
                    ?? list.last { $0.oldPath == module.path && $0.oldVersion == nil }
            }
            let match = pick(goWork?.replace ?? []) ?? goMods.lazy.compactMap { pick($0.replace) }.first
            return match.map { ModuleReplacement(path: $0.newPath, version: $0.newVersion ?? "") }
        }
    }

    /// Notes for the captures that were not available, saying what was used instead.
    @Sendable static func missingInputFindings(_ context: AnalysisContext) -> [Finding] {
        let (inputs, graph, list) = (context.inputs, context.graph, context.list)
        var out: [Finding] = []
        if graph == nil {
            out.append(Finding(
                id: "input-missing", severity: .note, module: "",
                message: "no `go mod graph` output (graph.txt): graph statistics and edges are unavailable",
                location: SourceLocation(file: InputSet.join(inputs.root, "graph.txt")),
                hint: "capture it with `go mod graph > graph.txt`, or put a go command on PATH"))
        }
        if list == nil {
            let how = graph == nil ? "taken from go.mod's requirements" : "recomputed by minimal version selection over the graph"
            out.append(Finding(
                id: "input-missing", severity: .note, module: "",
                message: "no `go list -m -json all` output (list.json): the build list was \(how)",
                location: SourceLocation(file: InputSet.join(inputs.root, "list.json")),
                hint: "capture it with `go list -m -json all > list.json`, or put a go command on PATH"))
        }
        return out
    }

    /// Entries the go command could not fully resolve (`go list -e`): reported, not fatal.
    @Sendable static func listErrorFindings(_ context: AnalysisContext) -> [Finding] {
        guard let list = context.list else { return [] }
        return list.modules.compactMap { m in
            guard var err = m.error?.err else { return nil }
            let prefix = "\(m.path)@\(m.version): "
            if err.hasPrefix(prefix) { err.removeFirst(prefix.count) }
            return Finding(
                id: "module-error", severity: .warning, module: m.path,
                message: "go list reported an error for \(m.path)@\(m.version): \(err)",
                location: SourceLocation(file: list.file, line: m.line > 0 ? m.line : nil),
                hint: "re-capture list.json where the module is reachable (network or module cache)")
        }
    }
}
