import Foundation

extension VendorReport {
    /// The JSON schema version of `renderJSON`; later versions add fields, never rename these.
    static let jsonSchemaVersion = 1

    struct Document: Encodable {
        /// `JSONSchemaID.vendorCheck`.
        var schema = JSONSchemaID.vendorCheck
        var schemaVersion: Int
        var goVersion: String
        var vendorRoot: String?
        var verdict: String
        var consistency: Consistency
        var vendor: Vendor
        var findings: [JSONReport.FindingRecord]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", schemaVersion, goVersion, vendorRoot, verdict, consistency, vendor, findings
        }
    }

    struct Consistency: Encodable {
        var checked: Bool
        var consistent: Bool
        var vendorMode: Bool
        var reason: String?
        var goStderr: String
        var goExitStatus: Int32
        var failure: String?
        var limitation: String?
    }

    struct Vendor: Encodable {
        var present: Bool
        var tree: String?
        var treeFiles: Int
        var buildList: String?
        var moduleCache: String?
        var cache: Cache?
    }

    struct Cache: Encodable {
        var modulesCompared: Int
        var modulesNotCached: Int
        var modulesVerified: Int
        var filesCompared: Int
        var bytesRead: Int
    }

    /// The report as pretty-printed JSON with sorted keys and a final newline.
    public func renderJSON() -> Data {
        let doc = Document(
            schemaVersion: Self.jsonSchemaVersion, goVersion: goVersion, vendorRoot: vendorRoot, verdict: verdict,
            consistency: Consistency(
                checked: consistency.checked, consistent: consistency.consistent, vendorMode: consistency.vendorMode,
                reason: consistency.buildModReason.isEmpty ? nil : consistency.buildModReason,
                goStderr: consistency.stderr, goExitStatus: consistency.exitStatus, failure: failure,
                limitation: consistency.limitation),
            vendor: Vendor(
                present: vendorPresent, tree: treeSource, treeFiles: treeFiles, buildList: buildListSource?.rawValue,
                moduleCache: moduleCache,
                cache: cacheSummary.map {
                    Cache(
                        modulesCompared: $0.modulesCompared, modulesNotCached: $0.modulesNotCached,
                        modulesVerified: $0.modulesVerified, filesCompared: $0.filesCompared, bytesRead: $0.bytesRead)
                }),
            findings: findings.map {
                JSONReport.FindingRecord(
                    id: $0.id, severity: $0.severity, module: $0.module, message: $0.message,
                    file: $0.location?.file, line: $0.location?.line, hint: $0.hint)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = Escaping.json((try? encoder.encode(doc)) ?? Data("{}".utf8))
        data.append(0x0A)
        return data
    }
}
