/// `readVendorList`, `checkVendorConsistency` and the pruned check of `initVendor`.
extension VendorCheckRun {
    mutating func checkVendor() throws(Stop) {
        let path = GoFilePath.join(vendorDirectory, "modules.txt")
        let name = short(path)
        switch files.read(path, name: path) {
        case .success(let bytes):
            do {
                manifest = VendorManifest.parse(try InputText(bytes: bytes, file: name))
            } catch {
                limitations.append("\(name) is not UTF-8 text")
                manifest = VendorManifest(file: name)
            }
        case .failure(let f):
            if !f.notExist { throw fatal(.vendorRead, "go: \(f.text)") }
            manifest = VendorManifest(file: name)
        }
        if let a = manifest.goAnnotations.first(where: { GoVersion.compare($0.goVersion, local) > 0 }) {
            throw fatal(.annotationTooNew, "go: " + tooNew("\(a.module.path) in \(name)", a.goVersion))
        }
        result.checked = true
        result.pre114 = !inWorkspace && GoVersion.compare(mains[0].file.go?.version ?? "", "1.14") < 0
        result.problems = consistencyProblems()
        if !result.problems.isEmpty {
            let details = result.problems.map { "\n\t" + $0.line }.joined()
            throw fatal(.inconsistentVendoring, """
                go: inconsistent vendoring in \(GoFilePath.dir(vendorDirectory)):\(details)

                \tTo ignore the vendor directory, use -mod=readonly or -mod=mod.
                \tTo sync the vendor directory, run:
                \t\tgo \(inWorkspace ? "work" : "mod") vendor
                """)
        }
        try initVendor()
    }

    /// The detail lines of `checkVendorConsistency`, in order.
    mutating func consistencyProblems() -> [VendorProblem] {
        let pre114 = result.pre114
        let modulesTxt = manifest.file
        var problems: [VendorProblem] = []

        // 1. Requirements, in each main module's go.mod order.
        for m in mains {
            let main = main(m.path)
            let goModName = short(modFilePath(main.root))
            for r in main.file.require {
                let id = ModuleID(path: r.path, version: r.version)
                guard !manifest.meta(id).explicit else { continue }
                let location = SourceLocation(file: goModName, line: r.line)
                if pre114 {
                    if let vv = manifest.vendorVersion[r.path], vv != r.version {
                        problems.append(VendorProblem(
                            kind: .requirementVersionDiffers, module: id,
                            detail: "is explicitly required in go.mod, but vendor/modules.txt indicates \(r.path)@\(vv)",
                            location: location))
                    }
                } else {
                    problems.append(VendorProblem(
                        kind: .requirementNotMarked, module: id,
                        detail: "is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt",
                        location: location))
                }
            }
        }

        // 2. Replacements: each go.mod's, then go.work's; each old module once.
        var seen: Set<ModuleID> = []
        func checkReplace(_ run: inout VendorCheckRun, _ list: [GoModFile.Replacement], file: String) {
            for r in list {
                let old = ModuleID(path: r.oldPath, version: r.oldVersion ?? "")
                guard seen.insert(old).inserted else { continue }
                let found = run.replacementFrom(old)
                let canonical = run.canonicalizeReplacePath(found.new, found.modRoot)
                let source = run.short(found.source)
                let location = found.directive.map { SourceLocation(file: source, line: $0.line) }
                    ?? SourceLocation(file: file, line: r.line)
                let recorded = run.manifest.meta(old).replacement
                if let vr = recorded {
                    if vr != canonical {
                        problems.append(VendorProblem(
                            kind: .replacementDiffers, module: old,
                            detail: "is replaced by \(found.new?.text ?? "") in \(source), "
                                + "but marked as replaced by \(vr.text) in vendor/modules.txt",
                            location: location))
                    }
                } else if canonical == nil {
                    // Not actually replaced (a main module's own path).
                } else if pre114 && (old.version.isEmpty || run.manifest.vendorVersion[old.path] != old.version) {
                    // Before 1.14, modules.txt left out these replacements.
                } else {
                    problems.append(VendorProblem(
                        kind: .replacementNotMarked, module: old,
                        detail: "is replaced in \(source), but not marked as replaced in vendor/modules.txt",
                        location: location))
                }
            }
        }
        for m in mains {
            let main = main(m.path)
            checkReplace(&self, main.file.replace, file: short(modFilePath(main.root)))
        }
        if let work = workFile {
            checkReplace(&self, work.replace, file: short(workFilePath))
        }

        // 3. Modules with packages marked explicit that no go.mod requires.
        for mod in manifest.vendorList where manifest.meta(mod).explicit {
            let required = mains.contains { main($0.path).require[mod] != nil }
            if !required {
                problems.append(VendorProblem(
                    kind: .explicitNotRequired, module: mod,
                    detail: "is marked as explicit in vendor/modules.txt, but not explicitly required in \(inWorkspace ? "a " : "")go.mod",
                    location: entryLocation(mod, modulesTxt)))
            }
        }

        // 4. Modules marked replaced that nothing replaces.
        let replacedEntries = manifest.entries.filter { $0.replacement != nil }
        for (i, mod) in manifest.vendorReplaced.enumerated() {
            let found = replacementFrom(mod)
            if canonicalizeReplacePath(found.new, found.modRoot) == nil {
                let line = i < replacedEntries.count ? replacedEntries[i].line : nil
                problems.append(VendorProblem(
                    kind: .replacedNotReplaced, module: mod,
                    detail: "is marked as replaced in vendor/modules.txt, but not replaced in \(inWorkspace ? "the workspace" : "go.mod")",
                    location: SourceLocation(file: modulesTxt, line: line)))
            }
        }
        return problems
    }

    /// The modules.txt line where `mod` is listed (with packages, if it has any there).
    func entryLocation(_ mod: ModuleID, _ file: String) -> SourceLocation {
        let entry = manifest.entries.first { $0.module == mod && !$0.packages.isEmpty }
            ?? manifest.entries.first { $0.module == mod }
        return SourceLocation(file: file, line: entry?.line)
    }

    /// An effective replacement, and where it comes from.
    ///
    /// `modRoot` is the module root whose go.mod says so ("" for go.work); `source` is that file.
    struct FoundReplacement {
        var new: ModuleID?
        var modRoot = ""
        var source = ""
        var directive: GoModFile.Replacement?
    }

    /// `replacementFrom`: the replacement that applies to `mod`.
    ///
    /// go.work first, then each main module's go.mod, the exact version before the wildcard;
    /// a main module's own path at no version is never replaced.
    mutating func replacementFrom(_ mod: ModuleID) -> FoundReplacement {
        if mainPaths.contains(mod.path) && mod.version.isEmpty { return FoundReplacement() }
        if let hit = Self.lookup(mod, workReplace) {
            return FoundReplacement(new: hit.new, source: workFilePath, directive: hit.directive)
        }
        var found = FoundReplacement()
        for m in mains {
            let main = main(m.path)
            guard let hit = Self.lookup(mod, main.replace) else { continue }
            let from = main.replace[mod] != nil ? mod.version : ""
            if !found.modRoot.isEmpty && !from.isEmpty && found.new != hit.new {
                errorf(.replacementConflict, """
                    conflicting replacements found for \(mod.text) in workspace modules defined by \
                    \(modFilePath(found.modRoot)) and \(modFilePath(main.root))
                    """)
                found.source = modFilePath(found.modRoot)
                return found
            }
            found = FoundReplacement(new: hit.new, modRoot: main.root, directive: hit.directive)
        }
        found.source = modFilePath(found.modRoot)
        return found
    }

    /// `replacement`: the exact module, else every version of its path.
    static func lookup(
        _ mod: ModuleID, _ map: [ModuleID: (new: ModuleID, directive: GoModFile.Replacement)]
    ) -> (new: ModuleID, directive: GoModFile.Replacement)? {
        if let r = map[mod] { return (r.new, r.directive) }
        if let r = map[ModuleID(path: mod.path, version: "")] { return (r.new, r.directive) }
        return nil
    }

    /// `canonicalizeReplacePath`: a replacement as modules.txt should record it.
    ///
    /// In a workspace, a go.mod's relative directory is rebased on the go.work folder (`./…`);
    /// anything else is unchanged.
    func canonicalizeReplacePath(_ r: ModuleID?, _ modRoot: String) -> ModuleID? {
        guard let r else { return nil }
        if GoFilePath.isAbs(r.path) || !r.version.isEmpty || modRoot.isEmpty || !inWorkspace { return r }
        let abs = GoFilePath.join(modRoot, r.path)
        if let rel = GoFilePath.rel(GoFilePath.dir(workFilePath), abs) {
            return ModuleID(path: GoFilePath.toDirectoryPath(rel), version: "")
        }
        return ModuleID(path: GoFilePath.toDirectoryPath(abs), version: "")
    }

    /// `initVendor`: the checks right after the consistency check.
    ///
    /// With a pruned single module every vendored module must be required at its vendored
    /// version; in a workspace the main modules' roots are read again (with warnings).
    mutating func initVendor() throws(Stop) {
        if inWorkspace {
            for m in mains {
                let main = main(m.path)
                for r in main.file.require where main.exclude.contains(ModuleID(path: r.path, version: r.version)) {
                    warn(.excludedRequirement, "go: ignoring requirement on excluded version \(r.path) \(r.version)")
                }
            }
            return
        }
        guard GoVersion.compare(mains[0].file.go?.version ?? "1.16", "1.17") >= 0 else { return }
        let max = maxRootVersion
        let mainPath = mains[0].path
        for m in manifest.vendorList {
            let selected = m.path == mainPath ? "" : max[m.path]
            guard selected != m.version else { continue }
            let text = "go: vendored module \(m.text) should be required explicitly in go.mod"
            errorf(.vendoredNotRequired, text)
            result.unrequired.append(VendorProblem(
                kind: .vendoredNotRequired, module: m, detail: text, location: entryLocation(m, manifest.file)))
        }
        if !result.unrequired.isEmpty {
            throw fatal(.goModUpdateNeeded, goModDirtyMessage)
        }
    }
}
