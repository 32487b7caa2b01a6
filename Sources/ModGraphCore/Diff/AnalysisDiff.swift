/// What changed from a base analysis to a head analysis of a module: selected modules
/// added, removed, upgraded and downgraded, replace directives, findings and stats.
///
/// Every list is sorted (modules by path), so reports written from it are deterministic.
public struct AnalysisDiff: Sendable {
    var base: DiffSide
    var head: DiffSide
    /// Modules selected in the head but not in the base.
    var added: [Added]
    /// Modules selected in the base but not in the head, at their base version.
    var removed: [ModuleID]
    /// Modules selected in both, at a higher version in the head.
    var upgraded: [VersionChange]
    /// Modules selected in both, at a lower version in the head.
    var downgraded: [VersionChange]
    /// Replace directives added, removed or pointed elsewhere.
    var replaceChanges: [ReplaceChange]
    /// Findings of the head that the base did not have, most severe first.
    var newFindings: [Finding]
    /// Findings of the base that the head no longer has, most severe first.
    var goneFindings: [Finding]
    /// Main modules of the head that the base did not have (a workspace gained a `use`d
    /// module, or a module became a workspace), sorted by path; empty unless the two sides
    /// share a main module.
    var mainModulesAdded: [MainModuleChange] = []
    /// Main modules of the base that the head no longer has, sorted by path; empty unless the
    /// two sides share a main module.
    var mainModulesRemoved: [MainModuleChange] = []

    /// A module that is a main module on one side only.
    struct MainModuleChange: Hashable, Sendable {
        var path: String
        /// The version the other side selects it at as a dependency (for an added main module,
        /// the base's; for a removed one, the head's); nil when the other side does not select it.
        var asDependency: String?
    }

    /// A module the head selects and the base does not.
    struct Added: Hashable, Sendable {
        var module: SelectedModule
        /// The requirement chain that pulls the module in, from a main module to the module
        /// that requires it directly; empty when the head has no graph (no `go mod graph`)
        /// or the selected graph does not reach the module.
        var pulledInBy: [ModuleID]

        var path: String { module.path }
        var version: String { module.version }
    }

    /// A module selected on both sides at different versions.
    struct VersionChange: Hashable, Sendable {
        var path: String
        var from: String
        var to: String
    }

    /// A replace directive that differs: added (`from` nil), removed (`to` nil) or changed.
    struct ReplaceChange: Hashable, Sendable {
        /// The file, old path and old version that identify the directive.
        var key: ReplaceDirective.Key
        var from: ReplaceDirective?
        var to: ReplaceDirective?
    }

    /// The head's stats minus the base's, field by field.
    var statsDelta: StatsDelta { StatsDelta(base: base.analysis.stats, head: head.analysis.stats) }

    /// Whether the two sides analyze unrelated main modules (probably not two revisions of one
    /// module): they differ and share none. A change in the set of main modules of one project
    /// is `mainModulesAdded` / `mainModulesRemoved` instead.
    var mainModulesDiffer: Bool {
        base.analysis.mainModules != head.analysis.mainModules && !sharesMainModule
    }

    /// Whether some main module is a main module on both sides (one module or workspace, whose
    /// set of main modules may have changed).
    var sharesMainModule: Bool {
        !Set(base.analysis.mainModules).isDisjoint(with: head.analysis.mainModules)
    }

    /// Whether the set of main modules changed.
    var hasMainModuleChanges: Bool { !(mainModulesAdded.isEmpty && mainModulesRemoved.isEmpty) }

    /// Whether anything at all changed in the selected modules or the replace directives.
    var hasModuleChanges: Bool {
        hasMainModuleChanges || !(added.isEmpty && removed.isEmpty && upgraded.isEmpty && downgraded.isEmpty && replaceChanges.isEmpty)
    }

    /// The worst severity among the new findings, if any.
    public var worstNewSeverity: Severity? { newFindings.map(\.severity).max() }
}

/// The difference of two `GraphStats`: head minus base; nil (`null` in diff.json) where a
/// side does not know the figure (no graph.txt).
struct StatsDelta: Hashable, Sendable, Encodable {
    @UnknownAsNull var graphNodes: Int? = nil
    @UnknownAsNull var graphEdges: Int? = nil
    var selectedModules: Int
    var direct: Int
    var indirect: Int
    @UnknownAsNull var maxDepth: Int? = nil

    init(base: GraphStats, head: GraphStats) {
        func minus(_ h: Int?, _ b: Int?) -> Int? { h.flatMap { h in b.map { h - $0 } } }
        graphNodes = minus(head.graphNodes, base.graphNodes)
        graphEdges = minus(head.graphEdges, base.graphEdges)
        selectedModules = head.selectedModules - base.selectedModules
        direct = head.direct - base.direct
        indirect = head.indirect - base.indirect
        maxDepth = minus(head.maxDepth, base.maxDepth)
    }
}
