extension Escaping {
    /// One line of a double-quoted Mermaid label (`n1["..."]`) that Mermaid shows literally.
    ///
    /// Every character other than ASCII letters, digits and inner spaces becomes a Mermaid
    /// entity code (`#35;` for `#`, `#34;` for `"`), which Mermaid decodes only after it has
    /// parsed the diagram and the label's Markdown: quotes cannot end the label, `;` cannot end
    /// the statement, `<` and `&` cannot become HTML or entities, `` ` ``, `*`, `_`, `~`, `[`,
    /// `-` or `1.` cannot become Markdown, `:` and `@` cannot become links, `:` cannot trip
    /// Mermaid's `style` rewriting. Non-ASCII characters are codes too (Mermaid's own entity
    /// placeholders are non-ASCII, so a name cannot forge one); invisible ones are first shown
    /// as Go-style escapes (`\u202e`), as in every other format. Join lines with a newline
    /// inside the quotes, not `<br/>`: with `<br/>` Mermaid 11 decodes the codes before the
    /// Markdown, which then acts on them.
    static func mermaidLabel(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let visible = visibleEscape(scalar) {
                out += mermaidLabel(visible)
                continue
            }
            let v = scalar.value
            let plain = (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
                || (v == 0x20 && !out.isEmpty)
            if plain {
                out.unicodeScalars.append(scalar)
            } else {
                out += "#\(v);"
            }
        }
        return out
    }
}
