import Foundation

/// `report.json`: the machine-readable report, schema version 1.
///
/// Later versions add fields but never rename these. Keys are written sorted, so the
/// same analysis always gives the same bytes.
enum JSONReport {
    static let schemaVersion = 1

    /// The report without its two big arrays. The build list's records are `path`, `replace`
    /// (`path`, `version` unless a directory), `requiredBy` (in a workspace: the workspace
    /// modules whose go.mod requires it) and `version`; the findings' are `baseline` ("new"
    /// or "known", under a baseline), `file`, `hint`, `id`, `line`, `message`, `module` and
    /// `severity`, absent ones left out.
    struct Document: Encodable {
        /// `JSONSchemaID.report`.
        var schema = JSONSchemaID.report
        var schemaVersion: Int
        var mainModules: [String]
        var stats: GraphStats
        /// Written by `write` after the rest is encoded: a placeholder here.
        var buildList: Streamed = .buildList
        var vendor: Vendor
        var findings: Streamed = .findings
        var baseline: BaselineRecord?
        var workspace: Workspace?

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", schemaVersion, mainModules, stats, buildList, vendor, findings, baseline, workspace
        }
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

    /// The two big arrays of the report, streamed record by record instead of encoded: the
    /// encoder writes a placeholder string that `write` replaces.
    enum Streamed: String, Encodable {
        case buildList = "@@modgraph-stream-buildList@@"
        case findings = "@@modgraph-stream-findings@@"

        /// What the encoder writes for this placeholder at the document's top level. Nothing
        /// else can: every string the encoder writes has its newlines and quotes escaped.
        var marker: [UInt8] { Array("\n  \"\(self == .buildList ? "buildList" : "findings")\" : \"\(rawValue)\"".utf8) }
    }

    /// How the findings stand against `analyze --baseline`: present only with one.
    struct BaselineRecord: Encodable {
        var file: String
        var new: Int
        var known: Int
        var gone: [Baseline.Entry]
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

    /// A finding as diff.json and vendor-check's JSON write it (report.json streams the same fields).
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
    static func render(_ analysis: Analysis, baseline: (file: String, comparison: Baseline.Comparison)? = nil) -> Data {
        var data = Data()
        // Appending to memory cannot fail.
        try? write(analysis, baseline: baseline) { data.append(contentsOf: $0) }
        return data
    }

    /// Writes the report in chunks of at most about 1 MiB to `sink`, the build list and the
    /// findings record by record, so a report of any size never sits whole in memory.
    /// - Throws: what `sink` throws.
    static func write(
        _ analysis: Analysis, baseline: (file: String, comparison: Baseline.Comparison)? = nil,
        to sink: ([UInt8]) throws -> Void
    ) throws {
        let doc = Document(
            schemaVersion: schemaVersion,
            mainModules: analysis.mainModules,
            stats: analysis.stats,
            vendor: Vendor(
                present: analysis.vendor.present, consistent: analysis.vendor.consistent, verdict: analysis.vendor.verdict,
                goStderr: analysis.vendor.verdict == nil ? nil : analysis.vendor.goStderr, workspace: analysis.vendor.workspace),
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
        let rest = [UInt8](Escaping.json((try? encoder.encode(doc)) ?? Data("{}".utf8)))
        try withoutActuallyEscaping(sink) { sink in
            try stream(analysis, baseline: baseline, rest: rest, into: JSONRecordWriter(sink: sink))
        }
    }

    /// `rest` (the encoded document) with the build list and the findings written in place of
    /// their placeholders.
    static func stream(
        _ analysis: Analysis, baseline: (file: String, comparison: Baseline.Comparison)?, rest: [UInt8],
        into writer: JSONRecordWriter
    ) throws {
        var out = writer
        let isNew = baseline.map(\.comparison.isNew)
        var parts: [(Int, Streamed)] = []
        for part in [Streamed.buildList, .findings] {
            if let at = rest.firstRange(of: part.marker) { parts.append((at.lowerBound, part)) }
        }
        var from = 0
        for (at, part) in parts.sorted(by: { $0.0 < $1.0 }) {
            let name = part == .buildList ? "buildList" : "findings"
            try out.bytes(rest[from..<at])
            try out.text("\n  \"\(name)\" : ")
            switch part {
            case .buildList:
                try out.array(analysis.buildList.modules) { out, m in
                    try out.field("path", string: m.path)
                    if let r = m.replacement {
                        try out.text(",\n      \"replace\" : {\n        \"path\" : ")
                        try out.string(r.path)
                        if !r.isLocalDirectory {
                            try out.text(",\n        \"version\" : ")
                            try out.string(r.version)
                        }
                        try out.text("\n      }")
                    }
                    if let workspace = analysis.workspace {
                        // In a workspace: the workspace modules whose go.mod requires it.
                        try out.text(",\n      \"requiredBy\" : ")
                        try out.strings(workspace.requiredBy[m.path] ?? [], indent: 6)
                    }
                    try out.text(",\n"); try out.field("version", string: m.version)
                }
            case .findings:
                var index = 0
                try out.array(analysis.findings) { out, f in
                    var first = true
                    func next() throws { if !first { try out.text(",\n") }; first = false }
                    if let isNew {
                        try next(); try out.field("baseline", string: index < isNew.count && isNew[index] ? "new" : "known")
                    }
                    index += 1
                    if let file = f.location?.file { try next(); try out.field("file", string: file) }
                    if let hint = f.hint { try next(); try out.field("hint", string: hint) }
                    try next(); try out.field("id", string: f.id)
                    if let line = f.location?.line { try next(); try out.text("      \"line\" : \(line)") }
                    try next(); try out.field("message", string: f.message)
                    try next(); try out.field("module", string: f.module)
                    try next(); try out.field("severity", string: f.severity.rawValue)
                }
            }
            from = at + part.marker.count
        }
        try out.bytes(rest[from...])
        try out.text("\n")
        try out.flush()
    }
}
