import Foundation

extension Analyzer {
    /// Drift the go command's check does not see (`VendorDrift`): package directories missing
    /// or left behind under the folder's vendor/, vendored versions the build list does not
    /// select, vendored modules without go.sum lines.
    ///
    /// Only real drift is reported here: a capture folder (vendor/ holding only modules.txt),
    /// a modules.txt given with `--vendor`, or a build list from go.mod alone skip the checks
    /// they cannot do without a note, and modules `gosum-missing` already names are left out.
    @Sendable static func vendorDriftFindings(_ context: ModuleLoad) -> [Finding] {
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
            goSumName: context.goSum?.file ?? InputSet.join(inputs.root, "go.sum"), mainModules: Set(context.mainModules))
        let noSum = Set(GoSumCheck.run(context).map(\.module))
        let versions = context.buildList.source == .goMod ? [] : VendorDrift.buildListFindings(input)
        return VendorDrift.treeFindings(input) + versions
            + VendorDrift.goSumFindings(input).filter { !noSum.contains($0.module) }
    }

    /// The vendor section of the report and the consistency check's findings: exactly what
    /// `vendor-check` says for the folder (same verdict, same messages), files named under the
    /// folder as the user named it.
    static func vendorVerdict(_ context: ModuleLoad) -> (VendorStatus, [Finding]) {
        let inputs = context.inputs
        guard let load = context.loader else {
            return (VendorStatus(present: inputs.vendorDirectory, consistent: nil), [])
        }
        let vendorDirectory = load.vendorRoot.map { GoFilePath.join($0, "vendor") }
        let present = inputs.vendorDirectory || vendorDirectory.map(FileTree.isDirectory) ?? false
        let root = inputs.absoluteDirectory
        let display = { (path: String) in inputs.displayName(path) }
        let named = { (text: String) in inputs.namingFolder(text) }
        var findings = VendorVerification.consistencyFindings(load, directory: root, display: display).map { f in
            var f = f
            f.message = named(f.message)
            return f
        }
        if present, let vendorDirectory {
            findings += VendorVerification.notUsedFindings(load, vendorName: display(vendorDirectory))
        }
        var status = VendorStatus(present: present, consistent: load.verdictValue)
        status.verdict = named(load.verdict(vendorPresent: present))
        status.goStderr = named(load.stderr)
        status.workspace = load.isWorkspace
        return (status, findings)
    }
}
