import ArgumentParser
import Foundation
import ModGraphCore

/// What `vendor-check` reads and how it runs go's check: the go command's own flags and
/// version, the vendor tree, the module cache, the build list and `--max-input-size`.
struct VendorInputOptions: ParsableArguments {
    @Option(name: .customLong("mod"), help: ArgumentHelp("The go command's -mod flag: vendor, readonly or mod.", valueName: "mode"))
    var mod: String?

    @Option(name: .customLong("modfile"), help: ArgumentHelp("The go command's -modfile flag.", valueName: "file"))
    var modfile: String?

    @Option(help: ArgumentHelp(
        "The go toolchain to reproduce, such as go\(GoSyntax.reproducedVersion) (default: the go on PATH, else go\(GoSyntax.reproducedVersion)); "
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

    @OptionGroup var size: InputSizeOption

    func validate() throws {
        // Which versions, and which go.mod syntax each accepts, is decided in one place (GoSyntax).
        if let goVersion, let problem = GoSyntax.problem(with: goVersion) { throw ValidationError(problem) }
        if [vendorTree, listFile, graphFile].filter({ $0 == "-" }).count > 1 {
            throw ValidationError("only one of --vendor-tree, --list, --graph can read standard input")
        }
    }

    /// Whether any option that only the drift checks use is given (not for `--format go`).
    var asksForDrift: Bool { vendorTree != nil || modcache != nil || listFile != nil || graphFile != nil }

    /// The go command's flags given: `-mod=...`, `-modfile=...`.
    var goFlags: [String] {
        var flags: [String] = []
        if let mod { flags.append("-mod=\(mod)") }
        if let modfile { flags.append("-modfile=\(modfile)") }
        return flags
    }

    /// The whole check's options (`--vendor-tree` read here).
    /// - Throws: `ParseError` when the vendor tree cannot be read or is not a listing.
    func verification(
        directory: String, displayDirectory: String, environment: [String: String], goVersion: String
    ) throws(ParseError) -> VendorVerification.Options {
        var options = VendorVerification.Options(
            directory: directory, displayDirectory: displayDirectory, flags: goFlags, environment: environment, goVersion: goVersion)
        let sizeLimit = size.bytes
        options.sizeLimit = sizeLimit
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
            let text = vendorTree == "-"
                ? try InputText.readStandardInput(sizeLimit: sizeLimit)
                : try InputText.read(path: vendorTree, sizeLimit: sizeLimit)
            options.vendorTree = try VendorTree.parseListing(text)
        }
        return options
    }

    /// What the run reads: the directory and the folders above it (where go.mod, go.work and
    /// vendor/ are looked for), the files given, and the module cache.
    func protectedInputs(directory: String, moduleCache: String?) -> ProtectedInputs {
        var inputs = ProtectedInputs()
        inputs.module(directory)
        for file in [vendorTree, listFile, graphFile] { inputs.file(file) }
        if let modfile { inputs.file(modfile.hasPrefix("/") ? modfile : directory + "/" + modfile) }
        inputs.tree(moduleCache)
        return inputs
    }
}
