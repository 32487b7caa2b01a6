/// Every finding `analyze` can report: its id, severity and meaning. The README's findings table
/// is this catalogue (`FindingCatalogueTests` compares them row by row), and SARIF rules take
/// their descriptions and help from it.
public enum FindingCatalogue {
    /// One kind of finding.
    public struct Rule: Hashable, Sendable {
        var id: String
        /// As the README writes it: `warning`, or `warning / note` when it depends.
        var severity: String
        /// One or two sentences of Markdown, as in the README's table.
        var meaning: String

        /// The meaning without Markdown code spans, for plain-text fields.
        var plainMeaning: String { meaning.replacingOccurrences(of: "`", with: "") }

        /// The README table row.
        var markdownRow: String { "| `\(id)` | \(severity) | \(meaning) |" }
    }

    static let analyze: [Rule] = [
        Rule(
            id: "module-error", severity: "warning",
            meaning: "list.json carries an `Error` for the module (typically a capture taken offline with `-e`)"),
        Rule(
            id: "go-offline", severity: "note",
            meaning: "go ran for a missing capture but could not reach modules (GOPROXY=off, no network): said once with go's first error, never as a finding per module; the build list then comes from go.mod and go.work"),
        Rule(
            id: "input-missing", severity: "note",
            meaning: "graph.txt or list.json was not available; says what was used instead"),
        Rule(
            id: "stale-input", severity: "warning",
            meaning: "minimal version selection over graph.txt does not give list.json's build list: the captures come from different commits or were edited (one finding per module)"),
        Rule(
            id: "version-skew", severity: "warning / note",
            meaning: "selected modules (or the main module) require an older version than the one selected; one finding per module, requirers listed worst jump first (a major difference, then a v0 minor bump, minor, patch, prerelease; oldest first). A warning when a requirer is a major or v0-minor jump behind"),
        Rule(
            id: "multiple-major", severity: "warning",
            meaning: "two or more majors of one module in the build list (`M` and `M/v2`, `gopkg.in/x.v2` and `x.v3`); one finding per family, with each major's requirers"),
        Rule(
            id: "incompatible", severity: "note",
            meaning: "a selected `+incompatible` version (v2+ without a `/vN` go.mod), judged at its replacement when replaced"),
        Rule(
            id: "pseudo-version", severity: "note",
            meaning: "a selected untagged commit (a pseudo-version), with its commit, time and base tag; directory replacements are not reported"),
        Rule(
            id: "replaced", severity: "note",
            meaning: "a replace directive in effect: a local directory, a fork (another path) or a version pin (same path, another version; a wildcard pin to the selected version still rewrites every other version)"),
        Rule(
            id: "unused-replace", severity: "warning",
            meaning: "a replace directive that changes nothing in the build list: its module is not selected, or not at that version, or it replaces a version with itself"),
        Rule(
            id: "go-version", severity: "warning",
            meaning: "a selected dependency's `go` line (list.json `GoVersion`, else the graph's `dep go@V` edge) is newer than the main module's go line; the message says whether the toolchain line covers it"),
        Rule(
            id: "deprecated", severity: "warning",
            meaning: "list.json carries `Deprecated` for the module (captured with `go list -m -u -json all`)"),
        Rule(
            id: "retracted", severity: "warning",
            meaning: "list.json carries `Retracted` for the selected version (`-u` or `-retracted`); the hint names the update"),
        Rule(
            id: "gosum-missing", severity: "error",
            meaning: "a selected module has no go.sum line (at its replacement when replaced). With a pruned graph (main go ≥ 1.17) only modules go.mod requires are checked — the others' go.mod files are never read, and go.sum legitimately lacks them"),
        Rule(
            id: "cycle", severity: "note",
            meaning: "a module-level cycle in the selected graph, once per strongly connected component, with a shortest loop through its lowest module"),
        Rule(
            id: "denied", severity: "error",
            meaning: "(with `--policy`) a module the policy denies is in the build list; the message gives the reason and a shortest path to it"),
        Rule(
            id: "replace-not-allowed", severity: "error",
            meaning: "(with `--policy` and `allowReplace`) a replacement in effect whose target the policy does not list"),
    ]

    /// The README's findings table: header and one row per rule.
    static var markdownTable: String {
        (["| id | severity | meaning |", "|---|---|---|"] + analyze.map(\.markdownRow)).joined(separator: "\n") + "\n"
    }

    /// Rules by id, `analyze`'s and `vendor-check`'s.
    public static let byID: [String: Rule] = {
        var out: [String: Rule] = [:]
        for (id, text) in VendorCheckRules.descriptions { out[id] = Rule(id: id, severity: "", meaning: text) }
        for r in analyze { out[r.id] = r }
        return out
    }()
}
