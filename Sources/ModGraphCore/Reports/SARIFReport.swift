import Foundation

/// SARIF 2.1.0 for GitHub code scanning: one run of modgraph, one rule per finding id, one
/// result per finding pointing at its file and line.
///
/// Paths are relative to the directory modgraph ran in (`%SRCROOT%`, the repository root in
/// CI); a finding without a file points at `fallbackFile`, since code scanning shows only
/// results with a location.
public enum SARIFReport {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    /// Renders findings as a SARIF log with a final newline; keys are sorted.
    ///
    /// - Parameters:
    ///   - findings: the results, in report order.
    ///   - toolVersion: modgraph's version.
    ///   - fallbackFile: where findings without a file point (such as `vendor/modules.txt`).
    ///   - catalogue: each rule's description and help (`FindingCatalogue`); an id it lacks gets a
    ///     generic description.
    public static func render(
        _ findings: [Finding], toolVersion: String, fallbackFile: String,
        catalogue: [String: FindingCatalogue.Rule] = FindingCatalogue.byID
    ) -> Data {
        var data = Data()
        // Appending to memory cannot fail.
        try? write(findings, toolVersion: toolVersion, fallbackFile: fallbackFile, catalogue: catalogue) { data.append(contentsOf: $0) }
        return data
    }

    /// Writes the SARIF log in chunks of about 1 MiB to `sink`, result by result, so a log of
    /// any size never sits whole in memory.
    ///
    /// - Parameter result: the finding a result is made from (`AnalysisSARIF` moves each to
    ///   the go.mod line that brings its module in, one at a time); the rules come from `findings`.
    /// - Throws: what `sink` throws.
    static func write(
        _ findings: [Finding], toolVersion: String, fallbackFile: String,
        catalogue: [String: FindingCatalogue.Rule] = FindingCatalogue.byID,
        result: (Finding) -> Finding = { $0 }, to sink: ([UInt8]) throws -> Void
    ) throws {
        var firstOf: [String: Finding] = [:]
        for f in findings where firstOf[f.id] == nil { firstOf[f.id] = f }
        let ids = firstOf.keys.sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let rules: [Any] = ids.map { id -> [String: Any] in
            let first = firstOf[id]
            var rule: [String: Any] = [
                "id": id,
                "name": ruleName(id),
                "shortDescription": ["text": catalogue[id]?.plainMeaning ?? "modgraph finding \(id)"],
                "defaultConfiguration": ["level": level(first?.severity ?? .warning)],
                "properties": ["tags": id.hasPrefix("vendor-") ? ["go-modules", "vendor"] : ["go-modules"]],
            ]
            if let r = catalogue[id] {
                var help = r.plainMeaning
                if let hint = first?.hint { help += ". " + hint }
                var markdown = "**\(id)** (\(r.severity.isEmpty ? level(first?.severity ?? .warning) : r.severity)): \(r.meaning)"
                if let hint = first?.hint { markdown += "\n\n" + Escaping.markdownTableCell(hint) }
                rule["help"] = ["text": help, "markdown": markdown]
                rule["fullDescription"] = ["text": r.plainMeaning]
            } else if let hint = first?.hint {
                rule["help"] = ["text": hint]
            }
            return rule
        }
        // The log without its results (a placeholder string instead), encoded whole: it is small.
        let log: [String: Any] = [
            "$schema": schema,
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": [
                    "name": "modgraph",
                    "version": toolVersion,
                    "semanticVersion": toolVersion,
                    "rules": rules,
                ]],
                "originalUriBaseIds": ["%SRCROOT%": ["description": ["text": "The directory modgraph ran in."]]],
                "columnKind": "unicodeCodePoints",
                "results": resultsPlaceholder,
            ]],
        ]
        let shell = [UInt8](Escaping.json((try? JSONSerialization.data(
            withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)))
        // Every string of the shell has its quotes escaped, so only the placeholder can match.
        let marker = Array("\"results\" : \"\(resultsPlaceholder)\"".utf8)
        try withoutActuallyEscaping(sink) { sink in
            var out = JSONRecordWriter(sink: sink)
            guard let at = shell.firstRange(of: marker) else {
                try out.bytes(shell)
                try out.text("\n")
                try out.flush()
                return
            }
            try out.bytes(shell[..<at.lowerBound])
            try out.text("\"results\" : ")
            if findings.isEmpty { try out.text("[\n\n      ]") } else { try out.text("[\n") }
            for (i, finding) in findings.enumerated() {
                let f = result(finding)
                try out.text(i == 0 ? "        {\n" : ",\n        {\n")
                try out.text("          \"level\" : \"\(level(f.severity))\",\n")
                try out.text("          \"locations\" : [\n            {\n              \"physicalLocation\" : {\n")
                try out.text("                \"artifactLocation\" : {\n                  \"uri\" : ")
                let file = f.location?.file ?? fallbackFile
                let absolute = file.hasPrefix("/")
                try out.string(absolute ? "file://" + percentEncoded(file) : percentEncoded(file))
                if !absolute { try out.text(",\n                  \"uriBaseId\" : \"%SRCROOT%\"") }
                try out.text("\n                }")
                if let line = f.location?.line, line > 0 {
                    try out.text(",\n                \"region\" : {\n                  \"startLine\" : \(line)\n                }")
                }
                try out.text("\n              }\n            }\n          ],\n")
                var text = f.message
                if let hint = f.hint { text += " (\(hint))" }
                try out.text("          \"message\" : {\n            \"text\" : ")
                try out.string(text)
                try out.text("\n          },\n          \"partialFingerprints\" : {\n            \"modgraphFinding/v1\" : ")
                try out.string(Hashing.sha256Hex(Array("\(f.id)\u{0}\(f.module)\u{0}\(f.message)".utf8)))
                try out.text("\n          },\n          \"ruleId\" : ")
                try out.string(f.id)
                try out.text(",\n          \"ruleIndex\" : \(ruleIndex[f.id] ?? 0)\n        }")
                try out.flushIfFull()
            }
            if !findings.isEmpty { try out.text("\n      ]") }
            try out.bytes(shell[at.upperBound...])
            try out.text("\n")
            try out.flush()
        }
    }

    /// What the shell holds where the results go.
    private static let resultsPlaceholder = "@@modgraph-stream-results@@"

    /// `error`, `warning` or `note`: SARIF's levels have the same names.
    static func level(_ s: Severity) -> String { s.rawValue }

    /// `vendor-version-drift` → `VendorVersionDrift`.
    static func ruleName(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A path percent-encoded as RFC 3986 requires (a relative one goes under `%SRCROOT%`,
    /// an absolute one becomes a `file://` URI).
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80 && (c.isLetter || c.isNumber || "-._~/!$&'()*+,;=:@".contains(c)) {
                out.append(c)
            } else {
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }
}
