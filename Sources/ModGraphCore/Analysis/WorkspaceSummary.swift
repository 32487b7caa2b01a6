/// A workspace as loaded: go.work, each module with its go.mod, and the wiring between them.
struct WorkspaceSummary: Sendable, Hashable {
    /// One `use`d module and what its go.mod requires.
    struct Module: Sendable, Hashable {
        var path: String
        /// Its go.mod, named under the analyzed folder.
        var goMod: String
        /// Requirements without `// indirect`, and with it (other workspace modules left out).
        var direct: Int
        var indirect: Int
    }

    /// go.work, named under the analyzed folder.
    var goWork: String
    var modules: [Module]
    /// Replace directives pointing at a workspace module's directory, as `FILE:LINE: replace OLD => NEW`.
    var wiring: [String]
    /// For each dependency a workspace module's go.mod requires, which modules require it.
    var requiredBy: [String: [String]]
}
