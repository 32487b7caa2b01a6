extension InputText {
    /// The whitespace-separated fields of `range`, as Go's `strings.Fields` splits them.
    ///
    /// Separators are the characters of Go's `unicode.IsSpace`: ASCII `\t \n \v \f \r` and space,
    /// U+0085, U+00A0 and the other Unicode White_Space characters.
    func goFields(_ range: Range<Int>) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { b in
            var fields: [Range<Int>] = []
            var i = range.lowerBound
            var start = -1
            while i < range.upperBound {
                let width = Self.spaceWidth(b, i, range.upperBound)
                if width > 0 {
                    if start >= 0 {
                        fields.append(start..<i)
                        start = -1
                    }
                    i += width
                } else {
                    if start < 0 { start = i }
                    i += 1
                }
            }
            if start >= 0 { fields.append(start..<range.upperBound) }
            return fields
        }
    }

    /// `range` without leading and trailing white space, as Go's `strings.TrimSpace`.
    func goTrimSpace(_ range: Range<Int>) -> Range<Int> {
        bytes.withUnsafeBufferPointer { b in Self.trimSpace(b, range) }
    }

    static func trimSpace(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi {
            let w = spaceWidth(b, lo, hi)
            if w == 0 { break }
            lo += w
        }
        while lo < hi {
            // Step back to the start of the last character.
            var s = hi - 1
            while s > lo && b[s] & 0xC0 == 0x80 && hi - s < 4 { s -= 1 }
            if spaceWidth(b, s, hi) != hi - s { break }
            hi = s
        }
        return lo..<hi
    }

    /// The byte length of the white-space character at `i` (Go's `unicode.IsSpace`), or 0.
    @inline(__always)
    static func spaceWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let c = b[i]
        if c < 0x80 {
            return (c == 0x20 || (c >= 0x09 && c <= 0x0D)) ? 1 : 0
        }
        if c == 0xC2 && i + 1 < end {
            let d = b[i + 1]
            return (d == 0x85 || d == 0xA0) ? 2 : 0  // U+0085, U+00A0
        }
        if c == 0xE1 && i + 2 < end {
            return (b[i + 1] == 0x9A && b[i + 2] == 0x80) ? 3 : 0  // U+1680
        }
        if c == 0xE2 && i + 2 < end {
            let d = b[i + 1], e = b[i + 2]
            if d == 0x80 && (e <= 0x8A || e == 0xA8 || e == 0xA9 || e == 0xAF) {
                return 3  // U+2000...U+200A, U+2028, U+2029, U+202F
            }
            if d == 0x81 && e == 0x9F { return 3 }  // U+205F
            return 0
        }
        if c == 0xE3 && i + 2 < end {
            return (b[i + 1] == 0x80 && b[i + 2] == 0x80) ? 3 : 0  // U+3000
        }
        return 0
    }

    /// Whether `range` starts with the ASCII `prefix`.
    func hasPrefix(_ range: Range<Int>, _ prefix: StaticString) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard range.count >= n else { return false }
        let p = prefix.utf8Start
        for k in 0..<n where bytes[range.lowerBound + k] != p[k] { return false }
        return true
    }

    /// Whether `range` holds exactly the ASCII `word`.
    func equals(_ range: Range<Int>, _ word: StaticString) -> Bool {
        range.count == word.utf8CodeUnitCount && hasPrefix(range, word)
    }
}
