import Foundation

/// What the module cache holds for a module, and `go mod verify`'s answer for it (`verifyMod`):
/// the extracted directory's dirhash against the recorded `.ziphash`, plus that hash against go.sum.
enum ModuleCacheProbe {
    /// Looks at `module` in `cache`.
    /// - Parameters:
    ///   - verify: hash the extracted directory (go mod verify); false only notes what is there.
    ///   - goSums: go.sum files whose `h1:` lines the cached hash should match.
    static func state(
        cache: ModuleCache, module: ModuleID, goSums: [GoSumFile], verify: Bool
    ) -> ModuleCacheState {
        let fm = FileManager.default
        guard let dir = cache.directory(module), let mod = cache.goModFile(module) else {
            return ModuleCacheState(hasGoMod: false, hasSource: false, status: "not downloaded")
        }
        let base = String(mod.dropLast(".mod".count))
        let zip = base + ".zip"
        var isDir: ObjCBool = false
        let hasDir = fm.fileExists(atPath: dir, isDirectory: &isDir) && isDir.boolValue
        let hasZip = fm.fileExists(atPath: zip)
        var state = ModuleCacheState(
            hasGoMod: fm.fileExists(atPath: mod), hasSource: hasDir || hasZip, status: "not verified")
        guard verify else { return state }
        let ziphashPath = zip + "hash"
        guard let data = fm.contents(atPath: ziphashPath) else {
            if !hasDir && !hasZip {
                state.status = "not downloaded"
            } else {
                state.status = "missing ziphash"
                state.detail = "\(module.path) \(module.version): missing ziphash: open \(ziphashPath): no such file or directory"
            }
            return state
        }
        let recorded = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if hasDir {
            do {
                let h = try DirHash.hashDirectory(dir, prefix: "\(module.path)@\(module.version)")
                if h != recorded {
                    state.status = "modified"
                    state.detail = "\(module.path) \(module.version): dir has been modified (\(dir))"
                    return state
                }
            } catch {
                state.status = "error"
                state.detail = "\(module.path) \(module.version): \(error.description)"
                return state
            }
        }
        let sums = goSums.flatMap { $0.zipHashes(path: module.path, version: module.version) }
        if !sums.isEmpty && !sums.contains(recorded) {
            state.status = "go.sum mismatch"
            state.detail = "\(module.path)@\(module.version): the module cache holds \(recorded), go.sum says \(sums[0])"
            return state
        }
        state.status = "verified"
        return state
    }
}
