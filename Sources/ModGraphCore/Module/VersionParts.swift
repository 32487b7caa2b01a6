/// A version parsed in place: byte ranges into the text, so checking and comparing versions
/// (`GoVersionParts`, `SemverParts`) allocates nothing.
protocol VersionParts {
    /// Nil when the bytes are not a valid version.
    init?(_ b: UnsafeBufferPointer<UInt8>)

    /// Compares two parsed versions (nil: invalid) by their rules: -1, 0 or 1.
    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ pa: Self?, _ b: UnsafeBufferPointer<UInt8>, _ pb: Self?) -> Int
}

extension VersionParts {
    /// Whether `s` parses.
    static func isValid(_ s: String) -> Bool {
        UTF8Bytes.with(s) { Self($0) != nil }
    }

    /// Compares two version strings: -1, 0 or 1.
    static func compare(_ x: String, _ y: String) -> Int {
        if x == y { return 0 }
        return UTF8Bytes.with(x) { a in
            UTF8Bytes.with(y) { b in compare(a, Self(a), b, Self(b)) }
        }
    }

    /// The decimal number starting at `start`, without a leading zero (a lone `0` is fine).
    @inline(__always)
    static func number(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Range<Int>? {
        var i = start
        while i < b.count && UTF8Bytes.isDigit(b[i]) { i += 1 }
        if i == start || (b[start] == 0x30 && i - start > 1) { return nil }
        return start..<i
    }
}
