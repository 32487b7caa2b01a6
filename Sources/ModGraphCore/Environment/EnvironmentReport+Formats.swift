import Foundation

extension EnvironmentReport {
    /// The JSON schema version of `renderJSON`; later versions add fields, never rename these.
    static let jsonSchemaVersion = 1

    private struct Document: Encodable {
        var schemaVersion: Int
        var report: EnvironmentReport

        func encode(to encoder: Encoder) throws {
            try report.encode(to: encoder)
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(schemaVersion, forKey: .schemaVersion)
        }

        enum Key: String, CodingKey { case schemaVersion }
    }

    /// The whole report as pretty-printed JSON with sorted keys and a final newline; invisible
    /// characters in paths and settings written as `\u` escapes (`Escaping.json`).
    public func renderJSON() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = Escaping.json((try? encoder.encode(Document(schemaVersion: Self.jsonSchemaVersion, report: self))) ?? Data())
        data.append(0x0A)
        return data
    }

    /// A Markdown report (a pull-request comment or an "Environment" section).
    /// - Parameter level: the heading level of the title (2 for a document, 3 inside analyze's report).
    public func renderMarkdown(level: Int = 2) -> String {
        let h = String(repeating: "#", count: level)
        let cell = Escaping.markdownTableCell
        var out: [String] = []
        out.append("\(h) Environment: \(Escaping.markdownInlineCode(directory))")
        out.append("")
        if findings.isEmpty {
            out.append("Nothing wrong found.")
        } else {
            out.append("| severity | id | finding | fix |")
            out.append("|---|---|---|---|")
            for f in findings {
                let loc = f.location.map { " (\($0.file)\($0.line.map { ":\($0)" } ?? ""))" } ?? ""
                out.append("| \(f.severity.rawValue) | `\(f.id)` | \(cell((f.module.isEmpty ? "" : f.module + ": ") + f.message + loc)) | \(cell(f.hint ?? "")) |")
            }
        }
        for (title, lines) in sectionLines() {
            out.append("")
            out.append("\(h)# \(title)")
            out.append("")
            out.append("```")
            for line in lines { out.append(Escaping.terminal(line).replacingOccurrences(of: "```", with: "`\u{200b}``")) }
            out.append("```")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
