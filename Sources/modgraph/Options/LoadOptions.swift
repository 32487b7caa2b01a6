import ArgumentParser
import Foundation
import ModGraphCore
import ModGraphToolchain

/// How a command that loads a module reads it: `--go-version`, `--no-go`, `--max-input-size`
/// (analyze, why, baseline and diff).
struct LoadOptions<Wording: OptionWording>: ParsableArguments {
    @OptionGroup var goSyntax: GoSyntaxOption

    @Flag(name: .customLong("no-go"), help: ArgumentHelp(Wording.noGo))
    var noGo = false

    @OptionGroup var size: InputSizeOption

    /// The largest input read, in bytes.
    var sizeLimit: Int { size.bytes }

    /// Reads the module at `root`: its files (with `overrides` in their place), the go command's
    /// settings from this environment, and (unless --no-go) go's captures where they are missing.
    func read(root: String, overrides: [InputSet.Kind: String] = [:]) throws(ParseError) -> InputSet {
        var inputs = try readFiles(root: root, overrides: overrides)
        capture(&inputs, root: root)
        return inputs
    }

    /// `read` without running go (for callers that time the two apart).
    func readFiles(root: String, overrides: [InputSet.Kind: String] = [:]) throws(ParseError) -> InputSet {
        var inputs = try InputSet.load(root: root, overrides: overrides, sizeLimit: sizeLimit)
        inputs.environment = EnvironmentGather.effectiveEnvironment(ProcessInfo.processInfo.environment)
        inputs.goVersion = goSyntax.resolved
        return inputs
    }

    /// Runs go (read-only) for the captures `inputs` lacks, unless --no-go.
    func capture(_ inputs: inout InputSet, root: String) {
        if !noGo { LiveCapture.fill(&inputs, root: root) }
    }
}
