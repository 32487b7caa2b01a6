/// Look-ups the conflict checks share: go.mod lines, the main module's go line, which graph
/// nodes are selected.
extension ModuleLoad {
    /// Where go.mod requires `path` (its first `require` line); nil when it does not.
    func requireLocation(_ path: String) -> SourceLocation? {
        for goMod in mainGoMods {
            if let r = goMod.require.first(where: { $0.path == path }) { return SourceLocation(file: goMod.file, line: r.line) }
        }
        return nil
    }

    /// The main modules whose go.mod requires `path` (directly or `// indirect`), in order.
    func requiredBy(_ path: String) -> [String] {
        mainGoMods.filter { $0.require.contains { $0.path == path } }.compactMap { $0.module?.path }
    }

    /// The main module's `go` line: go.mod's, else list.json's, else the graph's `main go@V` edge.
    var mainGoVersion: String? {
        if let v = goWork?.go?.version ?? mainGoMods.first?.go?.version { return v }
        if let v = list?.mainModules.first?.goVersion, !v.isEmpty { return v }
        let main = Set(mainModules)
        return graph?.toolchainRequirements.first {
            main.contains($0.from.path) && $0.from.version.isEmpty && $0.to.path == "go"
        }?.to.version
    }

    /// The go line of every module version the graph records one for (`dep@v go@V`, Go 1.21+).
    var graphGoVersions: [ModuleID: String] {
        var out: [ModuleID: String] = [:]
        for e in graph?.toolchainRequirements ?? [] where e.to.path == "go" && !e.from.isToolchainRequirement {
            out[e.from] = e.to.version
        }
        return out
    }

    /// For each node of the full graph, whether it is selected: a main module, or the
    /// version the build list selects for its path.
    var selectedInGraph: [Bool] {
        guard let graph else { return [] }
        let main = Set(mainModules)
        return graph.nodes.map { n in
            n.version.isEmpty ? main.contains(n.path) : buildList.module(n.path)?.version == n.version
        }
    }

    /// Replace directives that point at a workspace module's own directory: workspace wiring,
    /// not a replacement of a dependency (the workspace module is a main module either way).
    var workspaceWiring: [(file: String, directive: GoModFile.Replacement)] {
        guard let load = loader, load.isWorkspace else { return [] }
        let roots = Set(load.mainModules.map(\.root))
        var out: [(String, GoModFile.Replacement)] = []
        func wires(_ r: GoModFile.Replacement, from dir: String) -> Bool {
            r.newVersion == nil && roots.contains(GoFilePath.isAbs(r.newPath) ? GoFilePath.clean(r.newPath) : GoFilePath.join(dir, r.newPath))
        }
        if let work = load.workFile, let goWork {
            out += goWork.replace.filter { wires($0, from: GoFilePath.dir(work)) }.map { (goWork.file, $0) }
        }
        if load.mainModules.count == mainGoMods.count {
            for (m, goMod) in zip(load.mainModules, mainGoMods) {
                out += goMod.replace.filter { wires($0, from: m.root) }.map { (goMod.file, $0) }
            }
        }
        return out
    }

    /// The replace directives of go.work (first) and go.mod, with the file that holds each.
    var replaceDirectives: [(file: String, directive: GoModFile.Replacement)] {
        var out: [(String, GoModFile.Replacement)] = []
        if let goWork { out += goWork.replace.map { (goWork.file, $0) } }
        for goMod in mainGoMods { out += goMod.replace.map { (goMod.file, $0) } }
        return out
    }

    /// The directive that replaces one module version: go.work before go.mod, a versioned
    /// directive before a wildcard one (the go command's order).
    func effectiveReplace(_ module: ModuleID) -> (file: String, directive: GoModFile.Replacement)? {
        let all = replaceDirectives
        for file in [goWork?.file].compactMap({ $0 }) + mainGoMods.map(\.file) {
            let mine = all.filter { $0.file == file && $0.directive.oldPath == module.path }
            if let exact = mine.last(where: { $0.directive.oldVersion == module.version }) { return exact }
            if let wildcard = mine.last(where: { $0.directive.oldVersion == nil }) { return wildcard }
        }
        return nil
    }
}
