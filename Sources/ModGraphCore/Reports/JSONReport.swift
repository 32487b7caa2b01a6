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
    }

    struct Module: Encodable {
        var path: String
        var version: String
        var replace: Replace?
    }

    struct Replace: Encodable {
        var path: String
        var version: String?
    }

    struct Vendor: Encodable {
        var present: Bool
        var consistent: Bool?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(present, forKey: .present)
            try c.encode(consistent, forKey: .consistent)  // null, not omitted, when unknown
        }

        enum CodingKeys: String, CodingKey { case present, consistent }
    }

    struct FindingRecord: Encodable {
        var id: String
        var severity: Severity
        var module: String
        var message: String
        var file: String?
        var line: Int?
        var hint: String?
    }

    /// Renders the report as pretty-printed JSON with a final newline.
    public static func render(_ analysis: Analysis) -> Data {
        let doc = Document(
            schemaVersion: schemaVersion,
            mainModules: analysis.mainModules,
            stats: analysis.stats,
            buildList: analysis.buildList.modules.map { m in
                Module(
                    path: m.path, version: m.version,
                    replace: m.replacement.map {
                        Replace(path: $0.path, version: $0.isLocalDirectory ? nil : $0.version)
                    })
            },
            vendor: Vendor(present: analysis.vendor.present, consistent: analysis.vendor.consistent),
            findings: analysis.findings.map {
                FindingRecord(
                    id: $0.id, severity: $0.severity, module: $0.module, message: $0.message,
                    file: $0.location?.file, line: $0.location?.line, hint: $0.hint)
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
