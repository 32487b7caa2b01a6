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
public struct Policy: Sendable, Hashable, JSONFileFormat {
    /// A module the project refuses to depend on, and why.
    struct Denied: Sendable, Hashable {
        var pattern: String
        var reason: String
    }

    /// The severity a finding id is given instead of its own; `off` drops it.
    enum Override: String, Sendable, Hashable, CaseIterable {
        case error, warning, note, off

        var severity: Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .note: .note
            case .off: nil
            }
        }
    }

    /// The name used in messages (the file as given).
    var file: String
    var deny: [Denied] = []
    var severity: [String: Override] = [:]
    /// Nil: every replacement target is allowed.
    var allowReplace: [String]?

    /// Whether `pattern` (a path, or `prefix/...`) matches `path`.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        if pattern.hasSuffix("/...") {
            let prefix = String(pattern.dropLast(4))
            return path == prefix || path.hasPrefix(prefix + "/")
        }
        return pattern == path
    }

    /// The deny rule a module path falls under, if any (the first in file order).
    func denial(of path: String) -> Denied? {
        deny.first { Self.matches($0.pattern, path) }
    }

    /// Whether a replacement target (module path or directory) is allowed.
    func allowsReplacement(_ target: String) -> Bool {
        guard let allowReplace else { return true }
        return allowReplace.contains { Self.matches($0, target) }
    }

    /// The findings with this policy's severities: overridden ones changed, `off` ones dropped.
    func applySeverities(_ findings: [Finding]) -> [Finding] {
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
    /// Parses a policy file.
    ///
    /// - Throws: `ParseError` naming the file, line:column and the field that is wrong.
    public static func parse(_ text: InputText) throws(ParseError) -> Policy {
        let document = try JSONDocument(text)
        let file = text.file
        guard let top = document.root.members else {
            throw document.error(at: document.root, "expected a JSON object with \"deny\", \"severity\" and/or \"allowReplace\"")
        }
        func fail(_ value: JSONDocument.Value, _ field: String, _ expected: String) -> ParseError {
            document.error(at: value, "\(field): expected \(expected)")
        }
        let known: Set<String> = ["deny", "severity", "allowReplace", "spec", "status", "$schema", "comment"]
        if let unknown = top.first(where: { !known.contains($0.key) }) {
            throw text.error(atByte: unknown.keyOffset, "unknown field \(GoQuote.string(unknown.key)): expected deny, severity or allowReplace")
        }
        var policy = Policy(file: file)

        func denyMap(_ value: JSONDocument.Value, _ field: String) throws(ParseError) -> [Denied] {
            if let map = value.members {
                var out: [Denied] = []
                for member in map.sorted(by: { $0.key < $1.key }) {
                    guard let reason = member.value.string else { throw fail(member.value, "\(field).\(member.key)", "a reason string") }
                    out.append(Denied(pattern: member.key, reason: reason))
                }
                return out
            }
            if let list = value.elements {
                var out: [Denied] = []
                for (i, item) in list.enumerated() {
                    guard item.members != nil, let module = item["module"]?.string, !module.isEmpty else {
                        throw fail(item, "\(field)[\(i)]", "an object with a \"module\" string")
                    }
                    let reason = item["reason"]?.string ?? ""
                    out.append(Denied(pattern: module, reason: reason))
                }
                return out
            }
            throw fail(value, field, "an object mapping module paths to reasons, or a list of {\"module\", \"reason\"}")
        }

        if let deny = document.root["deny"] { policy.deny += try denyMap(deny, "deny") }
        if let spec = document.root["spec"] {
            guard spec.members != nil else { throw fail(spec, "spec", "an object") }
            if let unwanted = spec["unwantedModules"] { policy.deny += try denyMap(unwanted, "spec.unwantedModules") }
        }
        if let sev = document.root["severity"] {
            guard let map = sev.members else { throw fail(sev, "severity", "an object mapping finding ids to severities") }
            for member in map {
                guard let text = member.value.string, let o = Override(rawValue: text) else {
                    throw fail(member.value, "severity.\(member.key)", Override.allCases.map(\.rawValue).joined(separator: ", "))
                }
                policy.severity[member.key] = o
            }
        }
        if let allow = document.root["allowReplace"] {
            guard let list = allow.elements else { throw fail(allow, "allowReplace", "a list of module paths or directories") }
            var patterns: [String] = []
            for (i, item) in list.enumerated() {
                guard let pattern = item.string else { throw fail(item, "allowReplace[\(i)]", "a module path or directory (a string)") }
                patterns.append(pattern)
            }
            policy.allowReplace = patterns
        }
        return policy
    }
}
