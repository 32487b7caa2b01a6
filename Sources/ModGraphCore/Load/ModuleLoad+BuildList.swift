extension ModuleLoad {
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
        var modules: [SelectedModule] = []
        modules.reserveCapacity(versions.count)
        for (path, version) in versions where !mains.contains(path) {
            modules.append(SelectedModule(
                path: path, version: version,
                replacement: replacements.replacement(for: ModuleID(path: path, version: version)),
                indirect: !direct.contains(path)))
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

}
