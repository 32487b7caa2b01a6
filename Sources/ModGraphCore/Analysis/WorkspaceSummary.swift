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
