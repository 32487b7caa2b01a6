import Foundation

/// A project's rules for `analyze --policy FILE`: modules it refuses, severities it prefers,
/// and the replacement targets it accepts.
///
/// The file is JSON:
///
///     {
///       "deny": { "github.com/pkg/errors": "use the standard library's errors" },
///       "severity": { "version-skew": "error", "pseudo-version": "off" },
///       "allowReplace": [ "github.com/containers/...", "./staging/..." ]
///     }
///
/// `deny` may also be a list of `{"module": ..., "reason": ...}` objects, and Kubernetes'
/// `hack/unwanted-dependencies.json` is read as is (its `spec.unwantedModules` is a deny map).
/// A module pattern is a path, or a path ending in `/...` for the path and everything under it.
/// `severity` maps finding ids to `error`, `warning`, `note` or `off` (drop the finding).
/// `allowReplace`, when present, lists the only replacement targets allowed (module paths or
/// local directories, with the same patterns); without it every replacement is allowed.
public struct Policy: Sendable, Hashable {
    /// A module the project refuses to depend on, and why.
    public struct Denied: Sendable, Hashable {
        public var pattern: String
        public var reason: String

        public init(pattern: String, reason: String) {
            self.pattern = pattern
            self.reason = reason
        }
    }

    /// The severity a finding id is given instead of its own; `off` drops it.
    public enum Override: String, Sendable, Hashable, CaseIterable {
        case error, warning, note, off

        public var severity: Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .note: .note
            case .off: nil
            }
        }
    }

    /// The name used in messages (the file as given).
    public var file: String
    public var deny: [Denied]
    public var severity: [String: Override]
    /// Nil: every replacement target is allowed.
    public var allowReplace: [String]?

    public init(file: String, deny: [Denied] = [], severity: [String: Override] = [:], allowReplace: [String]? = nil) {
        self.file = file
        self.deny = deny
        self.severity = severity
        self.allowReplace = allowReplace
    }

    /// Whether `pattern` (a path, or `prefix/...`) matches `path`.
    public static func matches(_ pattern: String, _ path: String) -> Bool {
        if pattern.hasSuffix("/...") {
            let prefix = String(pattern.dropLast(4))
            return path == prefix || path.hasPrefix(prefix + "/")
        }
        return pattern == path
    }

    /// The deny rule a module path falls under, if any (the first in file order).
    public func denial(of path: String) -> Denied? {
        deny.first { Self.matches($0.pattern, path) }
    }

    /// Whether a replacement target (module path or directory) is allowed.
    public func allowsReplacement(_ target: String) -> Bool {
        guard let allowReplace else { return true }
        return allowReplace.contains { Self.matches($0, target) }
    }

    /// The findings with this policy's severities: overridden ones changed, `off` ones dropped.
    public func applySeverities(_ findings: [Finding]) -> [Finding] {
        guard !severity.isEmpty else { return findings }
        return findings.compactMap { f in
            guard let o = severity[f.id] else { return f }
            guard let s = o.severity else { return nil }
            var f = f
            f.severity = s
            return f
        }
    }
}

extension Policy {
    /// Reads a policy file.
    ///
    /// - Throws: `ParseError` naming the file and the field that is wrong.
    public static func load(path: String) throws(ParseError) -> Policy {
        let text = try InputText.read(path: path)
        return try parse(Data(text.bytes), file: text.file)
    }

    /// Parses policy JSON.
    ///
    /// - Throws: `ParseError` for invalid JSON (with Foundation's own position text) or a
    ///   field of the wrong shape.
    public static func parse(_ data: Data, file: String) throws(ParseError) -> Policy {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            throw ParseError(file: file, message: "not valid JSON: \(detail)")
        }
        guard let top = object as? [String: Any] else {
            throw ParseError(file: file, message: "expected a JSON object with \"deny\", \"severity\" and/or \"allowReplace\"")
        }
        func fail(_ field: String, _ expected: String) -> ParseError {
            ParseError(file: file, message: "\(field): expected \(expected)")
        }
        let known: Set<String> = ["deny", "severity", "allowReplace", "spec", "status", "$schema", "comment"]
        if let unknown = top.keys.sorted().first(where: { !known.contains($0) }) {
            throw ParseError(file: file, message: "unknown field \"\(unknown)\": expected deny, severity or allowReplace")
        }
        var policy = Policy(file: file)

        func denyMap(_ value: Any, _ field: String) throws(ParseError) -> [Denied] {
            if let map = value as? [String: Any] {
                var out: [Denied] = []
                for key in map.keys.sorted() {
                    guard let reason = map[key] as? String else { throw fail("\(field).\(key)", "a reason string") }
                    out.append(Denied(pattern: key, reason: reason))
                }
                return out
            }
            if let list = value as? [Any] {
                var out: [Denied] = []
                for (i, item) in list.enumerated() {
                    guard let o = item as? [String: Any], let module = o["module"] as? String, !module.isEmpty else {
                        throw fail("\(field)[\(i)]", "an object with a \"module\" string")
                    }
                    let reason = o["reason"] as? String ?? ""
                    out.append(Denied(pattern: module, reason: reason))
                }
                return out
            }
            throw fail(field, "an object mapping module paths to reasons, or a list of {\"module\", \"reason\"}")
        }

        if let deny = top["deny"] { policy.deny += try denyMap(deny, "deny") }
        if let spec = top["spec"] {
            guard let spec = spec as? [String: Any] else { throw fail("spec", "an object") }
            if let unwanted = spec["unwantedModules"] { policy.deny += try denyMap(unwanted, "spec.unwantedModules") }
        }
        if let sev = top["severity"] {
            guard let map = sev as? [String: Any] else { throw fail("severity", "an object mapping finding ids to severities") }
            for (id, value) in map {
                guard let text = value as? String, let o = Override(rawValue: text) else {
                    throw fail("severity.\(id)", Override.allCases.map(\.rawValue).joined(separator: ", "))
                }
                policy.severity[id] = o
            }
        }
        if let allow = top["allowReplace"] {
            guard let list = allow as? [Any], list.allSatisfy({ $0 is String }) else {
                throw fail("allowReplace", "a list of module paths or directories")
            }
            policy.allowReplace = list.compactMap { $0 as? String }
        }
        return policy
    }
}
