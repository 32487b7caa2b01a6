/// Everything `analyze` learns about one module: the graph, the build list, stats, findings.
public struct Analysis: Sendable {
    /// A short name for the analyzed module (used for the output folder).
    public var name: String
    var mainModules: [String]
    /// Every version `go mod graph` named; nil when no graph was available.
    var graph: ModuleGraph?
    public var buildList: BuildList
    var selected: SelectedGraph
    var stats: GraphStats
    var vendor: VendorStatus
    /// Sorted most severe first.
    public var findings: [Finding]
    var inputs: [InputUse]
    /// The workspace, when go.work is in effect; nil for a single module.
    var workspace: WorkspaceSummary?
    /// The main modules' go.mod files as read (with line numbers), for reports that point at
    /// the line bringing a module in (SARIF).
    var goModFiles: [GoModFile] = []
    /// go.work, when in effect.
    var goWork: GoWorkFile?

    init(
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
    var worstSeverity: Severity? { findings.map(\.severity).max() }

    /// Findings about one module path.
    func findings(for path: String) -> [Finding] { findings.filter { $0.module == path } }
}
