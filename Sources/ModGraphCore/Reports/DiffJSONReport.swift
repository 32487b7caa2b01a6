import Foundation

/// `diff.json`: the machine-readable diff of two analyses, schema version 1.
///
/// `added`, `removed`, `upgraded` and `downgraded` cover the selected modules and are
/// sorted by path. Later versions add fields but never rename these. Keys are written
/// sorted, so the same diff always gives the same bytes.
enum DiffJSONReport {
    static let schemaVersion = 1

    struct Document: Encodable {
        /// `JSONSchemaID.diff`.
        var schema = JSONSchemaID.diff
        var schemaVersion: Int
        var base: Side
        var head: Side
        var statsDelta: StatsDelta
        var added: [Added]
        var removed: [Module]
        var upgraded: [Change]
        var downgraded: [Change]
        var replaceChanged: [ReplaceChange]
        var findings: Findings
        /// Present only when the set of main modules changed (the sides share a main module).
        var mainModules: MainModuleChanges?

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", schemaVersion, base, head, statsDelta, added, removed, upgraded, downgraded
            case replaceChanged, findings, mainModules
        }
    }

    struct MainModuleChanges: Encodable {
        var added: [MainModule]
        var removed: [MainModule]
    }

    struct MainModule: Encodable {
        var path: String
        /// The version the other side selects it at as a dependency; null when it does not.
        var asDependency: String?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encode(asDependency, forKey: .asDependency)  // null, not omitted
        }

        enum CodingKeys: String, CodingKey { case path, asDependency }
    }

    struct Side: Encodable {
        var label: String
        var mainModules: [String]
        var stats: GraphStats
        var findings: Int
    }

    struct Module: Encodable {
        var path: String
        var version: String
    }

    struct Added: Encodable {
        var path: String
        var version: String
        var indirect: Bool
        var replace: Target?
        /// From a main module to the direct requirer, as `path@version` (a main module: path).
        var pulledInBy: [String]
    }

    struct Change: Encodable {
        var path: String
        var from: String
        var to: String
    }

    struct Target: Encodable {
        var path: String
        var version: String?
    }

    struct ReplaceChange: Encodable {
        var file: String
        var path: String
        var version: String?
        /// Null when the directive is new.
        var from: Target?
        /// Null when the directive was removed.
        var to: Target?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(path, forKey: .path)
            try c.encodeIfPresent(version, forKey: .version)
            try c.encode(from, forKey: .from)  // null, not omitted
            try c.encode(to, forKey: .to)
        }

        enum CodingKeys: String, CodingKey { case file, path, version, from, to }
    }

    struct Findings: Encodable {
        var new: [JSONReport.FindingRecord]
        var gone: [JSONReport.FindingRecord]
    }

    /// Renders the diff as pretty-printed JSON with a final newline.
    static func render(_ diff: AnalysisDiff) -> Data {
        func side(_ s: DiffSide) -> Side {
            Side(label: s.label, mainModules: s.analysis.mainModules, stats: s.analysis.stats,
                 findings: s.analysis.findings.count)
        }
        func target(_ d: ReplaceDirective?) -> Target? {
            d.map { Target(path: $0.newPath, version: $0.newVersion) }
        }
        func record(_ f: Finding) -> JSONReport.FindingRecord {
            JSONReport.FindingRecord(
                id: f.id, severity: f.severity, module: f.module, message: f.message,
                file: f.location?.file, line: f.location?.line, hint: f.hint)
        }
        let doc = Document(
            schemaVersion: schemaVersion,
            base: side(diff.base),
            head: side(diff.head),
            statsDelta: diff.statsDelta,
            added: diff.added.map { a in
                Added(
                    path: a.path, version: a.version, indirect: a.module.indirect,
                    replace: a.module.replacement.map {
                        Target(path: $0.path, version: $0.isLocalDirectory ? nil : $0.version)
                    },
                    pulledInBy: a.pulledInBy.map(\.text))
            },
            removed: diff.removed.map { Module(path: $0.path, version: $0.version) },
            upgraded: diff.upgraded.map { Change(path: $0.path, from: $0.from, to: $0.to) },
            downgraded: diff.downgraded.map { Change(path: $0.path, from: $0.from, to: $0.to) },
            replaceChanged: diff.replaceChanges.map {
                ReplaceChange(
                    file: $0.key.file, path: $0.key.path, version: $0.key.version,
                    from: target($0.from), to: target($0.to))
            },
            findings: Findings(new: diff.newFindings.map(record), gone: diff.goneFindings.map(record)),
            mainModules: diff.hasMainModuleChanges
                ? MainModuleChanges(
                    added: diff.mainModulesAdded.map { MainModule(path: $0.path, asDependency: $0.asDependency) },
                    removed: diff.mainModulesRemoved.map { MainModule(path: $0.path, asDependency: $0.asDependency) })
                : nil
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain values cannot fail; a failure here is a programming error.
        var data = Escaping.json((try? encoder.encode(doc)) ?? Data("{}".utf8))
        data.append(0x0A)
        return data
    }
}
