import Foundation

extension Analyzer {
    /// Runs the go command's own vendor consistency check, as `go list -mod=vendor -m` would
    /// in the analyzed folder; nil when there is no vendor directory or no go.mod.
    ///
    /// The user's GOFLAGS and GOWORK do not apply: the verdict is about the folder's files.
    /// A modules.txt given with `--vendor` takes the place of the folder's own.
    static func vendorCheck(_ context: AnalysisContext) -> VendorCheckResult? {
        let inputs = context.inputs
        guard inputs.vendorDirectory, context.goMod != nil else { return nil }
        let root = URL(fileURLWithPath: inputs.root).standardizedFileURL.path
        let flags = ["-mod=vendor"]
        let environment = ["GOWORK": "off"]
        var files = VendorCheckFiles.read(workingDirectory: root, flags: flags, environment: environment, sizeLimit: inputs.sizeLimit)
        if inputs.origins[.modulesTxt] != .file || inputs[.modulesTxt]?.file != InputSet.join(inputs.root, InputSet.Kind.modulesTxt.rawValue),
           let manifest = inputs[.modulesTxt] {
            files[root + "/vendor"] = .directory
            files[root + "/vendor/modules.txt"] = .file(manifest.bytes)
        }
        return VendorConsistency.check(VendorCheckInput(
            workingDirectory: root, flags: flags, environment: environment, goVersion: "1.23.5", files: files))
    }

    /// The vendor section of the report and the check's findings, with file names as the
    /// user named the folder.
    static func vendorVerdict(_ result: VendorCheckResult?, inputs: InputSet) -> (VendorStatus, [Finding]) {
        guard let result else { return (VendorStatus(present: inputs.vendorDirectory, consistent: nil), []) }
        let ran = result.checked || !result.messages.isEmpty
        let findings = VendorConsistency.findings(result).map { f -> Finding in
            var f = f
            if let file = f.location?.file, !file.hasPrefix("/") {
                f.location?.file = InputSet.join(inputs.root, file)
            }
            return f
        }
        return (VendorStatus(present: true, consistent: ran ? result.consistent : nil), findings)
    }
}
