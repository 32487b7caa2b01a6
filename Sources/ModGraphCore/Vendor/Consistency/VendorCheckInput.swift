/// What the vendor consistency check looks at: one go command run and the files it would read.
///
/// The run is where, with which flags and environment, and which go version. The check finds
/// go.mod and go.work itself, as the go command does (walking up from the working directory,
/// following `GOWORK` and `-modfile`), so the snapshot only has to hold the files;
/// `VendorCheckFiles.read(workingDirectory:flags:environment:sizeLimit:)` takes one from disk.
struct VendorCheckInput: Sendable {
    /// The absolute directory the go command runs in.
    var workingDirectory: String
    /// The command's flags, such as `["-mod=vendor"]`; only `-mod` and `-modfile` matter.
    var flags: [String]
    /// Environment variables; unset ones are absent.
    ///
    /// Read: `GOFLAGS`, `GOWORK`, `GO111MODULE`, `GOTOOLCHAIN` (absent means `auto`, as go.env
    /// sets it), `GOPROXY` (absent means the public proxy) and `GOROOT`.
    var environment: [String: String]
    /// The running go version (`gover.Local()`).
    var goVersion: String
    /// The files: go.mod files, go.work, vendor directories and vendor/modules.txt.
    var files: VendorCheckFiles

    init(
        workingDirectory: String, flags: [String] = [], environment: [String: String] = [:],
        goVersion: String = GoSyntax.reproducedVersion, files: VendorCheckFiles
    ) {
        self.workingDirectory = GoFilePath.clean(workingDirectory)
        self.flags = flags
        self.environment = environment
        self.goVersion = goVersion
        self.files = files
    }
}
