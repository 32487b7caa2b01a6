import ArgumentParser
import Foundation
import ModGraphCore
import ModGraphToolchain

/// `modgraph vendor-check [PATH]`: the go command's vendor consistency check, offline, and
/// the drift it does not see.
struct VendorCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vendor-check",
        abstract: "Check vendor/ as the go command does, and for drift the go command does not see.",
        discussion: """
            Runs where `go list -m` would (PATH is like `go -C PATH`; without it, the current \
            directory, finding go.mod and go.work upward) and honours GOFLAGS, GOWORK and \
            GO111MODULE from the environment or the go env file (`go env -w`). --format go prints to stderr exactly what that go command prints and \
            exits 1 where it fails. The other formats add the drift checks: package directories \
            missing or left behind under vendor/ (or in a `git ls-tree -r -l` listing given with \
            --vendor-tree), vendored versions against the build list (list.json, or MVS over \
            graph.txt), go.sum lines of vendored modules, and, with a module cache (--modcache or \
            GOMODCACHE), every vendored file against the cached module, itself verified against \
            go.sum's h1: hashes.

            EXIT STATUS: 0 consistent and no finding at or above --fail-on; 1 otherwise (--format \
            go: 1 where the go command exits non-zero); 2 could not run (no go.mod, bad flags, \
            unreadable input); 64 usage error.
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, go, json, markdown, sarif
    }

    @Argument(help: "The directory to run in, as `go -C PATH` (default: the current directory).")
    var path: String?

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Option(name: .customLong("mod"), help: ArgumentHelp("The go command's -mod flag: vendor, readonly or mod.", valueName: "mode"))
    var mod: String?

    @Option(name: .customLong("modfile"), help: ArgumentHelp("The go command's -modfile flag.", valueName: "file"))
    var modfile: String?

    @Option(help: ArgumentHelp(
        "The go toolchain to reproduce, such as go1.23.5 (default: the go on PATH, else go\(VendorVerification.newestGoVersion)); "
            + "go1.24.x and go1.25.x accept their go.mod syntax (tool, ignore), the check stays go 1.23's.",
        valueName: "version"))
    var goVersion: String?

    @Option(name: .customLong("vendor-tree"), help: ArgumentHelp(
        "A `git ls-tree -r -l` listing to check in place of vendor/ on disk ('-' for stdin).", valueName: "file"))
    var vendorTree: String?

    @Option(help: ArgumentHelp("A module cache to compare vendored files with (default: $GOMODCACHE).", valueName: "dir"))
    var modcache: String?

    @Flag(name: .customLong("no-modcache"), help: "Do not compare vendored files with a module cache.")
    var noModcache = false

    @Flag(name: .customLong("no-verify"), help: "Trust the module cache: do not hash cached modules against go.sum.")
    var noVerify = false

    @Option(name: .customLong("list"), help: ArgumentHelp("Captured `go list -m -json all` output, for the build list.", valueName: "file"))
    var listFile: String?

    @Option(name: .customLong("graph"), help: ArgumentHelp("Captured `go mod graph` output, for the build list.", valueName: "file"))
    var graphFile: String?

    @OptionGroup var reporting: ReportOptions<VendorCheckWording>

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file instead of stdout.", valueName: "file"))
    var output: String?

    @Flag(help: "Print how long each stage took to stderr (after the report).")
    var timings = false

    @Flag(help: "Show a progress bar of the stages on stderr when stderr is a terminal (not with -q or --format go; ignored when not a terminal).")
    var progress = false

    @Option(help: ArgumentHelp("Largest input file read, in MiB.", valueName: "MiB"))
    var maxInputSize: Int = InputText.defaultSizeLimit >> 20

    func validate() throws {
        // Which versions, and which go.mod syntax each accepts, is decided in one place (GoSyntax).
        if let goVersion, let problem = GoSyntax.problem(with: goVersion) { throw ValidationError(problem) }
        if maxInputSize <= 0 { throw ValidationError("--max-input-size must be a positive number of MiB") }
        if [vendorTree, listFile, graphFile].filter({ $0 == "-" }).count > 1 {
            throw ValidationError("only one of --vendor-tree, --list, --graph can read standard input")
        }
        if format == .go && (vendorTree != nil || modcache != nil || listFile != nil || graphFile != nil) {
            throw ValidationError("--format go prints only what the go command prints: --vendor-tree, --modcache, --list and --graph do not apply")
        }
        if format == .go && output != nil {
            throw ValidationError("--format go prints to stderr exactly what the go command prints: --output does not apply")
        }
    }

    /// Comparing this many vendored modules with the module cache takes a while: stderr says so.
    static let progressModules = 50

    /// The progress bar's words for a stage (short: the bar fits in 80 columns).
    static func describe(_ stage: VendorVerification.Stage) -> String {
        switch stage {
        case .consistency(let version): "go\(version)'s vendor check"
        case .tree: "reading the vendor tree"
        case .buildList: "reading the build list"
        case .drift: "comparing with the build list"
        case .cache(let modules): "comparing \(modules) module\(modules == 1 ? "" : "s") to the cache"
        }
    }

    func run() async throws {
        Console.setQuiet(reporting.quiet)
        let processEnvironment = ProcessInfo.processInfo.environment
        // GOFLAGS, GOWORK, GO111MODULE... written with `go env -w` count as the go command counts them.
        let environment = EnvironmentGather.effectiveEnvironment(processEnvironment)
        let cwd = WorkingDirectory.current(environment: processEnvironment)
        var directory = cwd
        if let path {
            let joined = path.hasPrefix("/") ? path : cwd + "/" + path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: joined, isDirectory: &isDirectory), isDirectory.boolValue else {
                Console.error("\(path): not a directory")
                throw ExitStatus.couldNotRun
            }
            // `go -C DIR` changes directory, then asks the system where it is.
            directory = URL(fileURLWithPath: joined).resolvingSymlinksInPath().path
        }
        let version = resolvedGoVersion(environment)
        var flags: [String] = []
        if let mod { flags.append("-mod=\(mod)") }
        if let modfile { flags.append("-modfile=\(modfile)") }

        if format == .go {
            let start = ContinuousClock.now
            let result = VendorConsistency.check(
                directory: directory, flags: flags, environment: environment, goVersion: version)
            let elapsed = ContinuousClock.now - start
            FileHandle.standardError.write(Data(result.stderr.utf8))
            if timings { Console.line("modgraph: timings: consistency \(Self.milliseconds(elapsed))") }
            if result.exitStatus != 0 { throw ExitStatus.findings }
            return
        }

        var options = VendorVerification.Options(
            directory: directory, displayDirectory: cwd, flags: flags, environment: environment, goVersion: version)
        options.sizeLimit = maxInputSize << 20
        options.overrides[.list] = listFile
        options.overrides[.graph] = graphFile
        options.verifyCache = !noVerify
        if !noModcache {
            if let modcache {
                options.moduleCache = modcache
            } else if let env = environment["GOMODCACHE"], !env.isEmpty {
                options.moduleCache = env
            }
        }
        if let vendorTree {
            do throws(ParseError) {
                let text = vendorTree == "-"
                    ? try InputText.readStandardInput(sizeLimit: options.sizeLimit)
                    : try InputText.read(path: vendorTree, sizeLimit: options.sizeLimit)
                options.vendorTree = try VendorTree.parseListing(text)
            } catch {
                Console.error(error.description)
                throw ExitStatus.couldNotRun
            }
        }
        var bar = ProgressBar(requested: progress, steps: VendorVerification.stageCount(options))
        let report = VendorVerification.run(options) { stage in
            bar.step(Self.describe(stage))
            if case .cache(let modules) = stage, modules >= Self.progressModules {
                Console.progress("comparing \(modules) vendored modules with the module cache \(options.moduleCache ?? "")...")
            }
        }
        bar.finish()

        let data: Data
        switch format {
        case .text, .go: data = Data(report.renderText().utf8)
        case .json: data = report.renderJSON()
        case .markdown: data = Data(report.renderMarkdown().utf8)
        case .sarif:
            let fallback = report.vendorRoot.map { $0 == "." ? "vendor/modules.txt" : $0 + "/vendor/modules.txt" } ?? "go.mod"
            data = SARIFReport.render(report.findings, toolVersion: ModGraphVersion.text, fallbackFile: fallback)
        }
        try Console.emit(data, to: output, protecting: protectedInputs(directory: directory, moduleCache: options.moduleCache))
        if timings {
            let total = report.timings.reduce(Duration.zero) { $0 + $1.duration }
            let stages = report.timings.map { "\($0.stage) \(Self.milliseconds($0.duration))" }
            Console.line("modgraph: timings: \(stages.joined(separator: ", ")); total \(Self.milliseconds(total))")
        }
        if let failure = report.failure {
            Console.error(failure)
            throw ExitStatus.couldNotRun
        }
        try reporting.checkFailOn(worst: report.worstSeverity)
    }

    /// What this run reads: the directory and the folders above it (where go.mod, go.work and
    /// vendor/ are looked for), the files given, and the module cache.
    func protectedInputs(directory: String, moduleCache: String?) -> ProtectedInputs {
        var inputs = ProtectedInputs()
        inputs.module(directory)
        for file in [vendorTree, listFile, graphFile] { inputs.file(file) }
        if let modfile { inputs.file(modfile.hasPrefix("/") ? modfile : directory + "/" + modfile) }
        inputs.tree(moduleCache)
        return inputs
    }

    /// A duration as milliseconds with two decimals, such as `3.14 ms`.
    static func milliseconds(_ d: Duration) -> String {
        let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        return String(format: "%.2f ms", ms)
    }

    /// `go1.23.5` or `1.23.5` → `1.23.5`; nil when it is not a go version.
    static func parseGoVersion(_ text: String) -> String? {
        let v = text.hasPrefix("go") ? String(text.dropFirst(2)) : text
        return GoVersion.isValid(v) ? v : nil
    }

    /// `--go-version`, else the go on PATH when modgraph reproduces it, else the newest known.
    func resolvedGoVersion(_ environment: [String: String]) -> String {
        if let goVersion, let v = Self.parseGoVersion(goVersion) { return v }
        guard let go = GoCommand.find(environment: environment), let found = Self.installedVersion(of: go) else {
            return VendorVerification.newestGoVersion
        }
        if VendorVerification.reproduces(found) { return found }
        Console.warning("the go on PATH is go\(found); reproducing go\(VendorVerification.newestGoVersion) (use --go-version to choose)")
        return VendorVerification.newestGoVersion
    }

    /// The version of a go installation: its GOROOT's VERSION file, else `go version`.
    static func installedVersion(of go: GoCommand) -> String? {
        let binary = URL(fileURLWithPath: go.executable).resolvingSymlinksInPath()
        let goroot = binary.deletingLastPathComponent().deletingLastPathComponent()
        if let text = try? String(contentsOf: goroot.appendingPathComponent("VERSION"), encoding: .utf8),
            let first = text.split(separator: "\n").first, let v = parseGoVersion(String(first))
        {
            return v
        }
        // `go version go1.23.5 linux/amd64`
        guard let line = go.version() else { return nil }
        let fields = line.split(separator: " ")
        return fields.count >= 3 ? parseGoVersion(String(fields[2])) : nil
    }
}

/// The current directory as the go command sees it (`os.Getwd`): `$PWD` when it names this
/// directory, else the system's answer.
enum WorkingDirectory {
    static func current(environment: [String: String]) -> String {
        let physical = FileManager.default.currentDirectoryPath
        if let pwd = environment["PWD"], pwd.hasPrefix("/"),
            let a = try? FileManager.default.attributesOfItem(atPath: pwd),
            let b = try? FileManager.default.attributesOfItem(atPath: ".")
        {
            let same = (a[.systemNumber] as? NSNumber) == (b[.systemNumber] as? NSNumber)
                && (a[.systemFileNumber] as? NSNumber) == (b[.systemFileNumber] as? NSNumber)
            if same { return pwd }
        }
        return physical
    }
}
