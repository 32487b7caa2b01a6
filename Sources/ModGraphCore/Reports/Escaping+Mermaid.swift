extension Escaping {
    /// Text for a double-quoted Mermaid label (`n1["..."]`) that Mermaid shows literally.
    ///
    /// Every character other than ASCII letters, digits, space and `. / - _ ~ + @ , =` becomes
    /// a Mermaid entity code (`#35;` for `#`, `#34;` for `"`): quotes cannot end the label,
    /// `;` and newlines cannot end the statement, `<` and `&` cannot become HTML or entities,
    /// a backtick cannot make the label a Markdown string, `:` cannot trip Mermaid's `style`
    /// rewriting. Non-ASCII characters are entity codes too (Mermaid's own entity placeholders
    /// are non-ASCII, so a name cannot forge one); invisible ones are first shown as Go-style
    /// escapes (`\u202e`), as in every other format.
    public static func mermaidLabel(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let visible = visibleEscape(scalar) {
                out += mermaidLabel(visible)
                continue
            }
            let v = scalar.value
            let plain = (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
                || " ./-_~+@,=".unicodeScalars.contains(scalar)
            if plain {
                out.unicodeScalars.append(scalar)
            } else {
                out += "#\(v);"
            }
        }
        return out
    }
}
