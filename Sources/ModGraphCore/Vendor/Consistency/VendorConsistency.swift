/// The go command's vendor consistency check (Go 1.23), reproduced offline.
///
/// `check` follows what `go list [-mod=…] [-modfile=…] -m` does up to and including the check
/// of go.mod / go.work against vendor/modules.txt: it decides whether vendor mode applies,
/// reports go.mod and go.work problems found on the way as the go command words them, runs the
/// check (requirements, replacements, explicit and replaced markers, in the go command's order),
/// then the checks right after it. The result carries the problems as values and the exact
/// stderr, stdout and exit status of that go command run.
public enum VendorConsistency {
    /// Runs the check on one go command invocation and the files it would read.
    static func check(_ input: VendorCheckInput) -> VendorCheckResult {
        var run = VendorCheckRun(input: input)
        do {
            try run.run()
        } catch {
            // A fatal message has been recorded; the command stops there.
        }
        return run.finish()
    }

    /// Reads the files from disk and runs the check, as `go list -m` would run in `directory`.
    ///
    /// - Parameters:
    ///   - directory: the absolute working directory.
    ///   - flags: the go command's flags, such as `["-mod=vendor"]`.
    ///   - environment: `GOFLAGS`, `GOWORK`, `GO111MODULE`, `GOTOOLCHAIN`, `GOPROXY` (others are ignored).
    public static func check(
        directory: String, flags: [String] = [], environment: [String: String] = [:], goVersion: String = GoSyntax.reproducedVersion
    ) -> VendorCheckResult {
        let files = VendorCheckFiles.read(workingDirectory: directory, flags: flags, environment: environment)
        return check(VendorCheckInput(
            workingDirectory: directory, flags: flags, environment: environment, goVersion: goVersion, files: files))
    }
}
