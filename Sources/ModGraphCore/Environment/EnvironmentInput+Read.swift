import Foundation

extension EnvironmentInput {
    /// Gathers the input from disk: the go env files, go.mod / go.work / vendor files the go
    /// command would read from `directory`, go.sum and go.work.sum, and the module cache's
    /// state for each module of `buildList`.
    /// - Parameters:
    ///   - goBinaries: every go on PATH (`GoInstallations.onPath`).
    ///   - buildList: the main module's build list, when one could be had.
    ///   - verify: hash cached modules as `go mod verify` does (false: only note what is cached).
    public static func read(
        directory: String, environment: [String: String], goBinaries: [EnvironmentReport.GoBinary],
        toolchainsOnPath: [String: String] = [:], buildList: BuildList?, privateHints: String = "",
        moduleCache overrideCache: String? = nil, verify: Bool = true, sizeLimit: Int = InputText.defaultSizeLimit
    ) -> EnvironmentInput {
        var input = EnvironmentInput(
            directory: directory, environment: environment, goBinaries: goBinaries, toolchainsOnPath: toolchainsOnPath,
            buildList: buildList, privateHints: privateHints)
        if let path = GoEnvFile.locate(environment: environment).path, let bytes = readSmall(path, sizeLimit) {
            input.userEnvFile = GoEnvFile(path: path, bytes: bytes)
        }
        let goroot = input.goroot
        if !goroot.isEmpty, let bytes = readSmall(GoFilePath.join(goroot, "go.env"), sizeLimit) {
            input.gorootEnvFile = GoEnvFile(path: GoFilePath.join(goroot, "go.env"), bytes: bytes)
        }
        let env = input.effectiveEnvironment
        input.files = VendorCheckFiles.read(workingDirectory: input.directory, environment: env, sizeLimit: sizeLimit)
        // go.sum beside each main module's go.mod, and go.work.sum beside go.work.
        var sumPaths: [String] = []
        for (path, entry) in input.files.entries.sorted(by: { $0.key < $1.key }) {
            guard case .file = entry else { continue }
            if path.hasSuffix("/go.mod") { sumPaths.append(GoFilePath.join(GoFilePath.dir(path), "go.sum")) }
            if path.hasSuffix("/go.work") { sumPaths.append(GoFilePath.join(GoFilePath.dir(path), "go.work.sum")) }
        }
        for path in sumPaths {
            guard let bytes = readSmall(path, sizeLimit), let sum = try? GoSumFile.parse(bytes: bytes, file: path) else { continue }
            input.goSums.append(sum)
        }
        let cacheRoot = overrideCache ?? input.settings.value("GOMODCACHE")
        var isDir: ObjCBool = false
        if !cacheRoot.isEmpty, FileManager.default.fileExists(atPath: cacheRoot, isDirectory: &isDir), isDir.boolValue {
            input.moduleCache = GoFilePath.clean(cacheRoot)
            let cache = ModuleCache(root: cacheRoot)
            var ids: [ModuleID] = []
            for m in buildList?.modules ?? [] {
                if let r = m.replacement {
                    if !r.isLocalDirectory { ids.append(ModuleID(path: r.path, version: r.version)) }
                } else {
                    ids.append(m.id)
                }
            }
            let sums = input.goSums
            let states = ConcurrentMap.map(ids) { ModuleCacheProbe.state(cache: cache, module: $0, goSums: sums, verify: verify) }
            for (id, state) in zip(ids, states) { input.cacheStates[id] = state }
        }
        return input
    }

    static func readSmall(_ path: String, _ limit: Int) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: limit), data.count < limit else { return nil }
        return [UInt8](data)
    }
}
