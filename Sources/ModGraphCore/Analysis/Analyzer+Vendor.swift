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

    /// Drift the go command's check does not see (`VendorDrift`): package directories missing
    /// or left behind under the folder's vendor/, vendored versions the build list does not
    /// select, vendored modules without go.sum lines.
    ///
    /// Only real drift is reported here: a capture folder (vendor/ holding only modules.txt),
    /// a modules.txt given with `--vendor`, or a build list from go.mod alone skip the checks
    /// they cannot do without a note, and modules `gosum-missing` already names are left out.
    @Sendable static func vendorDriftFindings(_ context: AnalysisContext) -> [Finding] {
        let inputs = context.inputs
        guard inputs.vendorDirectory, let manifest = context.vendorManifest else { return [] }
        let vendor = InputSet.join(inputs.root, "vendor")
        var tree: VendorTree?
        if inputs.origins[.modulesTxt] == .file, manifest.file == InputSet.join(vendor, "modules.txt"),
            let read = try? VendorTree.read(directory: vendor), !read.isManifestOnly
        {
            tree = read
        }
        let input = VendorDrift.Input(
            manifest: manifest, tree: tree, vendorName: vendor, buildList: context.buildList, goSum: context.goSum,
            goSumName: InputSet.join(inputs.root, "go.sum"), mainModules: Set(context.mainModules))
        let noSum = Set(GoSumCheck.run(context).map(\.module))
        let versions = context.buildList.source == .goMod ? [] : VendorDrift.buildListFindings(input)
        return VendorDrift.treeFindings(input) + versions
            + VendorDrift.goSumFindings(input).filter { !noSum.contains($0.module) }
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
