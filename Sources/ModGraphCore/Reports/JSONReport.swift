import Foundation

/// `report.json`: the machine-readable report, schema version 1.
///
/// Later versions add fields but never rename these. Keys are written sorted, so the
/// same analysis always gives the same bytes.
public enum JSONReport {
    public static let schemaVersion = 1

    struct Document: Encodable {
        var schemaVersion: Int
        var mainModules: [String]
        var stats: GraphStats
        var buildList: [Module]
        var vendor: Vendor
        var findings: [FindingRecord]
        var baseline: BaselineRecord?
        var workspace: Workspace?
    }

    /// The workspace (go.work in effect): present only in one.
    struct Workspace: Encodable {
        var goWork: String
        var modules: [WorkspaceModule]
        var wiring: [String]
    }

    struct WorkspaceModule: Encodable {
        var path: String
        var goMod: String
        var direct: Int
        var indirect: Int
    }

    /// How the findings stand against `analyze --baseline`: present only with one.
    struct BaselineRecord: Encodable {
        var file: String
        var new: Int
        var known: Int
        var gone: [Baseline.Entry]
    }

    struct Module: Encodable {
        var path: String
        var version: String
        /// In a workspace: the workspace modules whose go.mod requires it.
        var requiredBy: [String]?
        var replace: Replace?
    }

    struct Replace: Encodable {
        var path: String
        var version: String?
    }

    /// vendor-check's verdict for the folder: the same words, the go command's stderr.
    struct Vendor: Encodable {
        var present: Bool
        var consistent: Bool?
        var verdict: String?
        var goStderr: String?
        var workspace: Bool

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(present, forKey: .present)
            try c.encode(consistent, forKey: .consistent)  // null, not omitted, when unknown
            try c.encode(verdict, forKey: .verdict)
            try c.encode(goStderr, forKey: .goStderr)
            try c.encode(workspace, forKey: .workspace)
        }

        enum CodingKeys: String, CodingKey { case present, consistent, verdict, goStderr, workspace }
    }

    struct FindingRecord: Encodable {
        var id: String
        var severity: Severity
        var module: String
        var message: String
        var file: String?
        var line: Int?
        var hint: String?
        /// "new" or "known" under a baseline.
        var baseline: String?
    }

    /// Renders the report as pretty-printed JSON with a final newline. With a baseline
    /// comparison (of `analysis.findings`, read from `file`), each finding says whether it is
    /// new or known, and `baseline` counts them and lists the entries that have gone.
    public static func render(_ analysis: Analysis, baseline: (file: String, comparison: Baseline.Comparison)? = nil) -> Data {
        let isNew = baseline.map(\.comparison.isNew)
        let doc = Document(
            schemaVersion: schemaVersion,
            mainModules: analysis.mainModules,
            stats: analysis.stats,
            buildList: analysis.buildList.modules.map { m in
                Module(
                    path: m.path, version: m.version, requiredBy: analysis.workspace.map { $0.requiredBy[m.path] ?? [] },
                    replace: m.replacement.map {
                        Replace(path: $0.path, version: $0.isLocalDirectory ? nil : $0.version)
                    })
            },
            vendor: Vendor(
                present: analysis.vendor.present, consistent: analysis.vendor.consistent, verdict: analysis.vendor.verdict,
                goStderr: analysis.vendor.verdict == nil ? nil : analysis.vendor.goStderr, workspace: analysis.vendor.workspace),
            findings: analysis.findings.enumerated().map { i, f in
                FindingRecord(
                    id: f.id, severity: f.severity, module: f.module, message: f.message,
                    file: f.location?.file, line: f.location?.line, hint: f.hint,
                    baseline: isNew.map { i < $0.count && $0[i] ? "new" : "known" })
            },
            baseline: baseline.map {
                BaselineRecord(
                    file: $0.file, new: $0.comparison.new.count, known: $0.comparison.known.count,
                    gone: $0.comparison.gone)
            },
            workspace: analysis.workspace.map { w in
                Workspace(
                    goWork: w.goWork,
                    modules: w.modules.map { WorkspaceModule(path: $0.path, goMod: $0.goMod, direct: $0.direct, indirect: $0.indirect) },
                    wiring: w.wiring)
            }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain values cannot fail; a failure here is a programming error.
        var data = (try? encoder.encode(doc)) ?? Data("{}".utf8)
        data.append(0x0A)
        return data
    }
}
