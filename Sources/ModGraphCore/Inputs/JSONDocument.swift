/// A small JSON document that remembers where each value starts, for the JSON files people
/// write by hand (`--policy`, `--baseline`): every error, syntax or shape, names line:column.
///
/// Strict RFC 8259 JSON; duplicate keys in an object are an error (which one would count is
/// not obvious to the person reading the file); nesting is limited to `maxDepth`.
struct JSONDocument {
    /// One value and the byte offset where it starts.
    struct Value {
        enum Kind {
            /// Members in file order.
            case object([Member])
            case array([Value])
            case string(String)
            /// The number's text, as written.
            case number(String)
            case bool(Bool)
            case null
        }

        var kind: Kind
        var offset: Int

        /// What the value is, for messages: "an object", "a string", ...
        var typeName: String {
            switch kind {
            case .object: "an object"
            case .array: "a list"
            case .string: "a string"
            case .number: "a number"
            case .bool: "true or false"
            case .null: "null"
            }
        }

        var members: [Member]? { if case .object(let m) = kind { m } else { nil } }
        var elements: [Value]? { if case .array(let e) = kind { e } else { nil } }
        var string: String? { if case .string(let s) = kind { s } else { nil } }
        /// The value as an integer, when it is a number without fraction or exponent.
        var int: Int? { if case .number(let n) = kind { Int(n) } else { nil } }

        /// The member named `key`, if any.
        subscript(key: String) -> Value? { members?.first { $0.key == key }?.value }
    }

    struct Member {
        var key: String
        var keyOffset: Int
        var value: Value
    }

    static let maxDepth = 256

    let text: InputText
    let root: Value

    /// Parses `text` as one JSON value.
    /// - Throws: `ParseError` at the first byte that is not valid JSON, or at a duplicate key.
    init(_ text: InputText) throws(ParseError) {
        self.text = text
        var parser = Parser(bytes: text.bytes, text: text)
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        if parser.p < text.bytes.count {
            throw parser.fail("expected the end of the document after the top-level value, found \(parser.found())")
        }
        root = value
    }

    /// A `ParseError` at `value`.
    func error(at value: Value, _ message: String) -> ParseError {
        text.error(atByte: value.offset, message)
    }

    private struct Parser {
        let bytes: [UInt8]
        let text: InputText
        var p = 0

        mutating func skipSpace() {
            while p < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[p]) { p += 1 }
        }

        func found() -> String {
            guard p < bytes.count else { return "the end of the file" }
            // The whole UTF-8 character (the text is valid UTF-8), quoted as Go quotes a rune.
            var end = p + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            let scalar = String(decoding: bytes[p..<end], as: UTF8.self).unicodeScalars.first ?? "?"
            return GoQuote.rune(scalar)
        }

        func fail(_ message: String, at offset: Int? = nil) -> ParseError {
            text.error(atByte: offset ?? p, "not valid JSON: \(message)")
        }

        mutating func value(depth: Int) throws(ParseError) -> Value {
            guard depth < JSONDocument.maxDepth else { throw fail("nested more than \(JSONDocument.maxDepth) deep") }
            guard p < bytes.count else { throw fail("expected a value, found the end of the file") }
            let start = p
            switch bytes[p] {
            case UInt8(ascii: "{"): return Value(kind: .object(try object(depth: depth)), offset: start)
            case UInt8(ascii: "["): return Value(kind: .array(try array(depth: depth)), offset: start)
            case UInt8(ascii: "\""): return Value(kind: .string(try string()), offset: start)
            case UInt8(ascii: "t"): try literal("true"); return Value(kind: .bool(true), offset: start)
            case UInt8(ascii: "f"): try literal("false"); return Value(kind: .bool(false), offset: start)
            case UInt8(ascii: "n"): try literal("null"); return Value(kind: .null, offset: start)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return Value(kind: .number(try number()), offset: start)
            default: throw fail("expected a value, found \(found())")
            }
        }

        mutating func object(depth: Int) throws(ParseError) -> [Member] {
            p += 1
            var members: [Member] = []
            var seen: Set<String> = []
            if skipEmpty(closer: "}") { return members }
            while true {
                skipSpace()
                guard p < bytes.count, bytes[p] == UInt8(ascii: "\"") else { throw fail("expected a quoted key, found \(found())") }
                let keyOffset = p
                let key = try string()
                if !seen.insert(key).inserted {
                    throw text.error(atByte: keyOffset, "duplicate key \(GoQuote.string(key)) in this object")
                }
                skipSpace()
                guard p < bytes.count, bytes[p] == UInt8(ascii: ":") else { throw fail("expected ':' after the key, found \(found())") }
                p += 1
                skipSpace()
                members.append(Member(key: key, keyOffset: keyOffset, value: try value(depth: depth + 1)))
                if try endOfItem(closer: "}") { return members }
            }
        }

        /// Right after `{` or `[`: consumes `closer` (true: the object or array is empty) if it is next.
        mutating func skipEmpty(closer: Unicode.Scalar) -> Bool {
            skipSpace()
            guard p < bytes.count && bytes[p] == UInt8(ascii: closer) else { return false }
            p += 1
            return true
        }

        /// After a member or element: consumes `,` (false: another follows) or `closer` (true).
        mutating func endOfItem(closer: Unicode.Scalar) throws(ParseError) -> Bool {
            skipSpace()
            guard p < bytes.count else { throw fail("expected ',' or '\(closer)', found the end of the file") }
            if bytes[p] == UInt8(ascii: ",") {
                p += 1
                return false
            }
            if bytes[p] == UInt8(ascii: closer) {
                p += 1
                return true
            }
            throw fail("expected ',' or '\(closer)' after the value, found \(found())")
        }

        mutating func array(depth: Int) throws(ParseError) -> [Value] {
            p += 1
            var elements: [Value] = []
            if skipEmpty(closer: "]") { return elements }
            while true {
                skipSpace()
                elements.append(try value(depth: depth + 1))
                if try endOfItem(closer: "]") { return elements }
            }
        }

        mutating func literal(_ word: String) throws(ParseError) {
            let w = Array(word.utf8)
            guard p + w.count <= bytes.count, Array(bytes[p..<p + w.count]) == w else {
                throw fail("expected a value, found \(found())")
            }
            p += w.count
        }

        mutating func number() throws(ParseError) -> String {
            let start = p
            func digits() -> Int {
                let s = p
                while p < bytes.count, bytes[p] >= UInt8(ascii: "0"), bytes[p] <= UInt8(ascii: "9") { p += 1 }
                return p - s
            }
            if bytes[p] == UInt8(ascii: "-") { p += 1 }
            if p < bytes.count && bytes[p] == UInt8(ascii: "0") {
                p += 1
            } else if digits() == 0 {
                throw fail("expected a digit, found \(found())")
            }
            if p < bytes.count && bytes[p] == UInt8(ascii: ".") {
                p += 1
                if digits() == 0 { throw fail("expected a digit after '.', found \(found())") }
            }
            if p < bytes.count && (bytes[p] == UInt8(ascii: "e") || bytes[p] == UInt8(ascii: "E")) {
                p += 1
                if p < bytes.count && (bytes[p] == UInt8(ascii: "+") || bytes[p] == UInt8(ascii: "-")) { p += 1 }
                if digits() == 0 { throw fail("expected a digit in the exponent, found \(found())") }
            }
            return String(decoding: bytes[start..<p], as: UTF8.self)
        }

        mutating func string() throws(ParseError) -> String {
            p += 1
            var scalars = String.UnicodeScalarView()
            var runStart = p
            func flush(_ end: Int) {
                scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars)
            }
            while true {
                guard p < bytes.count else { throw fail("unterminated string: expected '\"', found the end of the file") }
                let b = bytes[p]
                if b == UInt8(ascii: "\"") {
                    flush(p)
                    p += 1
                    return String(scalars)
                }
                if b < 0x20 { throw fail("a control character (\(String(format: "0x%02X", b))) in a string: write it as \\u escape") }
                if b != UInt8(ascii: "\\") {
                    p += 1
                    continue
                }
                flush(p)
                let escape = p
                p += 1
                guard p < bytes.count else { throw fail("unterminated string: expected '\"', found the end of the file") }
                switch bytes[p] {
                case UInt8(ascii: "u"):
                    p += 1
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code) {
                        guard p + 1 < bytes.count, bytes[p] == UInt8(ascii: "\\"), bytes[p + 1] == UInt8(ascii: "u") else {
                            throw fail("a lone UTF-16 surrogate in a \\u escape", at: escape)
                        }
                        p += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw fail("a lone UTF-16 surrogate in a \\u escape", at: escape) }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw fail("a lone UTF-16 surrogate in a \\u escape", at: escape) }
                    scalars.append(scalar)
                    runStart = p
                    continue
                default:
                    guard let byte = BackslashEscape.json(bytes[p]) else {
                        throw fail("unknown escape in a string: \\ followed by \(found())", at: escape)
                    }
                    scalars.append(Unicode.Scalar(byte))
                }
                p += 1
                runStart = p
            }
        }

        mutating func hex4() throws(ParseError) -> UInt32 {
            var v: UInt32 = 0
            for _ in 0..<4 {
                guard p < bytes.count, let d = Character(Unicode.Scalar(bytes[p])).hexDigitValue else {
                    throw fail("expected 4 hexadecimal digits in a \\u escape, found \(found())")
                }
                v = v << 4 | UInt32(d)
                p += 1
            }
            return v
        }
    }
}
