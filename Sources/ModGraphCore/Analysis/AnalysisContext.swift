/// Everything a check may look at: the parsed inputs and what was derived from them.
///
/// Built once by `Analyzer`; checks read it and return findings.
public struct AnalysisContext: Sendable {
    public var inputs: InputSet
    public var goMod: GoModFile?
    public var goSum: GoSumFile?
    public var goWork: GoWorkFile?
    public var vendorManifest: VendorManifest?
    public var graphText: ModGraphText?
    public var list: ModuleList?
    /// Every version `go mod graph` named.
    public var graph: ModuleGraph?
    public var mainModules: [String]
    public var buildList: BuildList
    public var selected: SelectedGraph
}

/// A check: reads the context, returns findings (never throws, never prints).
public typealias Check = @Sendable (AnalysisContext) -> [Finding]
