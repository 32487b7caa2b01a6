import Foundation
import Testing
@testable import ModGraphCore

@Suite struct EscapingTests {
    // MARK: JSON and terminal

    /// JSON keeps its value (every hostile sample round-trips) and carries no raw invisible
    /// character: bidi controls, separators, Cf (U+E0041 needs a surrogate pair) and C1 become escapes.
    @Test(arguments: hostileSamples + ["tag\u{E0041}\u{E007F}", "\u{061C}\u{200E}\u{200F}\u{202A}\u{2069}"])
    func jsonEscapesInvisibleCharactersAndRoundTrips(_ sample: String) throws {
        let encoded = try JSONSerialization.data(withJSONObject: [sample], options: [.withoutEscapingSlashes])
        let escaped = Escaping.json(encoded)
        let text = String(decoding: escaped, as: UTF8.self)
        let raw = text.unicodeScalars.filter { $0.value >= 0x80 && Escaping.isInvisible($0) }
        #expect(raw.isEmpty, "raw \(raw.map { String($0.value, radix: 16) })")
        let decoded = try JSONSerialization.jsonObject(with: escaped) as? [String]
        #expect(decoded == [sample])
    }

    @Test func jsonEscapesAreGoStyleHexAndSurrogatePairs() {
        #expect(String(decoding: Escaping.json(Data("[\"a\u{202E}b\u{2028}\u{E0041}é\"]".utf8)), as: UTF8.self)
            == #"["a\u202eb\u2028\udb40\udc41é"]"#)
    }

    @Test func terminalTextShowsInvisibleCharactersAsEscapes() {
        #expect(Escaping.terminal("a\u{202E}b\u{1b}[31m\u{7}\u{2066}\u{2028}\u{200B}\u{FEFF}é\n")
            == #"a\u{202e}b\u{1b}[31m\u{7}\u{2066}\u{2028}\u{200b}\u{feff}é\u{a}"#)
        #expect(Escaping.terminal("line\n\tnext\u{202E}", keepingNewlines: true) == "line\n\tnext\\u{202e}")
    }

    // MARK: DOT

    @Test(arguments: [
        ("plain.com/x", #""plain.com/x""#),
        (#"evil.com/"];x[label=""#, #""evil.com/\"];x[label=\"""#),
        (#"back\slash\N"#, #""back\\slash\\N""#),
        (#"trailing\"#, #""trailing\\""#),
        ("a&b&amp;&foo;", #""a&amp;b&amp;amp;&amp;foo;""#),
        ("line\nbreak\ttab\r", #""line\\nbreak\\ttab\\r""#),
        ("ctl\u{1}\u{1b}\u{7f}\u{85}", #""ctl\\x01\\x1b\\x7f\\u0085""#),
        ("bidi\u{202E}zw\u{200B}bom\u{FEFF}", #""bidi\\u202ezw\\u200bbom\\ufeff""#),
        ("sep\u{2028}\u{2029}", #""sep\\u2028\\u2029""#),
        ("<a> é 日本 🙂", #""<a> é 日本 🙂""#),
        ("", #""""#),
    ])
    func dotString(input: String, expected: String) {
        #expect(Escaping.dot(input) == expected)
    }

    @Test func dotLinesJoinWithGraphvizNewlines() {
        #expect(Escaping.dot(lines: ["a\"b", "v1.0.0", "c\nd"]) == #""a\"b\nv1.0.0\nc\\nd""#)
        #expect(Escaping.dot(lines: []) == #""""#)
    }

    /// Whatever goes in, a DOT string has no raw newline, no unescaped quote, and its
    /// backslashes come in pairs or before a quote, so it always ends where it should.
    @Test(arguments: hostileSamples)
    func dotStringIsAlwaysOneClosedToken(input: String) {
        let quoted = Escaping.dot(input)
        #expect(quoted.first == "\"" && quoted.last == "\"")
        let body = Array(quoted.unicodeScalars.dropFirst().dropLast())
        var i = 0
        while i < body.count {
            let c = body[i]
            #expect(c != "\n" && c != "\r")
            #expect(c.properties.generalCategory != .control)
            if c == "\\" {
                #expect(i + 1 < body.count && (body[i + 1] == "\\" || body[i + 1] == "\""))
                i += 2
                continue
            }
            #expect(c != "\"")
            i += 1
        }
    }

    // MARK: XML

    @Test func xmlTextEscapesMarkupAndKeepsLayout() {
        #expect(Escaping.xmlText("a<b>&c \"q\" 'a'") == "a&lt;b&gt;&amp;c \"q\" 'a'")
        #expect(Escaping.xmlText("l1\n\tl2") == "l1\n\tl2")
        #expect(Escaping.xmlText("]]>") == "]]&gt;")
        #expect(Escaping.xmlText("&amp;") == "&amp;amp;")
    }

    @Test func xmlAttributeEscapesQuotesAndWhitespace() {
        #expect(Escaping.xmlAttribute(#"a"b'c<d>&"#) == "a&quot;b&#39;c&lt;d&gt;&amp;")
        #expect(Escaping.xmlAttribute("l1\nl2\tx") == "l1&#10;l2&#9;x")
    }

    @Test func xmlMakesCharactersIllegalInXMLVisible() {
        #expect(Escaping.xmlText("a\u{0}b\u{1b}c\u{FFFE}") == "a\\x00b\\x1bc\\ufffe")
        #expect(Escaping.xmlAttribute("\r") == "\\r")
        #expect(Escaping.xmlText("rtl\u{202E}") == "rtl\\u202e")
    }

    // MARK: Markdown

    @Test(arguments: [
        ("github.com/a/b", "github.com/a/b"),
        ("a|b", #"a\|b"#),
        ("*bold* _it_ `code`", #"\*bold\* \_it\_ \`code\`"#),
        ("[x](http://evil)", #"\[x\]\(http://evil\)"#),
        ("<script>&amp;", "&lt;script&gt;&amp;amp;"),
        ("@team #123 $x$ ~~s~~", ##"\@team \#123 \$x\$ \~\~s\~\~"##),
        (#"back\slash"#, #"back\\slash"#),
        ("two\nlines", #"two\\nlines"#),
    ])
    func markdownTableCell(input: String, expected: String) {
        #expect(Escaping.markdownTableCell(input) == expected)
    }

    @Test(arguments: [
        ("golang.org/x/mod", "`golang.org/x/mod`"),
        ("a`b", "``a`b``"),
        ("``x", "``` ``x ```"),
        ("x`", "`` x` ``"),
        (" padded ", "`  padded  `"),
        // Found by the escaping fuzz target: a span of only spaces is shown as is, so it is not padded.
        (" ", "` `"),
        ("   ", "`   `"),
        // Found by the escaping fuzz target: a backtick (or space) followed by a combining
        // mark touches the fence although Swift sees one Character there.
        ("`\u{489}x", "`` `\u{489}x ``"),
        ("x`\u{301}", "``x`\u{301}``"),  // the mark stands between the backtick and the fence
        (" \u{301}x ", "`  \u{301}x  `"),
        ("a|b", #"`a\|b`"#),
        ("nl\nx", #"`nl\nx`"#),
        ("", ""),
    ])
    func markdownInlineCode(input: String, expected: String) {
        #expect(Escaping.markdownInlineCode(input) == expected)
    }

    @Test(arguments: hostileSamples)
    func markdownCellNeverEndsTheCellOrLine(input: String) {
        let cell = Escaping.markdownTableCell(input)
        #expect(!cell.contains("\n"))
        #expect(!cell.contains("<"))
        let scalars = Array(cell.unicodeScalars)
        for (i, c) in scalars.enumerated() where c == "|" {
            // Every pipe is escaped by an odd run of backslashes.
            var run = 0
            var j = i - 1
            while j >= 0, scalars[j] == "\\" { run += 1; j -= 1 }
            #expect(run % 2 == 1)
        }
    }
}

/// Module paths someone could put in a go.mod or a crafted capture.
let hostileSamples: [String] = [
    #"evil.com/"];x[label=""#,
    "a.com/<script>alert(1)</script>",
    #"back\slash\N\G\E\T\H\L\n\l\r"#,
    #"trailing\"#,
    #"\\\""#,
    "amp&foo;&;&#x41;&#65;&amp;&lt;",
    "nl\nline\ttab\r\u{0}\u{1}\u{1b}[31m\u{7f}\u{85}\u{9f}",
    "bidi\u{202E}txet\u{2066}\u{200B}\u{FEFF}",
    "ünïcødé/日本/🙂",
    "quote'apos\"",
    "--comment-->",
    "]]><![CDATA[",
    "\u{2028}\u{2029}",
    "\u{FFFE}\u{FFFF}",
    "|pipe|`tick`|",
    "",
]
