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
        let (vendor, vendorFindings) = vendorVerdict(vendorCheck(context), inputs: inputs)
        var findings = vendorFindings + checks.flatMap { $0(context) }
        if let policy { findings = policy.applySeverities(findings + policy.findings(context)) }
        return Analysis(
            name: name, mainModules: context.mainModules, graph: context.graph,
            buildList: context.buildList, selected: context.selected, stats: stats, vendor: vendor,
            findings: findings, inputs: inputs.uses)
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

    /// Parses every input and derives the graph, the build list and the selected graph.
    public static func context(for inputs: InputSet) throws(ParseError) -> AnalysisContext {
        var goMod: GoModFile?
        if let text = inputs[.goMod] { goMod = try GoModFile.parse(text) }
        var goSum: GoSumFile?
        if let text = inputs[.goSum] { goSum = try GoSumFile.parse(text) }
        var goWork: GoWorkFile?
        if let text = inputs[.goWork] { goWork = try GoWorkFile.parse(text) }
        let vendorManifest = inputs[.modulesTxt].map(VendorManifest.parse)
        var graphText: ModGraphText?
        if let text = inputs[.graph] { graphText = try ModGraphText.parse(text) }
        var list: ModuleList?
        if let text = inputs[.list] { list = try ModuleList.parse(text) }
        guard goMod != nil || graphText != nil || list != nil else {
            throw ParseError(
                file: inputs.root,
                message: "nothing to analyze: expected go.mod, graph.txt (go mod graph) or list.json (go list -m -json all)")
        }

        let graph = graphText.map(ModuleGraph.init)
        let mainModules = mainModulePaths(goMod: goMod, graph: graph, list: list)
        let buildList: BuildList
        if let list {
            buildList = fromList(list, mainModules: mainModules)
        } else if let graph {
            buildList = fromMVS(graph, goMod: goMod, mainModules: mainModules)
        } else {
            buildList = fromGoMod(goMod, mainModules: mainModules)
        }
        return AnalysisContext(
            inputs: inputs, goMod: goMod, goSum: goSum, goWork: goWork, vendorManifest: vendorManifest,
            graphText: graphText, list: list, graph: graph, mainModules: mainModules,
            buildList: buildList, selected: SelectedGraph(graph: graph, buildList: buildList))
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

    static func fromMVS(_ graph: ModuleGraph, goMod: GoModFile?, mainModules: [String]) -> BuildList {
        let roots = mainModules.compactMap { graph.id(of: ModuleID(path: $0, version: "")) }
        let versions = MVS.buildList(graph, roots: roots.isEmpty ? nil : roots)
        let direct = directPaths(goMod)
        let modules = versions.map { path, version in
            SelectedModule(
                path: path, version: version,
                replacement: goMod.flatMap { replacement(for: ModuleID(path: path, version: version), in: $0) },
                indirect: !direct.contains(path))
        }
        return BuildList(mainModules: mainModules, modules: modules, source: .mvs)
    }

    static func fromGoMod(_ goMod: GoModFile?, mainModules: [String]) -> BuildList {
        guard let goMod else { return BuildList(mainModules: mainModules, modules: [], source: .goMod) }
        var highest: [String: GoModFile.Requirement] = [:]
        for r in goMod.require {
            if let seen = highest[r.path], ModuleVersion.compare(path: r.path, seen.version, r.version) >= 0 { continue }
            highest[r.path] = r
        }
        let modules = highest.values.map { r in
            SelectedModule(
                path: r.path, version: r.version,
                replacement: replacement(for: ModuleID(path: r.path, version: r.version), in: goMod),
                indirect: r.indirect)
        }
        return BuildList(mainModules: mainModules, modules: modules, source: .goMod)
    }

    /// Paths go.mod requires without `// indirect`.
    static func directPaths(_ goMod: GoModFile?) -> Set<String> {
        Set(goMod?.require.filter { !$0.indirect }.map(\.path) ?? [])
    }

    /// The replacement go.mod applies to a module version: a versioned `replace` first, then a
    /// wildcard one (the go command's rule).
    static func replacement(for module: ModuleID, in goMod: GoModFile) -> ModuleReplacement? {
        let match = goMod.replace.last { $0.oldPath == module.path && $0.oldVersion == module.version }
            ?? goMod.replace.last { $0.oldPath == module.path && $0.oldVersion == nil }
        return match.map { ModuleReplacement(path: $0.newPath, version: $0.newVersion ?? "") }
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
