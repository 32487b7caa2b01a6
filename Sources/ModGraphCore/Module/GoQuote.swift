/// Go's `%q` quoting (`strconv.Quote`, `strconv.QuoteRune`), used to reproduce the go command's messages.
enum GoQuote {
    /// A double-quoted Go string literal.
    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars { append(scalar, quote: "\"", to: &out) }
        out.append("\"")
        return out
    }

    /// A single-quoted Go rune literal.
    static func rune(_ scalar: Unicode.Scalar) -> String {
        var out = "'"
        append(scalar, quote: "'", to: &out)
        out.append("'")
        return out
    }

    private static func append(_ s: Unicode.Scalar, quote: Character, to out: inout String) {
        let v = s.value
        if v < 0x80 {
            let c = Character(s)
            if c == quote || c == "\\" {
                out.append("\\")
                out.append(c)
                return
            }
            if v >= 0x20 && v < 0x7F {
                out.append(c)
                return
            }
            switch v {
            case 0x07: out.append("\\a")
            case 0x08: out.append("\\b")
            case 0x0C: out.append("\\f")
            case 0x0A: out.append("\\n")
            case 0x0D: out.append("\\r")
            case 0x09: out.append("\\t")
            case 0x0B: out.append("\\v")
            default: out.append("\\x" + hex(v, width: 2))
            }
            return
        }
        if isPrint(s) {
            out.unicodeScalars.append(s)
        } else if v < 0x10000 {
            out.append("\\u" + hex(v, width: 4))
        } else {
            out.append("\\U" + hex(v, width: 8))
        }
    }

    /// Go's `unicode.IsPrint` for non-ASCII: letters, marks, numbers, punctuation and symbols
    /// (the lexers of go.mod and go.work use it too).
    static func isPrint(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark,
            .decimalNumber, .letterNumber, .otherNumber,
            .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation,
            .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    private static func hex(_ v: UInt32, width: Int) -> String {
        let digits = String(v, radix: 16)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}
