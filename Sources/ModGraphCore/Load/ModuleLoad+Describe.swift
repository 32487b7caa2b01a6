/// What the load decided, in the terms the go command uses: main modules and their
/// directories, the go.work in effect and why, the replacements in effect and where each comes
/// from, vendor mode and its reason, the inputs that were missing.
extension ModuleLoad {
    /// One main module: its path, its directory and its go.mod, named as the user named the folder.
    struct MainModule: Sendable, Hashable {
        var path: String
        /// The module's directory (the folder itself as the user named it, or under it).
        var directory: String
        /// The go.mod read for it (`-modfile`'s, or the directory's).
        var goModFile: String
    }

    /// Why a go.work is, or is not, in effect.
    enum GoWorkOrigin: Sendable, Hashable {
        /// No go.work in the folder or above it (and `GOWORK` unset).
        case none
        /// `GOWORK=off`: workspace mode is off even if a go.work is there.
        case off
        /// The folder's own go.work.
        case folder
        /// A go.work in a directory above the folder, found as the go command finds it.
        case above(String)
        /// The go.work `GOWORK` names.
        case environment(String)

        /// In words, for reports and tests.
        var description: String {
            switch self {
            case .none: "no go.work in the folder or above it"
            case .off: "GOWORK=off"
            case .folder: "the folder's go.work"
            case .above(let file): "found above the folder: \(file)"
            case .environment(let file): "GOWORK=\(file)"
            }
        }
    }

    /// One replace directive in effect and where it comes from.
    struct ReplacementInEffect: Sendable, Hashable {
        /// The replaced module (version "" for every version).
        var old: ModuleID
        var new: ModuleReplacement
        /// The go.work or go.mod holding the directive, named as reports name it, and its line.
        var file: String
        var line: Int
        /// Whether go.work holds it (go.work's replacements win over the go.mod files').
        var fromGoWork: Bool
    }

    /// Whether the go command builds from vendor/ here, and why.
    struct VendorMode: Sendable, Hashable {
        /// `-mod` as the go command settled it (`vendor`, `readonly`, `mod`); nil when loading
        /// stopped before deciding.
        var mode: String?
        /// Whether `-mod` was given (flags or `GOFLAGS`) rather than decided from the files.
        var explicit: Bool
        /// The go command's reason (`Go version in go.mod is at least 1.14 and vendor directory exists.`).
        var reason: String
        /// The directory that holds (or would hold) vendor/, named as reports name it.
        var vendorRoot: String?

        var isOn: Bool { mode == "vendor" }
    }

    /// The main modules with their directories and go.mod files, in the go command's order.
    var modules: [MainModule] {
        if let loader, !loader.mainModules.isEmpty {
            var seen: Set<String> = []
            return loader.mainModules.filter { seen.insert($0.path).inserted }.map { m in
                MainModule(path: m.path, directory: inputs.displayName(m.root), goModFile: inputs.displayName(m.goModPath))
            }
        }
        return mainModules.map { path in
            let goMod = mainGoMods.first { $0.module?.path == path }
            return MainModule(path: path, directory: inputs.root, goModFile: goMod?.file ?? "")
        }
    }

    /// Why go.work is, or is not, in effect.
    var goWorkOrigin: GoWorkOrigin {
        let gowork = inputs.environment["GOWORK"] ?? ""
        if gowork == "off" { return .off }
        guard let work = loader?.workFile ?? goWork.map({ _ in InputSet.join(inputs.absoluteDirectory, "go.work") }) else {
            return .none
        }
        if !gowork.isEmpty && gowork != "auto" { return .environment(inputs.displayName(work)) }
        if work == GoFilePath.join(inputs.absoluteDirectory, "go.work") { return .folder }
        return .above(inputs.displayName(work))
    }

    /// The replace directives in effect: go.work's, then each main module's go.mod's for the
    /// paths go.work does not replace (the go command's rule, `makeMainModules`).
    var replacementsInEffect: [ReplacementInEffect] {
        func entry(_ r: GoModFile.Replacement, file: String, fromGoWork: Bool) -> ReplacementInEffect {
            ReplacementInEffect(
                old: ModuleID(path: r.oldPath, version: r.oldVersion ?? ""),
                new: ModuleReplacement(path: r.newPath, version: r.newVersion ?? ""),
                file: file, line: r.line, fromGoWork: fromGoWork)
        }
        var out: [ReplacementInEffect] = []
        var byWork: Set<String> = []
        if let goWork {
            for r in goWork.replace {
                byWork.insert(r.oldPath)
                out.append(entry(r, file: goWork.file, fromGoWork: true))
            }
        }
        for goMod in mainGoMods {
            for r in goMod.replace where !byWork.contains(r.oldPath) {
                out.append(entry(r, file: goMod.file, fromGoWork: false))
            }
        }
        return out
    }

    /// The vendor-mode decision; nil without go.mod or go.work (captures only).
    var vendorMode: VendorMode? {
        guard let loader else { return nil }
        return VendorMode(
            mode: loader.buildMod, explicit: loader.buildModExplicit, reason: loader.buildModReason,
            vendorRoot: loader.vendorRoot.map(inputs.displayName))
    }

    /// The inputs that were not there: files and captures the load had to do without.
    var missingInputs: [InputSet.Kind] {
        InputSet.Kind.allCases.filter { kind in
            switch kind {
            case .goWork: goWork == nil && inputs[kind] == nil
            case .goSum: goSum == nil
            case .modulesTxt: vendorManifest == nil
            case .goMod: inputs[kind] == nil && mainGoMods.isEmpty
            case .graph: graph == nil
            case .list: list == nil
            }
        }
    }
}
