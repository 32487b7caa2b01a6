import ArgumentParser
import ModGraphCore

/// `--go-version` for the commands that load a module (analyze, why, diff, baseline): the go
/// version whose go.mod syntax is accepted, decided in one place (`GoSyntax`).
struct GoSyntaxOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The go version whose go.mod syntax is accepted: go1.23.x (default go\(GoSyntax.reproducedVersion)), "
            + "go1.24.x (adds tool) or go1.25.x (adds ignore). Loading is go 1.23's either way.",
        valueName: "version"))
    var goVersion: String?

    func validate() throws {
        if let goVersion, let problem = GoSyntax.problem(with: goVersion) { throw ValidationError(problem) }
    }

    /// The version the loader uses.
    var resolved: String { goVersion.flatMap(GoSyntax.parseVersion) ?? GoSyntax.reproducedVersion }
}
