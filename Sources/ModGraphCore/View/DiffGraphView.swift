/// The picture of a diff: every changed module with one requirement path from the main
/// module to it; the unchanged rest is folded into a count. Written out by `DiffDOTWriter`.
public struct DiffGraphView: Hashable, Sendable {
    /// How a drawn module changed.
    public enum Change: String, Hashable, Sendable, CaseIterable {
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
    public struct Node: Hashable, Sendable {
        /// The module at its head version (its base version when removed).
        public var id: ModuleID
        public var change: Change
        /// Label lines: the path first.
        public var label: [String]
        /// Hover text, one entry per line.
        public var tooltip: [String]
        /// The worst of the head's new findings about the module, if any.
        public var newFinding: Severity?
    }

    public var title: String
    public var nodes: [Node]
    /// Requirements on the drawn paths: `.highlighted` in the head, `.weak` in the base only
    /// (the path that used to reach a removed module).
    public var edges: [GraphView.Edge]
    /// Selected modules of the head left out of the picture (unchanged, on no drawn path).
    public var foldedModules: Int
}
