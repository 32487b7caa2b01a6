import Dispatch
import Synchronization

/// Hand edits: each vendored file against the module cache's copy of its module, and each
/// cached module against go.sum (what `go mod verify` checks), on all cores.
///
/// Ids: `vendor-file-modified` (error), `vendor-file-missing` (error: a file `go mod vendor`
/// would copy is not there), `vendor-file-extra` (warning: a file the module does not have,
/// or one `go mod vendor` never copies), `vendor-cache-modified` (error: the cached module
/// does not match go.sum, so it cannot vouch for the vendored copy), `vendor-cache-missing`
/// (note: modules not in the cache, not compared).
enum VendorCacheCheck {
    /// What the comparison reads, and how files are named in its findings.
    struct Input: Sendable {
        var manifest: VendorManifest
        /// The vendored files, from disk or a listing (a listing's blob ids are compared).
        var tree: VendorTree
        /// The absolute `vendor/` directory to read vendored bytes from (a tree read from disk).
        var vendorDirectory: String?
        /// How `vendor/` is named in findings.
        var vendorName: String = "vendor"
        var cache: ModuleCache
        /// go.sum, for verifying the cache; nil skips verification.
        var goSum: GoSumFile?
        /// The main module's go line (go.mod and go.sum are not vendored from 1.17 on).
        var mainGoVersion: String?
        /// The absolute module root, for modules replaced by a directory.
        var moduleRoot: String?
        /// Whether to hash cached modules against go.sum.
        var verify: Bool = true
    }

    /// What was compared.
    struct Summary: Sendable, Hashable {
        /// Vendored modules compared with a copy (cache or local directory).
        var modulesCompared = 0
        /// Vendored modules the cache does not hold.
        var modulesNotCached = 0
        /// Cached modules whose hash was checked against go.sum.
        var modulesVerified = 0
        /// Vendored files compared.
        var filesCompared = 0
        /// Bytes read (vendored files, cached files and hashed modules).
        var bytesRead = 0

        init() {}

        mutating func add(_ o: Summary) {
            modulesCompared += o.modulesCompared
            modulesNotCached += o.modulesNotCached
            modulesVerified += o.modulesVerified
            filesCompared += o.filesCompared
            bytesRead += o.bytesRead
        }
    }

    /// How many findings of one kind one module gets before the rest are counted in one.
    static let perModuleLimit = 10

    /// Runs the comparison; modules are spread over all cores.
    static func run(_ input: Input) -> (findings: [Finding], summary: Summary) {
        let jobs = makeJobs(input)
        let results = Mutex<[JobResult?]>(Array(repeating: nil, count: jobs.count))
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            let r = compare(jobs[i], input)
            results.withLock { $0[i] = r }
        }
        var findings: [Finding] = []
        var summary = Summary()
        var notCached: [String] = []
        for r in results.withLock({ $0 }) {
            guard let r else { continue }
            findings += r.findings
            summary.add(r.summary)
            if let m = r.notCached { notCached.append(m) }
        }
        if !notCached.isEmpty {
            findings.append(Finding(
                id: "vendor-cache-missing", severity: .note, module: "",
                message: "\(FindingText.count(notCached.count, "vendored module")) not in the module cache \(input.cache.root), so not compared: \(FindingText.list(notCached))",
                hint: "run 'go mod download' to fill the cache, then check again"))
        }
        return (findings, summary)
    }

    // MARK: Jobs

    /// One vendored module: where its copy is, its packages and its vendored files.
    struct Job: Sendable {
        var module: ModuleID
        /// The module whose code is vendored (the replacement when replaced by a module).
        var source: ModuleID
        /// The absolute directory of a directory replacement.
        var localDirectory: String?
        var packages: [String]
        var files: [VendorTree.File]
    }

    struct JobResult: Sendable {
        var findings: [Finding] = []
        var summary = Summary()
        var notCached: String?
    }

    static func makeJobs(_ input: Input) -> [Job] {
        var jobs: [Job] = []
        var index: [String: Int] = [:]
        for entry in input.manifest.entries where !entry.module.version.isEmpty && !entry.packages.isEmpty {
            if let i = index[entry.module.path] {
                if jobs[i].module == entry.module { jobs[i].packages += entry.packages.map(\.path) }
                continue
            }
            var source = entry.module
            var local: String?
            if let r = entry.replacement {
                if r.version.isEmpty {
                    guard let root = input.moduleRoot else { continue }
                    local = GoFilePath.isAbs(r.path) ? r.path : GoFilePath.join(root, r.path)
                } else {
                    source = r
                }
            }
            index[entry.module.path] = jobs.count
            jobs.append(Job(
                module: entry.module, source: source, localDirectory: local,
                packages: entry.packages.map(\.path), files: []))
        }
        // Each vendored file belongs to the module with the longest path above it.
        for file in input.tree.files where file.path != "modules.txt" {
            var dir = file.directory
            while !dir.isEmpty {
                if let i = index[String(dir)] {
                    jobs[i].files.append(file)
                    break
                }
                dir = VendorDrift.parent(dir)
            }
        }
        return jobs
    }

    // MARK: Comparing one module

    static let metaPrefixes = ["AUTHORS", "CONTRIBUTORS", "COPYLEFT", "COPYING", "COPYRIGHT", "LEGAL", "LICENSE", "NOTICE", "PATENTS"]

    static func compare(_ job: Job, _ input: Input) -> JobResult {
        var result = JobResult()
        let root: String
        var copyName: String
        if let local = job.localDirectory {
            guard FileTree.isDirectory(local) else {
                result.notCached = "\(job.module.text) (its replacement directory \(local) is missing)"
                return result
            }
            root = local
            copyName = local
        } else {
            guard let dir = input.cache.directory(job.source), FileTree.isDirectory(dir) else {
                result.notCached = job.source.text
                result.summary.modulesNotCached = 1
                return result
            }
            root = dir
            copyName = job.source.text
            if input.verify, let modified = verify(job, dir: dir, input, &result.summary) {
                result.findings.append(modified)
                return result
            }
        }
        copyName = job.localDirectory == nil ? "the module cache's \(copyName)" : copyName
        result.summary.modulesCompared = 1
        let prefix = job.module.path + "/"
        let stripGoMod = GoVersion.compare(input.mainGoVersion ?? "", "1.17") >= 0
        var modified: [String] = []
        var extra: [(String, String)] = []
        var vendored: Set<String> = []
        for file in job.files {
            vendored.insert(file.path)
            let rel = String(file.path.dropFirst(prefix.count))
            let name = file.name
            if name.hasSuffix("_test.go") {
                extra.append((file.path, "'go mod vendor' never copies test files"))
                continue
            }
            if stripGoMod && (name == "go.mod" || name == "go.sum") && file.directory == Substring(job.module.path) {
                extra.append((file.path, "'go mod vendor' leaves out go.mod and go.sum when go.mod says go 1.17 or later"))
                continue
            }
            let original = root + "/" + rel
            guard FileTree.kind(original) == .file else {
                extra.append((file.path, "\(copyName) has no \(rel): added by hand?"))
                continue
            }
            result.summary.filesCompared += 1
            guard let copy = try? FileTree.read(original) else { continue }
            result.summary.bytesRead += copy.count
            if let vendorDirectory = input.vendorDirectory {
                guard let mine = try? FileTree.read(vendorDirectory + "/" + file.path) else { continue }
                result.summary.bytesRead += mine.count
                if mine != copy { modified.append(file.path) }
            } else if let size = file.size, size != copy.count {
                modified.append(file.path)
            } else if let blob = file.blob, blob.count == 40, blob != Hashing.gitBlobID(copy) {
                modified.append(file.path)
            }
        }
        var missing: [String] = []
        var metaDirectories: Set<String> = []
        for pkg in job.packages {
            // A package whose directory is gone entirely is the tree check's finding.
            guard job.files.contains(where: { $0.directory == Substring(pkg) }) else { continue }
            let rel = pkg == job.module.path ? "" : String(pkg.dropFirst(prefix.count))
            let dir = rel.isEmpty ? root : root + "/" + rel
            for name in FileTree.regularFiles(in: dir).sorted() where !vendored.contains(pkg + "/" + name) {
                if name.hasSuffix("_test.go") { continue }
                if stripGoMod && (name == "go.mod" || name == "go.sum") { continue }
                if name.hasSuffix(".go") {
                    guard let bytes = try? FileTree.read(dir + "/" + name) else { continue }
                    result.summary.bytesRead += bytes.count
                    if !GoBuildConstraint.isVendored(goFile: bytes) { continue }
                }
                missing.append(pkg + "/" + name)
            }
            var above = Substring(pkg)
            while above != Substring(job.module.path) && above.hasPrefix(prefix) {
                above = VendorDrift.parent(above)
                metaDirectories.insert(String(above))
            }
        }
        for dir in metaDirectories.sorted() {
            let rel = dir == job.module.path ? "" : String(dir.dropFirst(prefix.count))
            let source = rel.isEmpty ? root : root + "/" + rel
            for name in FileTree.regularFiles(in: source).sorted()
            where metaPrefixes.contains(where: { name.hasPrefix($0) }) && !vendored.contains(dir + "/" + name) {
                missing.append(dir + "/" + name)
            }
        }
        let vendorPath = { (p: String) in input.vendorName + "/" + p }
        let m = job.module.path
        result.findings += limited(modified.sorted(), module: job.module) { path in
            Finding(
                id: "vendor-file-modified", severity: .error, module: m,
                message: "\(vendorPath(path)) differs from \(copyName): edited by hand?",
                location: SourceLocation(file: vendorPath(path)),
                hint: "run 'go mod vendor' to restore it; to change a dependency, fork it and use a replace directive")
        } rest: { n in
            Finding(
                id: "vendor-file-modified", severity: .error, module: m,
                message: "\(FindingText.count(n, "more vendored file")) of \(job.module.text) differ from \(copyName)",
                hint: "run 'go mod vendor' to restore them")
        }
        result.findings += limited(missing.sorted(), module: job.module) { path in
            Finding(
                id: "vendor-file-missing", severity: .error, module: m,
                message: "\(vendorPath(path)) is missing: 'go mod vendor' copies it from \(copyName)",
                location: SourceLocation(file: vendorPath(path)),
                hint: "run 'go mod vendor' to restore it")
        } rest: { n in
            Finding(
                id: "vendor-file-missing", severity: .error, module: m,
                message: "\(FindingText.count(n, "more file")) of \(job.module.text) that 'go mod vendor' copies are missing",
                hint: "run 'go mod vendor' to restore them")
        }
        result.findings += limited(extra.sorted { $0.0 < $1.0 }, module: job.module) { item in
            Finding(
                id: "vendor-file-extra", severity: .warning, module: m,
                message: "\(vendorPath(item.0)) is not a file 'go mod vendor' writes: \(item.1)",
                location: SourceLocation(file: vendorPath(item.0)),
                hint: "delete it, or run 'go mod vendor'")
        } rest: { n in
            Finding(
                id: "vendor-file-extra", severity: .warning, module: m,
                message: "\(FindingText.count(n, "more file")) under \(input.vendorName)/\(m) are not files 'go mod vendor' writes",
                hint: "run 'go mod vendor'")
        }
        return result
    }

    /// The cached module against go.sum: the extracted directory (`h1:`) and the downloaded
    /// go.mod (`/go.mod h1:`); a finding when either differs.
    static func verify(_ job: Job, dir: String, _ input: Input, _ summary: inout Summary) -> Finding? {
        guard let goSum = input.goSum else { return nil }
        let source = job.source
        let expected = goSum.zipHashes(path: source.path, version: source.version)
        var problems: [String] = []
        if !expected.isEmpty {
            summary.modulesVerified = 1
            switch Result(catching: { () throws(DirHash.Failure) -> String in
                try DirHash.hashDirectory(dir, prefix: source.path + "@" + source.version)
            }) {
            case .success(let h):
                if !expected.contains(h) {
                    problems.append("its files hash to \(h), go.sum says \(expected[0])")
                }
            case .failure(let e):
                problems.append("its files cannot be hashed (\(e.message))")
            }
        }
        let expectedMod = goSum.goModHashes(path: source.path, version: source.version)
        if !expectedMod.isEmpty, let modFile = input.cache.goModFile(source), let bytes = try? FileTree.read(modFile) {
            let h = DirHash.hashGoMod(bytes)
            if !expectedMod.contains(h) { problems.append("its downloaded go.mod hashes to \(h), go.sum says \(expectedMod[0])") }
        }
        guard !problems.isEmpty else { return nil }
        return Finding(
            id: "vendor-cache-modified", severity: .error, module: job.module.path,
            message: "the module cache's \(source.text) does not match go.sum (\(problems.joined(separator: "; "))): it cannot vouch for the vendored copy, which was not compared",
            location: SourceLocation(file: goSum.file, line: goSum.entries(path: source.path, version: source.version, goMod: false).first?.number),
            hint: "run 'go clean -modcache' and 'go mod download', then check again ('go mod verify' reports the same)")
    }

    /// The first `perModuleLimit` items as findings, the rest counted in one more.
    static func limited<T>(
        _ items: [T], module: ModuleID, each: (T) -> Finding, rest: (Int) -> Finding
    ) -> [Finding] {
        guard items.count > perModuleLimit else { return items.map(each) }
        return items.prefix(perModuleLimit).map(each) + [rest(items.count - perModuleLimit)]
    }
}
