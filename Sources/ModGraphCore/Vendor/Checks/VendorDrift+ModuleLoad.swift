import Foundation

extension VendorDrift {
    /// Drift the go command's check does not see (`VendorDrift`): package directories missing
    /// or left behind under the folder's vendor/, vendored versions the build list does not
    /// select, vendored modules without go.sum lines.
    ///
    /// Only real drift is reported here: a capture folder (vendor/ holding only modules.txt),
    /// a modules.txt given with `--vendor`, or a build list from go.mod alone skip the checks
    /// they cannot do without a note, and modules `gosum-missing` already names are left out.
    @Sendable static func run(_ context: ModuleLoad) -> [Finding] {
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
}
