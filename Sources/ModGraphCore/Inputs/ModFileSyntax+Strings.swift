/// Argument strings: bare words, or Go double-quoted literals (back-quoted ones are refused).
extension ModFileSyntax {
    /// The value of an argument token, or the go command's reason it has none.
    ///
    /// The reasons are `invalid syntax` and `unquoted string cannot contain quote`.
    static func argumentString(_ text: String) -> Result<String, StringError> {
        if text.hasPrefix("\"") {
            guard let value = unquote(text) else { return .failure(StringError(reason: "invalid syntax")) }
            return .success(value)
        }
        if text.utf8.contains(where: { $0 == 0x22 || $0 == 0x27 || $0 == 0x60 }) {
            return .failure(StringError(reason: "unquoted string cannot contain quote"))
        }
        return .success(text)
    }

    struct StringError: Error, Sendable {
        var reason: String
    }

    /// Decodes a Go interpreted string literal (`strconv.Unquote` on `"..."`); nil when malformed.
    ///
    /// `\x` and octal escapes give bytes; a result that is not UTF-8 is repaired with U+FFFD,
    /// which is also how the go command's JSON shows such a value.
    static func unquote(_ literal: String) -> String? {
        let b = Array(literal.utf8)
        guard b.count >= 2, b.first == 0x22, b.last == 0x22 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 1
        let end = b.count - 1
        while i < end {
            let c = b[i]
            if c == 0x22 || c == 0x0A { return nil }
            if c != 0x5C {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < end else { return nil }
            let e = b[i]
            i += 1
            switch e {
            case UInt8(ascii: "x"):
                guard let v = hexValue(b, i, 2, end) else { return nil }
                out.append(UInt8(v))
                i += 2
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                let n = e == UInt8(ascii: "u") ? 4 : 8
                guard let v = hexValue(b, i, n, end), let scalar = Unicode.Scalar(v) else { return nil }
                out.append(contentsOf: Array(String(scalar).utf8))
                i += n
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                guard i + 2 <= end else { return nil }
                var v = UInt32(e - 0x30)
                for k in 0..<2 {
                    let d = b[i + k]
                    guard d >= 0x30 && d <= 0x37 else { return nil }
                    v = v * 8 + UInt32(d - 0x30)
                }
                guard v <= 255 else { return nil }
                out.append(UInt8(v))
                i += 2
            default:
                guard let byte = BackslashEscape.go(e) else { return nil }
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexValue(_ b: [UInt8], _ i: Int, _ n: Int, _ end: Int) -> UInt32? {
        guard i + n <= end else { return nil }
        var v: UInt32 = 0
        for k in 0..<n {
            let c = b[i + k]
            let d: UInt8
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x61...0x66: d = c - 0x61 + 10
            case 0x41...0x46: d = c - 0x41 + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
        }
        return v
    }

    /// Go's `strings.TrimSpace`: drops leading and trailing Unicode white space.
    static func trimSpace(_ s: Substring) -> Substring {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return Substring(scalars[first...last])
    }

    /// Go's `strings.Fields`: the runs of non-white-space characters.
    static func fields(_ s: Substring) -> [Substring] {
        s.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }).map { Substring($0) }
    }
}
