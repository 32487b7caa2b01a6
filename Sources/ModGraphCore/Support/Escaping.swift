import Foundation

/// Escaping for untrusted text (module paths, versions, messages) in every report format.
///
/// Module paths come from other people's `go.mod` files. Whatever they contain, the text
/// must stay inert in the output: no breaking out of a DOT string, no markup in XML or
/// Markdown, and no invisible characters. Control, format (bidi overrides, zero-width)
/// and non-characters are shown as Go-style escapes (`\n`, `\x01`, `\u202e`) in all formats,
/// so what a reader sees is what the file says.
public enum Escaping {
    // MARK: DOT

    /// A DOT double-quoted string, quotes included, that Graphviz shows as `text`.
    ///
    /// Backslashes are doubled (Graphviz reads `\N`, `\n`, `\l`... in labels), and `&` becomes
    /// `&amp;`: Graphviz decodes entities in labels and passes entity-like text through to SVG
    /// unescaped, so a bare `&foo;` would make the SVG ill-formed.
    static func dot(_ text: String) -> String {
        "\"" + dotBody(text) + "\""
    }

    /// A DOT double-quoted string whose lines Graphviz centres one under the other.
    static func dot(lines: [String]) -> String {
        "\"" + lines.map(dotBody).joined(separator: "\\n") + "\""
    }

    private static func dotBody(_ text: String) -> String {
        escaped(text, doublingBackslashes: true) { scalar in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "&": "&amp;"
            default: nil
            }
        }
    }

    /// `text` with each scalar written as `special` says, or else kept (or shown as an escape
    /// when it would be invisible: see `appendShown`).
    private static func escaped(
        _ text: String, doublingBackslashes: Bool, _ special: (Unicode.Scalar) -> String?
    ) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let replacement = special(scalar) {
                out += replacement
            } else {
                appendShown(scalar, to: &out, doublingBackslashes: doublingBackslashes)
            }
        }
        return out
    }

    /// Appends `scalar`, or its Go-style escape (`visibleEscape`) when it would be invisible,
    /// with the escape's backslash doubled for formats that read backslashes themselves.
    private static func appendShown(_ scalar: Unicode.Scalar, to out: inout String, doublingBackslashes: Bool) {
        if let visible = visibleEscape(scalar) {
            out += doublingBackslashes ? visible.replacingBackslashes("\\\\") : visible
        } else {
            out.unicodeScalars.append(scalar)
        }
    }

    // MARK: XML / HTML

    /// Text content of an XML or HTML element. Newlines and tabs are kept.
    static func xmlText(_ text: String) -> String {
        xml(text, attribute: false)
    }

    /// An XML or HTML attribute value, for either quote style; the quotes are not included.
    /// Newlines and tabs are kept as character references.
    static func xmlAttribute(_ text: String) -> String {
        xml(text, attribute: true)
    }

    private static func xml(_ text: String, attribute: Bool) -> String {
        escaped(text, doublingBackslashes: false) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"" where attribute: "&quot;"
            case "'" where attribute: "&#39;"
            case "\n": attribute ? "&#10;" : "\n"
            case "\t": attribute ? "&#9;" : "\t"
            default: nil
            }
        }
    }

    // MARK: Markdown (GitHub-flavoured)

    /// Text for a Markdown table cell (or running text) that renders literally.
    ///
    /// Escapes Markdown punctuation with backslashes, `|` included, and `<`, `>`, `&` as
    /// entities, so nothing becomes emphasis, a link, an HTML tag, an @-mention, a `#` issue
    /// link or `$` math.
    static func markdownTableCell(_ text: String) -> String {
        escaped(text, doublingBackslashes: true) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\\", "`", "*", "_", "[", "]", "(", ")", "{", "}", "|", "#", "@", "!", "~", "$", "^": "\\\(scalar)"
            default: nil
            }
        }
    }

    /// An inline code span showing `text` verbatim, safe inside a table cell.
    ///
    /// The backtick fence is longer than any run of backticks in the text; `|` is written
    /// `\|` (a table cell ends at a bare `|` even inside code, and GitHub drops the backslash).
    /// Empty text gives an empty string.
    static func markdownInlineCode(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        var body = ""
        var longestRun = 0
        var run = 0
        for scalar in text.unicodeScalars {
            if scalar == "`" {
                run += 1
                longestRun = max(longestRun, run)
            } else {
                run = 0
            }
            switch scalar {
            case "|": body += "\\|"
            default:
                appendShown(scalar, to: &body, doublingBackslashes: false)
            }
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        // A space on each side keeps a leading or trailing backtick out of the fence; GitHub
        // strips one space from each end when both are present, unless the span is all spaces
        // (which it shows as is, so padding would add two).
        // Judged by code point, as CommonMark does: a backtick or space followed by a
        // combining mark is one Character to Swift but still touches the fence.
        let scalars = body.unicodeScalars
        let allSpaces = !scalars.contains { $0 != " " }
        let first = scalars.first, last = scalars.last
        let pad = first == "`" || last == "`" || (first == " " && last == " " && !allSpaces)
        return pad ? "\(fence) \(body) \(fence)" : "\(fence)\(body)\(fence)"
    }

    // MARK: JSON

    /// JSON text with every invisible character written as a `\uXXXX` escape.
    ///
    /// JSON encoders write bidi controls (U+202E), line separators (U+2028), zero-width and
    /// other format characters raw, where they can reorder or hide what a reviewer sees (the
    /// "Trojan Source" trick); C1 controls, format characters (category Cf), line and paragraph
    /// separators and noncharacters become escapes (a surrogate pair above U+FFFF). Raw
    /// non-ASCII bytes occur only inside JSON strings, so the result is the same JSON value.
    static func json(_ data: Data) -> Data {
        var out = Data()
        out.reserveCapacity(data.count)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let b = raw.bindMemory(to: UInt8.self)
            var i = 0
            var copied = 0
            while i < b.count {
                let c = b[i]
                if c < 0x80 {
                    i += 1
                    continue
                }
                let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
                guard i + length <= b.count else { break }
                var value = UInt32(c) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length { value = value << 6 | UInt32(b[i + k] & 0x3F) }
                if let scalar = Unicode.Scalar(value), isInvisible(scalar) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<i]))
                    if value > 0xFFFF {
                        let v = value - 0x10000
                        out.append(contentsOf: Array(("\\u" + hex(0xD800 + (v >> 10), width: 4) + "\\u" + hex(0xDC00 + (v & 0x3FF), width: 4)).utf8))
                    } else {
                        out.append(contentsOf: Array(("\\u" + hex(value, width: 4)).utf8))
                    }
                    copied = i + length
                }
                i += length
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<b.count]))
        }
        return out
    }

    // MARK: Terminal

    /// Text for a terminal: control characters (ESC, BEL...), bidi controls, line separators
    /// and other invisible characters shown as `\u{202e}`, so nothing can move the cursor,
    /// recolour the screen or reorder what is shown.
    ///
    /// - Parameter keepingNewlines: keep `\n` and `\t` (for multi-line messages).
    public static func terminal(_ text: String, keepingNewlines: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v >= 0x20 && v < 0x7F || (keepingNewlines && (scalar == "\n" || scalar == "\t")) {
                out.unicodeScalars.append(scalar)
            } else if v < 0x20 || v == 0x7F || isInvisible(scalar) {
                out += "\\u{\(String(v, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: Shared

    /// Whether a character is invisible or can reorder text: a control character (C0, DEL, C1),
    /// a format character (category Cf: bidi controls U+202A–202E, U+2066–2069, U+200E/200F,
    /// U+061C, zero-width U+200B, U+FEFF...), a line or paragraph separator (U+2028, U+2029),
    /// or a noncharacter.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return false }
        let properties = scalar.properties
        return properties.generalCategory == .control
            || properties.generalCategory == .format
            || properties.generalCategory == .lineSeparator
            || properties.generalCategory == .paragraphSeparator
            || properties.isNoncharacterCodePoint
    }

    /// A visible Go-style escape for a character that would otherwise be invisible,
    /// reorder text, or be illegal in XML; nil for ordinary characters.
    static func visibleEscape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\n": return "\\n"
        case "\t": return "\\t"
        case "\r": return "\\r"
        default: break
        }
        let value = scalar.value
        // Printable ASCII is by far the common case; skip the Unicode property lookups for it.
        if value >= 0x20 && value < 0x7F { return nil }
        guard isInvisible(scalar) else { return nil }
        if value < 0x80 { return "\\x" + hex(value, width: 2) }
        if value <= 0xFFFF { return "\\u" + hex(value, width: 4) }
        return "\\U" + hex(value, width: 8)
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension String {
    fileprivate func replacingBackslashes(_ replacement: String) -> String {
        var out = ""
        for scalar in unicodeScalars {
            if scalar == "\\" { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}

extension Escaping {
    /// `text` with every character `visibleEscape` names shown as its escape.
    static func visible(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if let escape = visibleEscape(scalar) { out += escape } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    // MARK: JSON inside HTML

    /// Appends `text` as a JSON string literal, quotes included, safe inside an HTML
    /// `<script type="application/json">`: `<`, `>` and `&` are written as `\u003c`-style
    /// escapes, so no `</script>` or `<!--` can appear; characters `xmlText` would show as
    /// escapes are shown the same way (the page puts the text in as text).
    static func appendJSONInHTML(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        var plain = true
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26 {
            plain = false
            break
        }
        if plain {
            out.append(contentsOf: text.utf8)
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out.append(contentsOf: #"\""#.utf8)
                case "\\": out.append(contentsOf: #"\\"#.utf8)
                case "<": out.append(contentsOf: #"\u003c"#.utf8)
                case ">": out.append(contentsOf: #"\u003e"#.utf8)
                case "&": out.append(contentsOf: #"\u0026"#.utf8)
                case "\n": out.append(contentsOf: #"\n"#.utf8)
                case "\t": out.append(contentsOf: #"\t"#.utf8)
                default:
                    if let visible = visibleEscape(scalar) {
                        // A Go-style escape shown as text: its backslash is JSON-escaped.
                        for byte in visible.utf8 {
                            if byte == 0x5C { out.append(0x5C) }
                            out.append(byte)
                        }
                    } else {
                        out.append(contentsOf: String(scalar).utf8)
                    }
                }
            }
        }
        out.append(0x22)
    }
}
