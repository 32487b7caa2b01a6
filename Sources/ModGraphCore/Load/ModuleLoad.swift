/// A loaded module or workspace: what the go command's loader decides for one folder, and
/// every input parsed, with the graph and the build list derived from them.
///
/// Built once per folder by `ModuleLoad.load(_:)`. `analyze`, `why`, `diff` (each side),
/// `baseline` and `vendor-check` all start from it; checks read it and return findings.
///
/// - Main modules: `mainModules` (paths, in go.work's order) and `mainGoMods` (their go.mod
///   files); `modules` pairs each with its directory.
/// - The go.work in effect: `goWork`, and why (`goWorkOrigin`).
/// - Replacements in effect and where each comes from: `replacementsInEffect`.
/// - The vendor-mode decision and its reason: `vendorMode`.
/// - The build list and where it came from: `buildList` (`buildList.source`).
/// - The graph when `go mod graph` output is there: `graph`. Inputs that were missing: `missingInputs`.
public struct ModuleLoad: Sendable {
    var inputs: InputSet
    /// The folder's own go.mod, as read (nil without one).
    var goMod: GoModFile?
    /// go.sum; in a workspace without a go.sum in the folder, every module's go.sum and
    /// go.work.sum read as one file.
    var goSum: GoSumFile?
    /// The go.work in effect (the folder's, one above it, or `GOWORK`'s); nil outside a workspace.
    var goWork: GoWorkFile?
    /// go.work.sum beside the go.work in effect: its lines count for go.sum coverage.
    var goWorkSum: GoSumFile?
    var vendorManifest: VendorManifest?
    var graphText: ModGraphText?
    var list: ModuleList?
    /// Every version `go mod graph` named.
    public var graph: ModuleGraph?
    var mainModules: [String]
    /// What the go command's loader does in the folder (reproduced offline, as `vendor-check`
    /// runs it): the go.work in effect, the main modules with their directories and go.mod
    /// files, whether vendor mode applies and why, and the vendor consistency check.
    /// Nil for a folder without go.mod or go.work (captures only).
    var loader: VendorCheckResult?
    /// Every main module's go.mod (go.work's `use` list in a workspace, else go.mod), in order,
    /// named as the user named the folder.
    var mainGoMods: [GoModFile]
    public var buildList: BuildList
    var selected: SelectedGraph
    /// When the go command ran here (live mode) but could not reach modules: go's first lookup
    /// failure (`path@version: error`). Its `go list` output is then not used: the build list
    /// comes from go.mod (and go.work), and the failures are said once, not per module.
    var offline: String? = nil
}
