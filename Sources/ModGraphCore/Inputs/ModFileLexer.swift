/// The tokenizer for go.mod and go.work text (valid UTF-8, as `InputText` guarantees).
struct ModFileLexer {
    let input: InputText
    /// Byte offset of the next unread byte.
    private var offset = 0
    /// Line and column of `offset`.
    private(set) var position = ModFileSyntax.Position(line: 1, column: 1)
    /// Whether a token other than a newline or comment has been read on the current line.
    private var tokenOnLine = false

    init(input: InputText) {
        self.input = input
    }

    private var bytes: [UInt8] { input.bytes }

    /// Reads the next token; lexical errors are thrown at the go command's position for them.
    mutating func readToken() throws(ParseError) -> ModFileSyntax.Token {
        let b = bytes
        while offset < b.count, b[offset] == 0x20 || b[offset] == 0x09 || b[offset] == 0x0D {
            advanceByte()
        }
        let start = position
        guard offset < b.count else {
            return ModFileSyntax.Token(kind: .eof, text: "", start: start)
        }
        let c = b[offset]
        if c == 0x0A {
            advanceByte()
            tokenOnLine = false
            return ModFileSyntax.Token(kind: .newline, text: "\n", start: start)
        }
        if c == 0x2F && offset + 1 < b.count && b[offset + 1] == 0x2F {
            return readComment(start: start)
        }
        tokenOnLine = true
        let punctuation: ModFileSyntax.TokenKind? =
            switch c {
            case 0x28: .leftParen
            case 0x29: .rightParen
            case 0x5B: .leftBracket
            case 0x5D: .rightBracket
            case 0x7B: .leftBrace
            case 0x7D: .rightBrace
            case 0x2C: .comma
            default: nil
            }
        if let kind = punctuation {
            advanceByte()
            return ModFileSyntax.Token(kind: kind, text: String(UnicodeScalar(c)), start: start)
        }
        if c == 0x22 || c == 0x60 {
            return try readString(quote: c, start: start)
        }
        return try readIdent(start: start)
    }

    /// A comment runs to the end of the line; the newline is part of it.
    private mutating func readComment(start: ModFileSyntax.Position) -> ModFileSyntax.Token {
        let b = bytes
        let from = offset
        var end = offset
        while end < b.count && b[end] != 0x0A { end += 1 }
        var textEnd = end
        let hasNewline = end < b.count
        if hasNewline && textEnd > from && b[textEnd - 1] == 0x0D { textEnd -= 1 }
        let text = String(decoding: b[from..<textEnd], as: UTF8.self)
        position.column += Self.scalarCount(b, from..<end)
        offset = end
        if hasNewline { advanceByte() }
        let kind: ModFileSyntax.TokenKind = tokenOnLine ? .eolComment : .comment
        tokenOnLine = false
        return ModFileSyntax.Token(kind: kind, text: text, start: start)
    }

    private mutating func readString(quote: UInt8, start: ModFileSyntax.Position) throws(ParseError) -> ModFileSyntax.Token {
        let b = bytes
        let from = offset
        advanceByte()
        while true {
            guard offset < b.count else { throw error(at: start, "unexpected EOF in string") }
            if b[offset] == 0x0A { throw error(at: position, "unexpected newline in string") }
            let c = b[offset]
            advanceScalar()
            if c == quote { break }
            if c == 0x5C && quote != 0x60 {
                guard offset < b.count else { throw error(at: start, "unexpected EOF in string") }
                advanceScalar()
            }
        }
        let text = String(decoding: b[from..<offset], as: UTF8.self)
        return ModFileSyntax.Token(kind: .string, text: text, start: start)
    }

    private mutating func readIdent(start: ModFileSyntax.Position) throws(ParseError) -> ModFileSyntax.Token {
        let b = bytes
        let from = offset
        let (first, _) = Self.decode(b, offset)
        if !Self.isIdent(first) {
            throw error(at: position, "unexpected input character \(GoQuote.rune(first))")
        }
        while offset < b.count {
            let (scalar, _) = Self.decode(b, offset)
            if !Self.isIdent(scalar) { break }
            if b[offset] == 0x2F && offset + 1 < b.count {
                if b[offset + 1] == 0x2F { break }
                if b[offset + 1] == 0x2A {
                    throw error(at: position, "mod files must use // comments (not /* */ comments)")
                }
            }
            advanceScalar()
        }
        let text = String(decoding: b[from..<offset], as: UTF8.self)
        return ModFileSyntax.Token(kind: .ident, text: text, start: start)
    }

    private func error(at p: ModFileSyntax.Position, _ message: String) -> ParseError {
        ParseError(file: input.file, line: p.line, column: p.column, message: message)
    }

    /// Moves past one ASCII byte.
    private mutating func advanceByte() {
        if bytes[offset] == 0x0A {
            position.line += 1
            position.column = 1
        } else {
            position.column += 1
        }
        offset += 1
    }

    /// Moves past one scalar (1 to 4 bytes).
    private mutating func advanceScalar() {
        let c = bytes[offset]
        if c < 0x80 {
            advanceByte()
            return
        }
        offset += Self.sequenceLength(c)
        position.column += 1
    }

    static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4)
    }

    static func scalarCount(_ b: [UInt8], _ range: Range<Int>) -> Int {
        var n = 0
        for i in range where b[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// The scalar at `i` in valid UTF-8, and its length in bytes.
    static func decode(_ b: [UInt8], _ i: Int) -> (Unicode.Scalar, Int) {
        let c = b[i]
        if c < 0x80 { return (Unicode.Scalar(c), 1) }
        let n = sequenceLength(c)
        var v = UInt32(c) & (n == 2 ? 0x1F : (n == 3 ? 0x0F : 0x07))
        for k in 1..<n { v = (v << 6) | (UInt32(b[i + k]) & 0x3F) }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", n)
    }

    /// Whether `c` can be part of an identifier.
    ///
    /// That is a printable character (Go's `unicode.IsPrint`) other than space,
    /// `(`, `)`, `[`, `]`, `{`, `}` and `,`.
    static func isIdent(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 {
            switch v {
            case 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x2C: return false
            default: return v > 0x20 && v < 0x7F
            }
        }
        return GoQuote.isPrint(c)
    }
}
