import Foundation

/// A recorded set of findings that CI accepts (a ratchet): `analyze --baseline FILE` fails
/// only on findings that are not in it, and reports the ones that have gone.
///
/// Findings are matched on id, module and message first, then on id and module alone (so a
/// finding whose text changed, such as a skew that moved to a newer version, still counts as
/// known); each baseline entry matches one finding at most.
public struct Baseline: Sendable, Hashable {
    public static let schemaVersion = 1

    /// One accepted finding.
    public struct Entry: Sendable, Hashable, Codable, Comparable {
        public var id: String
        public var module: String
        public var severity: Severity
        public var message: String

        public init(id: String, module: String, severity: Severity, message: String) {
            self.id = id
            self.module = module
            self.severity = severity
            self.message = message
        }

        public init(_ f: Finding) {
            self.init(id: f.id, module: f.module, severity: f.severity, message: f.message)
        }

        public static func < (a: Entry, b: Entry) -> Bool {
            (a.id, a.module, a.message, a.severity.rawValue) < (b.id, b.module, b.message, b.severity.rawValue)
        }
    }

    /// The accepted findings, sorted.
    public var entries: [Entry]

    public init(findings: [Finding]) {
        entries = findings.map(Entry.init).sorted()
    }

    public init(entries: [Entry]) {
        self.entries = entries.sorted()
    }

    /// How the current findings stand against the baseline.
    public struct Comparison: Sendable, Hashable {
        /// Findings not in the baseline: the ones that fail the run.
        public var new: [Finding]
        /// Findings the baseline accepts.
        public var known: [Finding]
        /// Baseline entries no current finding matches: fixed since it was recorded.
        public var gone: [Entry]
        /// For each finding compared, in order: whether it is new.
        public var isNew: [Bool]
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

    struct Document: Codable {
        var schemaVersion: Int
        var findings: [Entry]
    }

    /// The baseline file: pretty-printed JSON, keys and entries sorted, final newline.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(Document(schemaVersion: Self.schemaVersion, findings: entries))) ?? Data("{}".utf8)
        data.append(0x0A)
        return data
    }

    /// Reads a baseline file written by `modgraph baseline`.
    ///
    /// - Throws: `ParseError` when the file cannot be read or is not a baseline.
    public static func load(path: String) throws(ParseError) -> Baseline {
        let text = try InputText.read(path: path)
        return try parse(Data(text.bytes), file: text.file)
    }

    /// Parses baseline JSON.
    public static func parse(_ data: Data, file: String) throws(ParseError) -> Baseline {
        let doc: Document
        do {
            doc = try JSONDecoder().decode(Document.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw ParseError(file: file, message: "not valid JSON: \(context.debugDescription)")
        } catch let DecodingError.keyNotFound(key, context) {
            throw ParseError(file: file, message: "\(path(context.codingPath + [key])): missing; expected a baseline written by `modgraph baseline`")
        } catch let DecodingError.typeMismatch(_, context) {
            throw ParseError(file: file, message: "\(path(context.codingPath)): wrong type; expected a baseline written by `modgraph baseline`")
        } catch let DecodingError.valueNotFound(_, context) {
            throw ParseError(file: file, message: "\(path(context.codingPath)): null; expected a baseline written by `modgraph baseline`")
        } catch {
            throw ParseError(file: file, message: "not a baseline: \(error)")
        }
        guard doc.schemaVersion == schemaVersion else {
            throw ParseError(file: file, message: "schemaVersion \(doc.schemaVersion): this modgraph reads version \(schemaVersion)")
        }
        return Baseline(entries: doc.findings)
    }

    /// `findings[3].id` from a coding path.
    static func path(_ keys: [CodingKey]) -> String {
        var out = ""
        for k in keys {
            if let i = k.intValue { out += "[\(i)]" } else { out += (out.isEmpty ? "" : ".") + k.stringValue }
        }
        return out.isEmpty ? "the document" : out
    }
}
