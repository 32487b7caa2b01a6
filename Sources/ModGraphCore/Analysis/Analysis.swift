/// Whether the module has a vendor directory and whether the go command would accept it.
public struct VendorStatus: Hashable, Sendable {
    public var present: Bool
    /// The verdict of the go command's own consistency check; nil without a vendor directory
    /// (or when the check could not run).
    public var consistent: Bool?

    /// The verdict in words, as `vendor-check` says it (`consistent`, `inconsistent`,
    /// `not checked: REASON`, `no vendor directory`); nil without go.mod or go.work.
    public var verdict: String?
    /// What the go command (`go list -m`) would print on stderr in the folder.
    public var goStderr = ""
    /// Whether vendor/ is a workspace's (`go work vendor`, beside go.work).
    public var workspace = false

    public init(present: Bool, consistent: Bool?) {
        self.present = present
        self.consistent = consistent
    }
}

/// One input an analysis read, and where it came from.
public struct InputUse: Hashable, Sendable {
    public enum Origin: String, Sendable {
        case file
        case stdin
        /// Produced by running the go command (read-only) because no capture was given.
        case goCommand
        case missing
    }

    /// What the input is: `go.mod`, `go mod graph`, `go list -m -json all`, ...
    public var role: String
    /// The file name as reported to the user, or the command that produced it.
    public var name: String
    public var origin: Origin

    public init(role: String, name: String, origin: Origin) {
        self.role = role
        self.name = name
        self.origin = origin
    }
}

/// A workspace as loaded: go.work, each module with its go.mod, and the wiring between them.
public struct WorkspaceSummary: Sendable, Hashable {
    /// One `use`d module and what its go.mod requires.
    public struct Module: Sendable, Hashable {
        public var path: String
        /// Its go.mod, named under the analyzed folder.
        public var goMod: String
        /// Requirements without `// indirect`, and with it (other workspace modules left out).
        public var direct: Int
        public var indirect: Int
    }

    /// go.work, named under the analyzed folder.
    public var goWork: String
    public var modules: [Module]
    /// Replace directives pointing at a workspace module's directory, as `FILE:LINE: replace OLD => NEW`.
    public var wiring: [String]
    /// For each dependency a workspace module's go.mod requires, which modules require it.
    public var requiredBy: [String: [String]]
}

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
