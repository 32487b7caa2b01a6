/// Whether the module has a vendor directory and whether the go command would accept it.
struct VendorStatus: Hashable, Sendable {
    var present: Bool
    /// The verdict of the go command's own consistency check; nil without a vendor directory
    /// (or when the check could not run).
    var consistent: Bool?

    /// The verdict in words, as `vendor-check` says it (`consistent`, `inconsistent`,
    /// `not checked: REASON`, `no vendor directory`); nil without go.mod or go.work.
    var verdict: String?
    /// What the go command (`go list -m`) would print on stderr in the folder.
    var goStderr = ""
    /// Whether vendor/ is a workspace's (`go work vendor`, beside go.work).
    var workspace = false
}

extension VendorStatus {
    /// The vendor section of the report and the consistency check's findings: exactly what
    /// `vendor-check` says for the folder (same verdict, same messages), files named under the
    /// folder as the user named it.
    static func verdict(_ context: ModuleLoad) -> (VendorStatus, [Finding]) {
        let inputs = context.inputs
        guard let load = context.loader else {
            return (VendorStatus(present: inputs.vendorDirectory, consistent: nil), [])
        }
        let vendorDirectory = load.vendorRoot.map { GoFilePath.join($0, "vendor") }
        let present = inputs.vendorDirectory || vendorDirectory.map(FileTree.isDirectory) ?? false
        let root = inputs.absoluteDirectory
        let display = { (path: String) in inputs.displayName(path) }
        let named = { (text: String) in inputs.namingFolder(text) }
        var findings = VendorConsistency.findings(load, directory: root, display: display).map { f in
            var f = f
            f.message = named(f.message)
            return f
        }
        if present, let vendorDirectory {
            findings += VendorConsistency.notUsedFindings(load, vendorName: display(vendorDirectory))
        }
        var status = VendorStatus(present: present, consistent: load.verdictValue)
        status.verdict = named(load.verdict(vendorPresent: present))
        status.goStderr = named(load.stderr)
        status.workspace = load.isWorkspace
        return (status, findings)
    }
}
