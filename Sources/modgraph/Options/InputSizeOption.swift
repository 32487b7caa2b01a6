import ArgumentParser
import ModGraphCore

/// `--max-input-size`: the largest input file read (analyze, why, baseline, diff, vendor-check).
struct InputSizeOption: ParsableArguments {
    @Option(help: ArgumentHelp("Largest input file read, in MiB.", valueName: "MiB"))
    var maxInputSize: Int = InputText.defaultSizeLimit >> 20

    func validate() throws {
        if maxInputSize <= 0 { throw ValidationError("--max-input-size must be a positive number of MiB") }
    }

    /// The largest input read, in bytes.
    var bytes: Int { maxInputSize << 20 }
}
