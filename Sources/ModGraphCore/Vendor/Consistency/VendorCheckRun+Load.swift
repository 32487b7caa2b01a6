/// `modload.loadModFile` and `ListModules`.
///
/// go.work and go.mod files, the main modules, the build mode, then the vendor check and what
/// `go list -m` does after it.
extension VendorCheckRun {
    mutating func loadModFile() throws(Stop) {
        if inWorkspace {
            try loadWorkFile()
        } else if modRoots.isEmpty {
            // Module mode outside any module: a synthetic main module without requirements.
            stdoutLines = ["command-line-arguments"]
            return
        }
        try readMainModules()
        try makeMainModules()
        try setDefaultBuildMod(loaded: true)
        result.buildMod = buildMod
        result.vendorRoot = GoFilePath.dir(vendorDirectory)
        if !inWorkspace { computeRoots() }
        if buildMod == "vendor" {
            try checkVendor()
        }
        if !inWorkspace {
            try afterLoadSingle()
        }
        stdoutLines = mains.map(\.path).filter { $0 != "go" && $0 != "toolchain" }
        if !inWorkspace {
            try commitRequirements()
        }
    }

    /// `loadWorkFile` and `ReadWorkFile`.
    mutating func loadWorkFile() throws(Stop) {
        let name = short(workFilePath)
        let bytes: [UInt8]
        switch files.read(workFilePath, name: workFilePath) {
        case .success(let b): bytes = b
        case .failure(let f): throw fatal(.goWork, "go: reading go.work: \(f.text)")
        }
        let text: InputText
        do {
            text = try InputText(bytes: bytes, file: name)
        } catch {
            limitations.append("\(name) is not UTF-8 text")
            throw fatal(.goWork, "go: errors parsing go.work:\n\(GoModReading.text(error))")
        }
        let errors = GoWorkFile.errors(in: text)
        guard errors.isEmpty, let work = try? GoWorkFile.parse(text) else {
            throw fatal(.goWork, "go: errors parsing go.work:\n" + errors.map(GoModReading.text).joined(separator: "\n"))
        }
        if let t = work.toolchain, GoVersion.compare(GoVersion.fromToolchain(t.name), local) > 0 {
            noteTooNewLimitation()
        }
        if let go = work.go, GoVersion.compare(go.version, local) > 0 {
            noteTooNewLimitation()
            throw fatal(.goVersionTooNew, "go: " + tooNew(name, go.version))
        }
        let workDir = GoFilePath.dir(workFilePath)
        var seen: Set<String> = []
        for use in work.use {
            let root = GoFilePath.isAbs(use.path) ? use.path : GoFilePath.join(workDir, use.path)
            if !seen.insert(root).inserted {
                throw fatal(.goWork, "go: error loading go.work:\n\(name):\(use.line): path \(root) appears multiple times in workspace")
            }
            modRoots.append(root)
        }
        for g in work.godebug {
            if let e = GoModReading.checkGodebug(verb: "godebug", key: g.key, value: g.value, local: local) {
                throw fatal(.goWork, "go: error loading go.work:\n\(name):\(g.line): \(e)")
            }
        }
        workFile = work
    }

    /// The per-module part of `loadModFile`; errors are collected, then fatal.
    ///
    /// That is `ReadModFile`, the workspace go version rule, godebug checks, `indexModFile`
    /// and the module path check.
    mutating func readMainModules() throws(Stop) {
        var errs: [(VendorCheckMessage.Kind, String)] = []
        let lookup: GoModReading.Lookup =
            buildMod == "vendor" ? .disabledByVendor : env("GOPROXY") == "off" ? .proxyOff : .network
        for root in modRoots {
            let gomod = modFilePath(root)
            let name = short(gomod)
            let prefix = inWorkspace ? "cannot load module \(short(GoFilePath.dir(gomod))) listed in go.work file: " : ""
            let path = GoFilePath.isAbs(gomod) ? gomod : GoFilePath.join(cwd, gomod)
            let bytes: [UInt8]
            switch files.read(path, name: name) {
            case .success(let b): bytes = b
            case .failure(let f):
                errs.append((.goMod, prefix + f.text))
                continue
            }
            let text: InputText
            do {
                text = try InputText(bytes: bytes, file: name)
            } catch {
                limitations.append("\(name) is not UTF-8 text")
                errs.append((.goMod, prefix + "errors parsing \(name):\n\(GoModReading.text(error))"))
                continue
            }
            let (parsed, parseErrors, lookups) = GoModReading.parseMainGoMod(text, lookup: lookup, goVersion: local)
            if !lookups.isEmpty {
                limitations.append("the go command would look up \(lookups.joined(separator: ", ")) on GOPROXY")
            }
            guard let file = parsed else {
                errs.append((.goMod, prefix + "errors parsing \(name):\n" + parseErrors.map(GoModReading.text).joined(separator: "\n")))
                continue
            }
            if !inWorkspace, let t = file.toolchain, GoVersion.compare(GoVersion.fromToolchain(t.name), local) > 0 {
                noteTooNewLimitation()
            }
            if let go = file.go, GoVersion.compare(go.version, local) > 0 {
                if inWorkspace {
                    errs.append((.goVersionTooNew, workTooOld(gomod, go.version)))
                } else {
                    noteTooNewLimitation()
                    errs.append((.goVersionTooNew, tooNew(name, go.version)))
                }
                continue
            }
            guard let module = file.module else {
                errs.append((.goMod, prefix + """
                    error reading \(name): missing module declaration. To specify the module path:
                    \tgo mod edit -module=example.com/mod
                    """))
                continue
            }
            if inWorkspace {
                let mv = file.go?.version ?? "1.16"
                let wv = workFile?.go?.version ?? "1.18"
                if GoVersion.compare(mv, wv) > 0 && GoVersion.compare(mv, "1.21") >= 0 {
                    errs.append((.goVersionTooNew, workTooOld(gomod, mv)))
                    continue
                }
            } else {
                var ok = true
                for g in file.godebug {
                    if let e = GoModReading.checkGodebug(verb: "godebug", key: g.key, value: g.value, local: local) {
                        errs.append((.goMod, "error loading go.mod:\n\(name):\(g.line): \(e)"))
                        ok = false
                    }
                }
                if !ok { continue }
            }
            var main = MainModule(path: module.path, root: root, file: file)
            for r in file.require {
                main.require[ModuleID(path: r.path, version: r.version)] = r.indirect
            }
            main.replace = try replaceMap(file.replace)
            for x in file.exclude { main.exclude.insert(ModuleID(path: x.path, version: x.version)) }
            mains.append(main)
            if let message = ModulePath.checkImportPath(module.path) {
                errs.append((.goMod, "malformed module path" + message.dropFirst("malformed import path".count)))
            }
        }
        if !errs.isEmpty {
            for (i, (kind, text)) in errs.enumerated() {
                if i == errs.count - 1 { throw fatal(kind, "go: " + text) }
                errorf(kind, "go: " + text)
            }
        }
    }

    /// `errWorkTooOld`.
    func workTooOld(_ gomod: String, _ version: String) -> String {
        let verb = workFile?.go == nil ? "implicitly requires" : "lists"
        let workVersion = workFile?.go?.version ?? "1.18"
        return "module \(short(GoFilePath.dir(gomod))) listed in go.work file requires go >= \(version), "
            + "but go.work \(verb) go \(workVersion); to update it:\n\tgo work use"
    }

    /// `toReplaceMap`: one replacement per old module; two different ones are fatal.
    mutating func replaceMap(
        _ list: [GoModFile.Replacement]
    ) throws(Stop) -> [ModuleID: (new: ModuleID, directive: GoModFile.Replacement)] {
        var map: [ModuleID: (new: ModuleID, directive: GoModFile.Replacement)] = [:]
        for r in list {
            let old = ModuleID(path: r.oldPath, version: r.oldVersion ?? "")
            let new = ModuleID(path: r.newPath, version: r.newVersion ?? "")
            if let prev = map[old] {
                if prev.new != new {
                    throw fatal(.replacementConflict, "go: conflicting replacements for \(old.text):\n\t\(prev.new.text)\n\t\(new.text)")
                }
                continue
            }
            map[old] = (new, r)
        }
        return map
    }

    /// `makeMainModules`: the main modules' indexes and their problems.
    ///
    /// Duplicate paths, go.work replacing a main module, conflicting replacements between
    /// workspace modules.
    mutating func makeMainModules() throws(Stop) {
        if let work = workFile {
            workReplace = try replaceMap(work.replace)
        }
        var paths: Set<String> = []
        for m in mains where !paths.insert(m.path).inserted {
            errorf(.workspace, "go: module \(m.path) appears multiple times in workspace")
        }
        var replacedByWorkFile: Set<String> = []
        var replacements: [ModuleID: ModuleID] = [:]
        for r in workFile?.replace ?? [] {
            if paths.contains(r.oldPath) && r.oldVersion == nil {
                errorf(.workspace, """
                    go: workspace module \(r.oldPath) is replaced at all versions in the go.work file. \
                    To fix, remove the replacement from the go.work file or specify the version at which to replace the module.
                    """)
            }
            replacedByWorkFile.insert(r.oldPath)
            replacements[ModuleID(path: r.oldPath, version: r.oldVersion ?? "")] =
                ModuleID(path: r.newPath, version: r.newVersion ?? "")
        }
        for (i, m) in mains.enumerated() {
            mainByPath[m.path] = i
            var current: Set<ModuleID> = []
            for r in m.file.replace where !replacedByWorkFile.contains(r.oldPath) {
                let old = ModuleID(path: r.oldPath, version: r.oldVersion ?? "")
                var new = ModuleID(path: r.newPath, version: r.newVersion ?? "")
                if inWorkspace && new.version.isEmpty && !GoFilePath.isAbs(new.path) {
                    new.path = GoFilePath.join(m.root, new.path)
                }
                if let prev = replacements[old], !current.contains(old), prev != new {
                    throw fatal(.replacementConflict, """
                        go: conflicting replacements for \(old.text):
                        \t\(prev.text)
                        \t\(new.text)
                        use "go work edit -replace \(old.text)=[override]" to resolve
                        """)
                }
                current.insert(old)
                replacements[old] = new
            }
        }
    }

    /// The main module as the go command's maps give it for `path` (the last one listed).
    func main(_ path: String) -> MainModule {
        mains[mainByPath[path]!]
    }

    var mainPaths: Set<String> { Set(mains.map(\.path)) }

    /// `requirementsFromModFiles` for a single module: the roots.
    ///
    /// Excluded versions are left out, with the `ignoring requirement on excluded version` warnings.
    mutating func computeRoots() {
        let m = mains[0]
        roots = []
        direct = ["go"]
        for r in m.file.require {
            let id = ModuleID(path: r.path, version: r.version)
            if m.exclude.contains(id) {
                let verb = buildMod == "mod" ? "dropping" : "ignoring"
                warn(.excludedRequirement, "go: \(verb) requirement on excluded version \(r.path) \(r.version)")
                continue
            }
            roots.append(id)
            if !r.indirect { direct.insert(r.path) }
        }
        roots.append(ModuleID(path: "go", version: m.file.go?.version ?? "1.16"))
        if let t = m.file.toolchain { roots.append(ModuleID(path: "toolchain", version: t.name)) }
        roots.sort { a, b in
            if a.path != b.path { return a.path < b.path }
            return ModuleVersion.compare(path: a.path, a.version, b.version) < 0
        }
    }

    /// The highest root version of each path (`maxRootVersion`).
    var maxRootVersion: [String: String] {
        var max: [String: String] = [:]
        for r in roots {
            if let v = max[r.path], ModuleVersion.compare(path: r.path, v, r.version) >= 0 { continue }
            max[r.path] = r.version
        }
        return max
    }

    /// `errGoModDirty`'s text.
    var goModDirtyMessage: String {
        if buildModExplicit {
            return "go: updates to go.mod needed, disabled by -mod=\(buildMod); to update it:\n\tgo mod tidy"
        }
        if !buildModReason.isEmpty {
            return "go: updates to go.mod needed, disabled by -mod=\(buildMod)\n\t(\(buildModReason))\n\tto update it:\n\tgo mod tidy"
        }
        return "go: updates to go.mod needed; to update it:\n\tgo mod tidy"
    }

    /// What loading does after the vendor check for a single module.
    ///
    /// That is redundant roots (`updateRoots`) and a missing go line under `-mod=mod`.
    mutating func afterLoadSingle() throws(Stop) {
        let pruned = GoVersion.compare(mains[0].file.go?.version ?? "1.16", "1.17") >= 0
        let mainPath = mains[0].path
        var redundant = false
        for (i, r) in roots.enumerated() where r.path == mainPath || (i > 0 && roots[i - 1].path == r.path) {
            redundant = true
        }
        if redundant {
            if buildMod == "mod" {
                limitations.append("-mod=mod: the go command would rewrite go.mod's redundant requirements")
            } else if pruned {
                let max = maxRootVersion
                var seen: Set<String> = [mainPath]
                for r in roots where seen.insert(r.path).inserted && max[r.path] != r.version {
                    throw fatal(.goModUpdateNeeded, goModDirtyMessage)
                }
            } else if buildMod == "vendor" {
                var selected = maxRootVersion
                for m in manifest.vendorList where m.path != mainPath {
                    if let v = selected[m.path], ModuleVersion.compare(path: m.path, v, m.version) >= 0 { continue }
                    selected[m.path] = m.version
                }
                selected[mainPath] = ""
                for r in roots where selected[r.path] != r.version {
                    throw fatal(.goModUpdateNeeded, goModDirtyMessage)
                }
            } else {
                try loadUnprunedGraph()
            }
        }
        if mains[0].file.go == nil && buildMod == "mod" {
            limitations.append("-mod=mod without a go line: the go command would load the module graph and add one")
        }
    }

    /// The start of `readModGraph` without graph pruning, as far as it can be followed offline.
    ///
    /// The go command reads every root's go.mod (`go` and `toolchain` left out) and reports the
    /// first failure in breadth-first order, so in root order. Under `-mod=readonly` it needs
    /// go.sum's `/go.mod` line of each root, or of its replacement when replaced by a module
    /// version (`goModSummary`); a root without it fails with `missing go.sum entry for go.mod
    /// file`. When no root has its line, nothing is read and the first root's error is the
    /// answer. Otherwise the go.mod files come from the module cache or the network (and a
    /// directory replacement's from its directory), which this check does not read: a limitation.
    mutating func loadUnprunedGraph() throws(Stop) {
        let limitation = "redundant requirements without graph pruning: the go command would load the module graph"
        let modules = roots.filter { !$0.isToolchainRequirement }
        guard buildMod == "readonly", let first = modules.first, let sums = goSumModKeys() else {
            limitations.append(limitation)
            return
        }
        var firstActual = first
        for (i, r) in modules.enumerated() {
            let actual = replacementFrom(r).new ?? r
            if actual.version.isEmpty || sums.contains(actual) {
                limitations.append(limitation)
                return
            }
            if i == 0 { firstActual = actual }
        }
        let what = firstActual == first ? first.text : "\(first.text) (replaced by \(firstActual.text))"
        throw fatal(.goSumMissing, "go: \(what): missing go.sum entry for go.mod file; to add it:\n\tgo mod download \(first.path)")
    }

    /// The module versions whose go.mod hash the single module's go.sum holds (beside go.mod, or
    /// `-modfile`'s `.sum`), as `modfetch.readGoSum` reads it; a missing go.sum is empty. Nil when
    /// go.sum cannot be read or has a line go would reject (the go command would stop there).
    func goSumModKeys() -> Set<ModuleID>? {
        var path = String(modFilePath(mains[0].root).dropLast(".mod".count)) + ".sum"
        if !GoFilePath.isAbs(path) { path = GoFilePath.join(cwd, path) }
        let bytes: [UInt8]
        switch files.read(path, name: path) {
        case .success(let b): bytes = b
        case .failure(let f):
            guard f.notExist else { return nil }
            bytes = []
        }
        var keys: Set<ModuleID> = []
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            let fields = String(decoding: line, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}" })
            if fields.isEmpty { continue }
            guard fields.count == 3 else { return nil }
            // go skips the hash of an empty go.mod (`emptyGoModHash`).
            guard fields[2] != "h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY=", fields[1].hasSuffix("/go.mod") else { continue }
            keys.insert(ModuleID(path: String(fields[0]), version: String(fields[1].dropLast("/go.mod".count))))
        }
        return keys
    }

    /// `commitRequirements` for `go list -m`: whether go.mod would change (`modFileIsDirty`).
    mutating func commitRequirements() throws(Stop) {
        let file = mains[0].file
        let goVersion = file.go?.version ?? "1.16"
        var dirty = false
        if let t = file.toolchain {
            let toolVersion = GoVersion.fromToolchain(t.name)
            if t.name == "go" + goVersion || GoVersion.compare(toolVersion, "1.21") < 0 { dirty = true }
        }
        var wanted: [String: (version: String, indirect: Bool)] = [:]
        for r in roots where r.path != "go" && r.path != "toolchain" {
            wanted[r.path] = (r.version, !direct.contains(r.path))
        }
        let indexed = mains[0].require
        if wanted.count != indexed.count { dirty = true }
        for (path, w) in wanted {
            guard let indirect = indexed[ModuleID(path: path, version: w.version)] else {
                dirty = true
                continue
            }
            if indirect != w.indirect && buildMod != "readonly" { dirty = true }
        }
        guard dirty else { return }
        if buildMod == "mod" {
            limitations.append("-mod=mod: the go command would rewrite go.mod")
            return
        }
        throw fatal(.goModUpdateNeeded, goModDirtyMessage)
    }
}
