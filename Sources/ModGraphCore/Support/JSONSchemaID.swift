/// The `$schema` each JSON output of modgraph carries: the `$id` of its JSON Schema in
/// `docs/schemas/` (`report.json` → `docs/schemas/report.schema.json`, and so on).
///
/// The ids are URNs, `urn:modgraph:schema:NAME:VERSION`, not addresses: nothing is fetched
/// from them. VERSION is the document's `schemaVersion`. `JSONSchemaTests` checks every
/// schema file's `$id` against these.
enum JSONSchemaID {
    /// `analyze`'s report.json.
    static let report = "urn:modgraph:schema:report:1"
    /// `diff`'s diff.json.
    static let diff = "urn:modgraph:schema:diff:1"
    /// `vendor-check --format json`.
    static let vendorCheck = "urn:modgraph:schema:vendor-check:1"
    /// The file `baseline` writes and `analyze --baseline` reads.
    static let baseline = "urn:modgraph:schema:baseline:1"
    /// The file `analyze --policy` reads.
    static let policy = "urn:modgraph:schema:policy:1"

    /// Each schema's file under `docs/schemas/`, by id.
    static let files: [String: String] = [
        report: "report.schema.json", diff: "diff.schema.json", vendorCheck: "vendor-check.schema.json",
        baseline: "baseline.schema.json", policy: "policy.schema.json",
    ]
}
