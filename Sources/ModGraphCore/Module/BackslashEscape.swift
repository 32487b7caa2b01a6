/// One-letter backslash escapes in quoted strings: the byte each letter stands for.
///
/// Go strings (and the C-style quoting git uses for paths) and JSON strings share
/// `\b \f \n \r \t \\ \"`; Go adds `\a` and `\v`, JSON adds `\/`.
enum BackslashEscape {
    /// The byte `\letter` stands for in a Go string; nil for any other letter.
    static func go(_ letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "a"): return 0x07
        case UInt8(ascii: "v"): return 0x0B
        default: return shared(letter)
        }
    }

    /// The byte `\letter` stands for in a JSON string; nil for any other letter.
    static func json(_ letter: UInt8) -> UInt8? {
        letter == UInt8(ascii: "/") ? letter : shared(letter)
    }

    private static func shared(_ letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        case UInt8(ascii: "\\"), UInt8(ascii: "\""): return letter
        default: return nil
        }
    }
}
