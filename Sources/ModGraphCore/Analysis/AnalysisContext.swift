/// Everything a check may look at: the parsed inputs and what was derived from them.
///
/// Built once by `Analyzer`; checks read it and return findings.
public struct AnalysisContext: Sendable {
    public var inputs: InputSet
    public var goMod: GoModFile?
    public var goSum: GoSumFile?
    /// The go.work in effect (the folder's, one above it, or `GOWORK`'s); nil outside a workspace.
    public var goWork: GoWorkFile?
    /// go.work.sum beside the go.work in effect: its lines count for go.sum coverage.
    public var goWorkSum: GoSumFile?
    public var vendorManifest: VendorManifest?
    public var graphText: ModGraphText?
    public var list: ModuleList?
    /// Every version `go mod graph` named.
    public var graph: ModuleGraph?
    public var mainModules: [String]
    /// What the go command's loader does in the folder (reproduced offline, as `vendor-check`
    /// runs it): the go.work in effect, the main modules with their directories and go.mod
    /// files, whether vendor mode applies and why, and the vendor consistency check.
    /// Nil for a folder without go.mod or go.work (captures only).
    public var load: VendorCheckResult?
    /// Every main module's go.mod (go.work's `use` list in a workspace, else go.mod), in order,
    /// named as the user named the folder.
    public var mainGoMods: [GoModFile]
    public var buildList: BuildList
    public var selected: SelectedGraph
}

/// A check: reads the context, returns findings (never throws, never prints).
public typealias Check = @Sendable (AnalysisContext) -> [Finding]
