/// `modgraph vendor-check` without the printing: the go command's consistency check, then
/// the drift checks (tree, build list, go.sum) and, with a module cache, the comparison of
/// every vendored file with the cached module.
public enum VendorVerification {
    /// One run: where, with which go command settings, and what else to read.
    public struct Options: Sendable {
        /// The absolute directory the go command would run in (`go -C DIR`).
        var directory: String
        /// The absolute directory file names in findings are relative to (the user's cwd).
        var displayDirectory: String
        /// The go command's flags, such as `-mod=vendor` and `-modfile=alt.mod`.
        var flags: [String]
        /// The environment (`GOFLAGS`, `GOWORK`, `GO111MODULE`, `GOTOOLCHAIN`, `GOPROXY` are read).
        var environment: [String: String]
        /// The go version to reproduce, such as `1.23.5`.
        var goVersion: String
        /// A listing to check in place of the `vendor/` tree on disk.
        public var vendorTree: VendorTree?
        /// The module cache to compare vendored files with; nil skips the comparison.
        public var moduleCache: String?
        /// Whether to hash cached modules against go.sum before trusting them.
        public var verifyCache = true
        /// Files given in place of the folder's own (`list.json`, `graph.txt`).
        public var overrides: [InputSet.Kind: String] = [:]
        public var sizeLimit = InputText.defaultSizeLimit

        public init(
            directory: String, displayDirectory: String? = nil, flags: [String] = [], environment: [String: String] = [:],
            goVersion: String = GoSyntax.reproducedVersion
        ) {
            self.directory = GoFilePath.clean(directory)
            self.displayDirectory = GoFilePath.clean(displayDirectory ?? directory)
            self.flags = flags
            self.environment = environment
            self.goVersion = goVersion
        }
    }

    /// Whether the consistency check reproduces `version` (such as `1.23.5` or `1.23rc1`).
    public static func reproduces(_ version: String) -> Bool {
        GoVersion.isValid(version) && GoVersion.lang(version) == GoVersion.lang(GoSyntax.reproducedVersion)
    }

    /// Message kinds that mean the command could not get as far as judging vendor/.
    static let failureKinds: Set<VendorCheckMessage.Kind> = [.usage, .goWork, .goMod, .vendorRead]

    /// A stage of `run`, reported as it starts (for a progress display).
    public enum Stage: Sendable, Hashable {
        /// The go command's consistency check, as go `goVersion` does it.
        case consistency(goVersion: String)
        /// Reading the vendor tree (vendor/ on disk or a listing).
        case tree
        /// Reading the build list and go.sum from the folder's captures.
        case buildList
        /// Comparing vendor/ with modules.txt, the build list and go.sum.
        case drift
        /// Comparing the vendored files of `modules` modules with the module cache.
        case cache(modules: Int)
    }

    /// How many stages `run` reports at most with these options.
    public static func stageCount(_ options: Options) -> Int { options.moduleCache == nil ? 4 : 5 }

    /// Runs every check.
    /// - Parameter progress: called as each stage starts (fewer than `stageCount` when a stage
    ///   has nothing to do or the check stops early).
    public static func run(_ options: Options, progress: (Stage) -> Void = { _ in }) -> VendorReport {
        let display = { (path: String) in GoFilePath.short(path, cwd: options.displayDirectory) }
        let clock = ContinuousClock()
        var timings: [(String, Duration)] = []
        var mark = clock.now
        func lap(_ stage: String) {
            let now = clock.now
            timings.append((stage, now - mark))
            mark = now
        }
        // The go command's loading, where it would run and with its flags: the same loader
        // every command starts from (`ModuleLoad`), run once.
        progress(.consistency(goVersion: options.goVersion))
        let result = ModuleLoad.goLoader(
            directory: options.directory, flags: options.flags, environment: options.environment,
            goVersion: options.goVersion)
        lap("consistency")
        let consistencyFindings = VendorConsistency.findings(result, directory: options.directory, display: display)
        let failure = result.messages.first { $0.isFatal && failureKinds.contains($0.kind) }
        var report = VendorReport(
            goVersion: options.goVersion, consistency: result, findings: consistencyFindings,
            failure: failure.map { $0.text.hasPrefix("go: ") ? String($0.text.dropFirst(4)) : $0.text })
        guard failure == nil else { return report.with(timings) }
        guard let root = result.vendorRoot else {
            report.failure = result.stoppedBeforeVendor
                ?? "no main module: there is no go.mod in \(options.directory) or any directory above it"
            return report.with(timings)
        }
        let vendorDirectory = GoFilePath.join(root, "vendor")
        report.vendorRoot = display(root)
        report.vendorPresent = options.vendorTree != nil || FileTree.isDirectory(vendorDirectory)
        guard report.vendorPresent else { return report.with(timings) }

        var findings = consistencyFindings + VendorConsistency.notUsedFindings(result, vendorName: display(vendorDirectory))

        // vendor/modules.txt, as the drift checks read it.
        let manifestPath = vendorDirectory + "/modules.txt"
        let manifestName = display(manifestPath)
        let manifestBytes = try? FileTree.read(manifestPath)
        let manifest = manifestBytes.flatMap { try? VendorManifest.parse(bytes: $0, file: manifestName) }
            ?? VendorManifest(file: manifestName)

        // The tree: a listing, or vendor/ on disk.
        progress(.tree)
        var tree = options.vendorTree
        if tree == nil {
            do {
                tree = try VendorTree.read(directory: vendorDirectory)
            } catch {
                findings.append(Finding(
                    id: "vendor-tree-absent", severity: .note, module: "", message: error.description))
            }
        }
        if let tree {
            switch tree.origin {
            case .directory: report.treeSource = display(vendorDirectory) + "/"
            case .listing(let file): report.treeSource = file
            }
            report.treeFiles = tree.files.count
        }
        lap("tree")

        // The build list and go.sum, from the folder's captures.
        progress(.buildList)
        var buildList: BuildList?
        var goSum: GoSumFile?
        var mainGoVersion: String?
        var mainModules = Set(result.stdout.split(separator: "\n").map(String.init))
        do {
            let inputs = try InputSet.load(root: root, overrides: options.overrides, sizeLimit: options.sizeLimit)
            guard inputs[.goMod] != nil || inputs[.graph] != nil || inputs[.list] != nil else {
                // A workspace's vendor/ sits beside go.work, with no go.mod of its own.
                throw BuildListUnavailable()
            }
            let context = try ModuleLoad.load(inputs, loader: result)
            buildList = context.buildList
            report.buildListSource = context.buildList.source
            goSum = context.goSum
            goSum?.file = display(root + "/go.sum")
            mainGoVersion = context.goMod?.go?.version
            mainModules.formUnion(context.mainModules)
        } catch let error as ParseError {
            let file = GoFilePath.isAbs(error.file) ? error.file : GoFilePath.join(root, error.file)
            findings.append(Finding(
                id: "vendor-build-list-unavailable", severity: .warning, module: "",
                message: "the build list could not be read, so vendored versions and go.sum were not compared: \(error.description)",
                location: FileTree.kind(file) == .file ? SourceLocation(file: display(file), line: error.line > 0 ? error.line : nil) : nil))
        } catch {
            findings.append(Finding(
                id: "vendor-build-list-unavailable", severity: .note, module: "",
                message: "no go.mod, list.json or graph.txt beside \(display(vendorDirectory))/ (a workspace): vendored versions and go.sum were not compared",
                hint: "capture `go list -m -json all > list.json` beside go.work"))
        }
        lap("build list")
        progress(.drift)
        let driftInput = VendorDrift.Input(
            manifest: manifest, manifestBytes: manifestBytes, tree: tree, vendorName: display(vendorDirectory),
            buildList: buildList, goSum: goSum, goSumName: display(root + "/go.sum"), mainModules: mainModules)
        findings += VendorDrift.treeFindings(driftInput)
        if buildList != nil {
            findings += VendorDrift.buildListFindings(driftInput) + VendorDrift.goSumFindings(driftInput)
        }

        lap("drift")
        if let cacheRoot = options.moduleCache, let tree, !tree.isManifestOnly {
            progress(.cache(modules: manifest.entries.filter { !$0.module.version.isEmpty && !$0.packages.isEmpty }.count))
            let cache = ModuleCache(root: GoFilePath.isAbs(cacheRoot) ? cacheRoot : GoFilePath.join(options.displayDirectory, cacheRoot))
            report.moduleCache = display(cache.root)
            if !FileTree.isDirectory(cache.root) {
                findings.append(Finding(
                    id: "vendor-cache-missing", severity: .note, module: "",
                    message: "the module cache \(display(cache.root)) does not exist: vendored files were not compared",
                    hint: "point --modcache (or GOMODCACHE) at a module cache"))
            } else {
                let vendorOnDisk: String?
                if case .directory(let dir) = tree.origin { vendorOnDisk = dir } else { vendorOnDisk = nil }
                let (cacheFindings, summary) = VendorCacheCheck.run(VendorCacheCheck.Input(
                    manifest: manifest, tree: tree, vendorDirectory: vendorOnDisk, vendorName: display(vendorDirectory),
                    cache: cache, goSum: goSum, mainGoVersion: mainGoVersion, moduleRoot: root,
                    verify: options.verifyCache))
                findings += cacheFindings
                report.cacheSummary = summary
            }
            lap("cache")
        }
        report.findings = findings.sorted()
        return report.with(timings)
    }
}

/// Thrown when the folder holding vendor/ has nothing to take a build list from.
private struct BuildListUnavailable: Error {}
