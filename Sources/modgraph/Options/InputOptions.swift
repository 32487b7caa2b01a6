import ArgumentParser
import ModGraphCore

/// What a command reads about one module: the captures given in place of the folder's own
/// (`--graph`, `--list`, `--vendor`) and how it is loaded (`LoadOptions`). Used by analyze, why
/// and baseline.
struct InputOptions<Wording: OptionWording>: ParsableArguments {
    @Option(name: .customLong("graph"), help: ArgumentHelp("Captured `go mod graph` output ('-' for stdin).", valueName: "file"))
    var graphFile: String?

    @Option(name: .customLong("list"), help: ArgumentHelp("Captured `go list -m -json all` output ('-' for stdin).", valueName: "file"))
    var listFile: String?

    @Option(name: .customLong("vendor"), help: ArgumentHelp("A vendor/modules.txt ('-' for stdin).", valueName: "file"))
    var vendorFile: String?

    @OptionGroup var load: LoadOptions<Wording>

    func validate() throws {
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("only one of --graph, --list, --vendor can read standard input")
        }
    }

    /// The files given, in the order of the options.
    var files: [String?] { [graphFile, listFile, vendorFile] }

    /// The files that take the place of the folder's own.
    var overrides: [InputSet.Kind: String] {
        var overrides: [InputSet.Kind: String] = [:]
        overrides[.graph] = graphFile
        overrides[.list] = listFile
        overrides[.modulesTxt] = vendorFile
        return overrides
    }

    /// Reads the module at `root` with the files given (see `LoadOptions.read`).
    func read(root: String) throws(ParseError) -> InputSet {
        try load.read(root: root, overrides: overrides)
    }

    /// The module at `root` and the files given: what the run's outputs may not replace.
    func protectedInputs(root: String) -> ProtectedInputs {
        var inputs = ProtectedInputs()
        inputs.module(root)
        for file in files { inputs.file(file) }
        return inputs
    }
}
