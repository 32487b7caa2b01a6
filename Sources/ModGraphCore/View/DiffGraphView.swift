/// The picture of a diff: every changed module with one requirement path from the main
/// module to it; the unchanged rest is folded into a count. Written out by `DiffDOTWriter`.
struct DiffGraphView: Hashable, Sendable {
    /// How a drawn module changed.
    enum Change: String, Hashable, Sendable, CaseIterable {
        case main
        case added
        case removed
        case upgraded
        case downgraded
        /// Same version, but a replace directive for it changed.
        case replaced
        /// Unchanged: drawn because it is on the path to a changed module.
        case unchanged
    }

    /// One module to draw.
    struct Node: Hashable, Sendable {
        /// The module at its head version (its base version when removed).
        var id: ModuleID
        var change: Change
        /// Label lines: the path first.
        var label: [String]
        /// Hover text, one entry per line.
        var tooltip: [String]
        /// The worst of the head's new findings about the module, if any.
        var newFinding: Severity?
    }

    var title: String
    var nodes: [Node]
    /// Requirements on the drawn paths: `.highlighted` in the head, `.weak` in the base only
    /// (the path that used to reach a removed module).
    var edges: [GraphView.Edge]
    /// Selected modules of the head left out of the picture (unchanged, on no drawn path).
    var foldedModules: Int
}
