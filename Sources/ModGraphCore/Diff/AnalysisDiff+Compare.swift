extension AnalysisDiff {
    /// Compares two sides of a module.
    ///
    /// Selected modules are matched by path. Findings are matched by id, severity, module
    /// and message (not location: the two sides live in different places). Replace
    /// directives are matched by file, old path and old version.
    public init(base: DiffSide, head: DiffSide) {
        self.base = base
        self.head = head
        let before = base.analysis.buildList
        let after = head.analysis.buildList

        // A module that became a main module (or stopped being one) is a change in the set of
        // main modules, not a dependency added or removed.
        var baseMains: Set<String> = []
        var headMains: Set<String> = []
        let baseMainList = base.analysis.mainModules, headMainList = head.analysis.mainModules
        if !Set(baseMainList).isDisjoint(with: headMainList) {
            baseMains = Set(baseMainList)
            headMains = Set(headMainList)
            self.mainModulesAdded = headMains.subtracting(baseMains).sorted().map {
                MainModuleChange(path: $0, asDependency: before.module($0)?.version)
            }
            self.mainModulesRemoved = baseMains.subtracting(headMains).sorted().map {
                MainModuleChange(path: $0, asDependency: after.module($0)?.version)
            }
        }

        var removed: [ModuleID] = []
        var upgraded: [VersionChange] = []
        var downgraded: [VersionChange] = []
        for old in before.modules {
            guard let new = after.module(old.path) else {
                if !headMains.contains(old.path) { removed.append(old.id) }
                continue
            }
            guard new.version != old.version else { continue }
            let change = VersionChange(path: old.path, from: old.version, to: new.version)
            if ModuleVersion.compare(path: old.path, new.version, old.version) < 0 {
                downgraded.append(change)
            } else {
                upgraded.append(change)
            }
        }
        let addedModules = after.modules.filter { before.module($0.path) == nil && !baseMains.contains($0.path) }

        // Modules that changed in the head: preferred as the link that pulls an added module in.
        var changedPaths = Set(addedModules.map(\.path))
        for c in upgraded + downgraded { changedPaths.insert(c.path) }
        let tree = RequirementTree(head.analysis.selected, preferring: changedPaths)
        let sel = head.analysis.selected
        let added = addedModules.map { m in
            // The selected graph holds the main modules, then the build list in its order.
            let chain = after.index(of: m.path)
                .map { tree.chain(to: SelectedGraph.NodeID(after.mainModules.count + $0)) } ?? []
            return Added(module: m, pulledInBy: chain.dropLast().map { sel.nodes[Int($0)] })
        }

        // Build lists are sorted by path, so every list above already is.
        self.added = added
        self.removed = removed
        self.upgraded = upgraded
        self.downgraded = downgraded
        self.replaceChanges = Self.replaceChanges(base.replaceDirectives, head.replaceDirectives)
        (self.newFindings, self.goneFindings) = Self.findingChanges(
            base.analysis.findings, head.analysis.findings)
    }

    /// Directives added, removed or changed, sorted by old path, old version and file.
    ///
    /// When a file repeats a left-hand side, the last directive wins (as for the go command).
    static func replaceChanges(_ before: [ReplaceDirective], _ after: [ReplaceDirective]) -> [ReplaceChange] {
        var old: [ReplaceDirective.Key: ReplaceDirective] = [:]
        for d in before { old[d.key] = d }
        var new: [ReplaceDirective.Key: ReplaceDirective] = [:]
        for d in after { new[d.key] = d }
        let keys = Set(old.keys).union(new.keys).sorted()
        return keys.compactMap { key in
            let (from, to) = (old[key], new[key])
            if let from, let to, from.newPath == to.newPath, from.newVersion == to.newVersion { return nil }
            return ReplaceChange(key: key, from: from, to: to)
        }
    }

    /// Findings only in `after` (new) and only in `before` (gone), counted as multisets.
    ///
    /// Findings match when id, severity, module and message agree. Then, of the rest, a
    /// finding about a module matches one with the same id, severity and module whose
    /// message differs (messages name versions, which an upgrade changes): the problem
    /// persists, so it is neither new nor gone.
    static func findingChanges(_ before: [Finding], _ after: [Finding]) -> (new: [Finding], gone: [Finding]) {
        struct Exact: Hashable {
            var id: String
            var severity: Severity
            var module: String
            var message: String
            init(_ f: Finding) { (id, severity, module, message) = (f.id, f.severity, f.module, f.message) }
        }
        struct SameModule: Hashable {
            var id: String
            var severity: Severity
            var module: String
            init(_ f: Finding) { (id, severity, module) = (f.id, f.severity, f.module) }
        }
        /// `side` less one match in `other` per finding, by `key`; both sides' leftovers.
        func unmatched<K: Hashable>(
            _ side: [Finding], _ other: [Finding], by key: (Finding) -> K?
        ) -> (side: [Finding], other: [Finding]) {
            var pool: [K: [Int]] = [:]
            for (i, f) in other.enumerated() { if let k = key(f) { pool[k, default: []].append(i) } }
            var used = Set<Int>()
            var rest: [Finding] = []
            for f in side {
                if let k = key(f), var indices = pool[k], !indices.isEmpty {
                    used.insert(indices.removeFirst())
                    pool[k] = indices
                } else {
                    rest.append(f)
                }
            }
            let otherRest = other.enumerated().filter { !used.contains($0.offset) }.map(\.element)
            return (rest, otherRest)
        }
        let exact = unmatched(after.sorted(), before.sorted()) { Exact($0) }
        let loose = unmatched(exact.side, exact.other) { $0.module.isEmpty ? nil : SameModule($0) }
        return (loose.side.sorted(), loose.other.sorted())
    }
}
