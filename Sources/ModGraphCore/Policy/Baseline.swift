import Foundation

/// A recorded set of findings that CI accepts (a ratchet): `analyze --baseline FILE` fails
/// only on findings that are not in it, and reports the ones that have gone.
///
/// Findings are matched on id, module and message first, then on id and module alone (so a
/// finding whose text changed, such as a skew that moved to a newer version, still counts as
/// known); each baseline entry matches one finding at most.
public struct Baseline: Sendable, Hashable, JSONFileFormat {
    static let schemaVersion = 1

    /// One accepted finding.
    public struct Entry: Sendable, Hashable, Codable, Comparable {
        var id: String
        var module: String
        var severity: Severity
        var message: String

        public static func < (a: Entry, b: Entry) -> Bool {
            (a.id, a.module, a.message, a.severity.rawValue) < (b.id, b.module, b.message, b.severity.rawValue)
        }
    }

    /// The accepted findings, sorted.
    public var entries: [Entry]

    public init(findings: [Finding]) {
        entries = findings.map(Entry.init).sorted()
    }

    init(entries: [Entry]) {
        self.entries = entries.sorted()
    }

    /// How the current findings stand against the baseline.
    public struct Comparison: Sendable, Hashable {
        /// Findings not in the baseline: the ones that fail the run.
        public var new: [Finding]
        /// Findings the baseline accepts.
        var known: [Finding]
        /// Baseline entries no current finding matches: fixed since it was recorded.
        var gone: [Entry]
        /// For each finding compared, in order: whether it is new.
        var isNew: [Bool]
    }

    /// Splits `findings` into new and known, and lists the baseline entries that have gone.
    public func compare(_ findings: [Finding]) -> Comparison {
        // Entry indices by exact key and by (id, module), each in entry order.
        var exact: [String: [Int]] = [:]
        var loose: [String: [Int]] = [:]
        for (j, e) in entries.enumerated() {
            exact[Self.key(e.id, e.module, e.message), default: []].append(j)
            loose[Self.key(e.id, e.module), default: []].append(j)
        }
        var taken = [Bool](repeating: false, count: entries.count)
        var matched = [Bool](repeating: false, count: findings.count)
        /// The first untaken entry of a bucket, taken.
        func take(_ bucket: String, in index: inout [String: [Int]]) -> Bool {
            while var list = index[bucket], !list.isEmpty {
                let j = list.removeFirst()
                index[bucket] = list
                if !taken[j] {
                    taken[j] = true
                    return true
                }
            }
            return false
        }
        // Exact matches first, so a looser match cannot take an entry an exact one needs.
        for (i, f) in findings.enumerated() {
            matched[i] = take(Self.key(f.id, f.module, f.message), in: &exact)
        }
        for (i, f) in findings.enumerated() where !matched[i] {
            matched[i] = take(Self.key(f.id, f.module), in: &loose)
        }
        var new: [Finding] = []
        var known: [Finding] = []
        for (i, f) in findings.enumerated() {
            if matched[i] { known.append(f) } else { new.append(f) }
        }
        let gone = entries.indices.filter { !taken[$0] }.map { entries[$0] }
        return Comparison(new: new, known: known, gone: gone, isNew: matched.map { !$0 })
    }

    static func key(_ parts: String...) -> String { parts.joined(separator: "\u{0}") }

    struct Document: Encodable {
        /// `JSONSchemaID.baseline`; a file without it reads the same.
        var schema = JSONSchemaID.baseline
        var schemaVersion: Int
        var findings: [Entry]

        enum CodingKeys: String, CodingKey { case schema = "$schema", schemaVersion, findings }
    }

    /// The baseline file: pretty-printed JSON, keys and entries sorted, final newline.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = Escaping.json((try? encoder.encode(Document(schemaVersion: Self.schemaVersion, findings: entries))) ?? Data("{}".utf8))
        data.append(0x0A)
        return data
    }

    /// Parses a baseline written by `modgraph baseline`.
    ///
    /// - Throws: `ParseError` (file, line:column) when the text is not a baseline.
    public static func parse(_ text: InputText) throws(ParseError) -> Baseline {
        let document = try JSONDocument(text)
        let hint = "expected a baseline written by `modgraph baseline`"
        func field(_ object: JSONDocument.Value, _ key: String, _ path: String) throws(ParseError) -> JSONDocument.Value {
            guard let value = object[key] else { throw document.error(at: object, "\(path): missing; \(hint)") }
            return value
        }
        guard document.root.members != nil else {
            throw document.error(at: document.root, "the document: \(document.root.typeName), not an object; \(hint)")
        }
        let version = try field(document.root, "schemaVersion", "schemaVersion")
        guard let schema = version.int else {
            throw document.error(at: version, "schemaVersion: \(version.typeName), not a whole number; \(hint)")
        }
        guard schema == schemaVersion else {
            throw document.error(at: version, "schemaVersion \(schema): this modgraph reads version \(schemaVersion)")
        }
        let list = try field(document.root, "findings", "findings")
        guard let items = list.elements else {
            throw document.error(at: list, "findings: \(list.typeName), not a list; \(hint)")
        }
        var entries: [Entry] = []
        for (i, item) in items.enumerated() {
            let path = "findings[\(i)]"
            guard item.members != nil else { throw document.error(at: item, "\(path): \(item.typeName), not an object; \(hint)") }
            var strings: [String: String] = [:]
            for key in ["id", "module", "severity", "message"] {
                let value = try field(item, key, "\(path).\(key)")
                guard let s = value.string else {
                    throw document.error(at: value, "\(path).\(key): \(value.typeName), not a string; \(hint)")
                }
                strings[key] = s
            }
            let severityValue = try field(item, "severity", "\(path).severity")
            guard let severity = Severity(rawValue: strings["severity"]!) else {
                throw document.error(
                    at: severityValue,
                    "\(path).severity: expected \(Severity.allCases.map(\.rawValue).joined(separator: ", ")), found \(GoQuote.string(strings["severity"]!))")
            }
            entries.append(Entry(id: strings["id"]!, module: strings["module"]!, severity: severity, message: strings["message"]!))
        }
        return Baseline(entries: entries)
    }
}

extension Baseline.Entry {
    init(_ f: Finding) {
        self.init(id: f.id, module: f.module, severity: f.severity, message: f.message)
    }
}
