/// Everything `analyze` learns about one module: the graph, the build list, stats, findings.
public struct Analysis: Sendable {
    /// A short name for the analyzed module (used for the output folder).
    public var name: String
    public var mainModules: [String]
    /// Every version `go mod graph` named; nil when no graph was available.
    public var graph: ModuleGraph?
    public var buildList: BuildList
    public var selected: SelectedGraph
    public var stats: GraphStats
    public var vendor: VendorStatus
    /// Sorted most severe first.
    public var findings: [Finding]
    public var inputs: [InputUse]
    /// The workspace, when go.work is in effect; nil for a single module.
    public var workspace: WorkspaceSummary?
    /// The main modules' go.mod files as read (with line numbers), for reports that point at
    /// the line bringing a module in (SARIF).
    public var goModFiles: [GoModFile] = []
    /// go.work, when in effect.
    public var goWork: GoWorkFile?

    public init(
        name: String, mainModules: [String], graph: ModuleGraph?, buildList: BuildList,
        selected: SelectedGraph, stats: GraphStats, vendor: VendorStatus, findings: [Finding],
        inputs: [InputUse]
    ) {
        self.name = name
        self.mainModules = mainModules
        self.graph = graph
        self.buildList = buildList
        self.selected = selected
        self.stats = stats
        self.vendor = vendor
        self.findings = findings.sorted()
        self.inputs = inputs
    }

    /// The worst severity among the findings, if any.
    public var worstSeverity: Severity? { findings.map(\.severity).max() }

    /// Findings about one module path.
    public func findings(for path: String) -> [Finding] { findings.filter { $0.module == path } }
}
