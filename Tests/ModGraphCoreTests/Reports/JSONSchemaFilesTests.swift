import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// The schema files in docs/schemas/ agree with the code: each `$id` is the `$schema` its output
/// carries, and the finding ids they allow are the catalogue's, no more and no fewer.
/// (`JSONSchemaValidationTests` validates the outputs themselves against them.)
@Suite struct JSONSchemaFilesTests {
    static func schema(_ id: String) throws -> [String: Any] {
        let file = try #require(JSONSchemaID.files[id])
        let url = RepoPaths.root.appendingPathComponent("docs/schemas/\(file)")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    static let analyzeIDs = Set(FindingCatalogue.analyze.map(\.id))
    static let vendorIDs = Set(VendorCheckRules.descriptions.keys)

    @Test(arguments: [
        JSONSchemaID.report, JSONSchemaID.diff, JSONSchemaID.vendorCheck, JSONSchemaID.baseline, JSONSchemaID.policy,
    ])
    func idIsWhatTheOutputCarries(id: String) throws {
        let s = try Self.schema(id)
        #expect(s["$id"] as? String == id)
        #expect(s["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(s["additionalProperties"] as? Bool == false)
        let properties = try #require(s["properties"] as? [String: Any])
        #expect((properties["$schema"] as? [String: Any])?["const"] as? String == id)
        // Every file sits in the folder, and nothing else does.
        let listed = try FileManager.default.contentsOfDirectory(
            atPath: RepoPaths.root.appendingPathComponent("docs/schemas").path)
        #expect(Set(listed) == Set(JSONSchemaID.files.values))
    }

    /// Every `enum` of finding ids in a schema, wherever it sits.
    static func idEnums(_ value: Any, key: String? = nil) -> [Set<String>] {
        if let object = value as? [String: Any] {
            var out: [Set<String>] = []
            for (k, v) in object {
                if (k == "enum" && (key == "id" || key == "propertyNames")), let list = v as? [String] { out.append(Set(list)) }
                out += idEnums(v, key: k == "enum" ? key : k)
            }
            return out
        }
        if let list = value as? [Any] { return list.flatMap { idEnums($0, key: key) } }
        return []
    }

    @Test func findingIDsAreTheCatalogue() throws {
        let every = Self.analyzeIDs.union(Self.vendorIDs)
        for id in [JSONSchemaID.report, JSONSchemaID.diff, JSONSchemaID.baseline, JSONSchemaID.policy] {
            let enums = Self.idEnums(try Self.schema(id))
            #expect(!enums.isEmpty, "\(id)")
            for e in enums { #expect(e == every, "\(id): \(e.symmetricDifference(every).sorted())") }
        }
        let vendor = Self.idEnums(try Self.schema(JSONSchemaID.vendorCheck))
        #expect(vendor.count == 1)
        for e in vendor { #expect(e == Self.vendorIDs, "\(e.symmetricDifference(Self.vendorIDs).sorted())") }
    }

    /// Each output begins with its `$schema` (keys are sorted, and `$` sorts first).
    @Test func outputsCarryTheirSchema() throws {
        let a = try Analyzer.analyze(InputSet.load(root: RepoPaths.sample("vendored").path), name: "vendored")
        let diff = try DiffFixtures.smallDiff()
        let cases: [(Data, String)] = [
            (JSONReport.render(a), JSONSchemaID.report),
            (DiffJSONReport.render(diff), JSONSchemaID.diff),
            (Baseline(findings: a.findings).json(), JSONSchemaID.baseline),
        ]
        for (data, id) in cases {
            #expect(String(decoding: data, as: UTF8.self).hasPrefix("{\n  \"$schema\" : \"\(id)\",\n"))
        }
    }
}
