import Foundation
@testable import ModGraphCore

/// Every escaping function for untrusted text: DOT, XML/SVG/HTML text and attributes,
/// Markdown table cells and code spans, Mermaid labels, JSON (the reports' encoder), terminal
/// text and the Go-style quoting in messages. Each output must stay inside its context (no raw quote,
/// `<`, `|` or newline where they would break out) and decode back to the input when the
/// input has no character that is shown as a visible escape.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEscaping(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let plain = !text.unicodeScalars.contains { Escaping.visibleEscape($0) != nil }
    checkDOT(text, plain: plain)
    checkXML(text)
    checkMarkdown(text, plain: plain)
    checkMermaid(text, plain: plain)
    checkJSON(text)
    checkTerminal(text)
    checkGoQuote(text)
    return 0
}

/// No scalar that could break a line, or hide or reorder text.
private func noInvisible(_ s: String, _ what: String) {
    for u in s.unicodeScalars {
        Fuzz.require(Escaping.visibleEscape(u) == nil, "\(what) keeps an invisible character U+\(String(u.value, radix: 16))")
    }
}

private func checkDOT(_ text: String, plain: Bool) {
    let quoted = Escaping.dot(text)
    let u = Array(quoted.unicodeScalars)
    Fuzz.require(u.count >= 2 && u.first == "\"" && u.last == "\"", "DOT string is not quoted")
    noInvisible(quoted, "DOT")
    var decoded = String.UnicodeScalarView()
    var i = 1
    while i < u.count - 1 {
        switch u[i] {
        case "\\":
            Fuzz.require(i + 1 < u.count - 1 && (u[i + 1] == "\\" || u[i + 1] == "\""), "DOT backslash not followed by \\ or \"")
            decoded.append(u[i + 1])
            i += 2
        case "\"":
            Fuzz.require(false, "raw quote inside a DOT string")
        case "&":
            Fuzz.require(Array(u[i..<min(i + 5, u.count)]) == Array("&amp;".unicodeScalars), "raw & in DOT")
            decoded.append("&")
            i += 5
        default:
            decoded.append(u[i])
            i += 1
        }
    }
    if plain { Fuzz.require(String(decoded) == text, "DOT does not round-trip") }
    let lines = Escaping.dot(lines: [text, text])
    let joined = String(String.UnicodeScalarView(quoted.unicodeScalars.dropLast())) + "\\n"
        + String(String.UnicodeScalarView(quoted.unicodeScalars.dropFirst()))
    Fuzz.require(lines == joined, "dot(lines:) is not the joined lines")
}

private let entities: [(String, Unicode.Scalar)] = [
    ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#10;", "\n"), ("&#9;", "\t"),
]

/// Decodes the entities the XML escaper writes; fails on any other `&`.
private func decodeEntities(_ s: String, _ what: String) -> String {
    // Scalar by scalar: String.hasPrefix compares characters, and "&amp;" followed by a
    // combining mark is one character longer than "&amp;".
    var out = String.UnicodeScalarView()
    var rest = Substring(s).unicodeScalars
    while let first = rest.first {
        if first == "&" {
            guard let (name, scalar) = entities.first(where: { rest.starts(with: $0.0.unicodeScalars) }) else {
                Fuzz.require(false, "raw & in \(what)")
                return ""
            }
            out.append(scalar)
            rest = rest.dropFirst(name.unicodeScalars.count)
        } else {
            out.append(first)
            rest = rest.dropFirst()
        }
    }
    return String(out)
}

private func checkXML(_ text: String) {
    let content = Escaping.xmlText(text)
    let attribute = Escaping.xmlAttribute(text)
    for u in content.unicodeScalars {
        Fuzz.require(u != "<" && u != ">", "raw < or > in XML text")
        Fuzz.require(u == "\n" || u == "\t" || Escaping.visibleEscape(u) == nil, "XML text keeps U+\(String(u.value, radix: 16))")
    }
    noInvisible(attribute, "XML attribute")
    for u in attribute.unicodeScalars {
        Fuzz.require(!"<>\"'".unicodeScalars.contains(u), "raw \(u) in an XML attribute")
    }
    // Text whose only special characters are newlines and tabs comes back exactly.
    let keepsAll = !text.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && Escaping.visibleEscape($0) != nil }
    let decodedContent = decodeEntities(content, "XML text")
    let decodedAttribute = decodeEntities(attribute, "XML attribute")
    if keepsAll {
        Fuzz.require(decodedContent == text, "XML text does not round-trip")
        Fuzz.require(decodedAttribute == text, "XML attribute does not round-trip")
    }
}

private func checkMarkdown(_ text: String, plain: Bool) {
    let cell = Escaping.markdownTableCell(text)
    noInvisible(cell, "Markdown cell")
    var decoded = String.UnicodeScalarView()
    let u = Array(cell.unicodeScalars)
    var i = 0
    while i < u.count {
        switch u[i] {
        case "\\":
            Fuzz.require(i + 1 < u.count && "\\`*_[](){}|#@!~$^".unicodeScalars.contains(u[i + 1]), "Markdown backslash before \(i + 1 < u.count ? String(u[i + 1]) : "end")")
            decoded.append(u[i + 1])
            i += 2
        case "|", "<", ">", "`", "*", "_", "[", "]":
            Fuzz.require(false, "raw \(u[i]) in a Markdown cell")
            i += 1
        default:
            decoded.append(u[i])
            i += 1
        }
    }
    let decodedCell = decodeEntities(String(decoded), "Markdown cell")
    if plain { Fuzz.require(decodedCell == text, "Markdown cell does not round-trip") }

    let code = Escaping.markdownInlineCode(text)
    guard !text.isEmpty else {
        Fuzz.require(code.isEmpty, "code span for empty text")
        return
    }
    noInvisible(code, "Markdown code span")
    let c = Array(code.unicodeScalars)
    let fence = c.prefix { $0 == "`" }.count
    Fuzz.require(fence >= 1 && c.count >= 2 * fence, "code span without a fence")
    Fuzz.require(c.suffix(fence).allSatisfy { $0 == "`" } && c.dropLast(fence).last != "`", "code span fences differ")
    var body = Array(c[fence..<(c.count - fence)])
    if body.count >= 2, body.first == " ", body.last == " ", !body.allSatisfy({ $0 == " " }) {
        body = Array(body.dropFirst().dropLast())
    }
    var run = 0
    var unbarred = String.UnicodeScalarView()
    for (k, s) in body.enumerated() {
        run = s == "`" ? run + 1 : 0
        Fuzz.require(run < fence || (k + 1 < body.count && body[k + 1] == "`"), "a backtick run in the body closes the span")
        if s == "|" {
            Fuzz.require(k > 0 && body[k - 1] == "\\", "raw | in a code span")
        }
        if s == "\\", k + 1 < body.count, body[k + 1] == "|" { continue }
        unbarred.append(s)
    }
    if plain && !text.contains("\\|") { Fuzz.require(String(unbarred) == text, "code span does not round-trip") }
}

/// A Mermaid label holds only ASCII letters, digits, inner spaces and `#N;` codes (N decimal):
/// no raw quote, bracket, `#`, `;`, `<`, `&` or line break, and nothing that is not ASCII.
/// The codes decode back to the input when it has nothing shown as a visible escape.
private func checkMermaid(_ text: String, plain: Bool) {
    let label = Escaping.mermaidLabel(text)
    let u = Array(label.unicodeScalars)
    Fuzz.require(u.first != " ", "Mermaid label starts with a space")
    var decoded = String.UnicodeScalarView()
    var i = 0
    while i < u.count {
        let v = u[i].value
        if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x20 {
            decoded.append(u[i])
            i += 1
            continue
        }
        Fuzz.require(u[i] == "#", "raw U+\(String(v, radix: 16)) in a Mermaid label")
        var k = i + 1
        var code: UInt32 = 0
        while k < u.count && u[k].value >= 0x30 && u[k].value <= 0x39 {
            code = code &* 10 &+ (u[k].value - 0x30)
            Fuzz.require(code <= 0x10FFFF, "Mermaid code out of range")
            k += 1
        }
        Fuzz.require(k > i + 1 && k < u.count && u[k] == ";", "# in a Mermaid label is not a #N; code")
        Fuzz.require(u[i + 1] != "0" || k == i + 2, "Mermaid code with a leading zero")
        guard let scalar = Unicode.Scalar(code) else {
            Fuzz.require(false, "Mermaid code \(code) is not a scalar")
            return
        }
        // A code for a letter, digit or inner space would be harmless but is never written.
        let isPlain = (code >= 0x61 && code <= 0x7A) || (code >= 0x41 && code <= 0x5A) || (code >= 0x30 && code <= 0x39)
        Fuzz.require(!isPlain && !(code == 0x20 && !decoded.isEmpty), "Mermaid code for a plain character")
        decoded.append(scalar)
        i = k + 1
    }
    if plain { Fuzz.require(String(decoded) == text, "Mermaid label does not round-trip") }
}

private func checkJSON(_ text: String) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode([text]) else {
        Fuzz.require(false, "JSON encoding failed")
        return
    }
    let bytes = Array(data)
    // ["…"] pretty-printed: `[`, newline, indent, the string, newline, `]`.
    let inner = bytes.drop { $0 != 0x22 }.reversed().drop { $0 != 0x22 }.reversed()
    Fuzz.require(!inner.contains { $0 < 0x20 }, "raw control character in a JSON string")
    let decoded = try? JSONDecoder().decode([String].self, from: data)
    Fuzz.require(decoded == [text], "JSON does not round-trip")
}

private func checkTerminal(_ text: String) {
    let safe = Escaping.terminal(text)
    for u in safe.unicodeScalars {
        Fuzz.require(u.value >= 0x20 && u.value != 0x7F && !(0x80..<0xA0).contains(u.value), "terminal text keeps U+\(String(u.value, radix: 16))")
    }
}

private func checkGoQuote(_ text: String) {
    for quoted in [GoQuote.string(text), InputText.quoted(text)] {
        let u = Array(quoted.unicodeScalars)
        Fuzz.require(u.count >= 2 && u.first == "\"" && u.last == "\"", "quoted text is not quoted")
        for s in u {
            Fuzz.require(s.value >= 0x20 && s.value != 0x7F, "quoted text keeps U+\(String(s.value, radix: 16))")
        }
    }
    let goQuoted = GoQuote.string(text)
    Fuzz.require(ModFileSyntax.unquote(goQuoted) == text, "GoQuote.string does not round-trip through unquote")
    if !text.unicodeScalars.contains(where: { (0x80..<0xA0).contains($0.value) }) {
        Fuzz.require(ModFileSyntax.unquote(InputText.quoted(text)) == text, "InputText.quoted does not round-trip through unquote")
    }
}
