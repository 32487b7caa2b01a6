/// Byte-level helpers shared by the version and path parsers.
enum UTF8Bytes {
    /// Calls `body` with the string's UTF-8 bytes, without copying when the storage is contiguous.
    @inline(__always)
    static func with<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = s
        return copy.withUTF8(body)
    }

    /// Whether `needle` occurs in the string's UTF-8 bytes (an empty needle always does).
    static func contains(_ s: String, bytes needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        return with(s) { h in
            let n = needle.count
            guard h.count >= n else { return false }
            for i in 0...(h.count - n) where h[i] == first {
                var k = 1
                while k < n && h[i + k] == needle[k] { k += 1 }
                if k == n { return true }
            }
            return false
        }
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
    @inline(__always) static func isLower(_ c: UInt8) -> Bool { c &- 0x61 < 26 }
    @inline(__always) static func isUpper(_ c: UInt8) -> Bool { c &- 0x41 < 26 }
    @inline(__always) static func isAlnum(_ c: UInt8) -> Bool { isDigit(c) || isLower(c) || isUpper(c) }

    /// Compares two byte ranges as unsigned decimal numbers without leading zeros: by length, then bytes.
    @inline(__always)
    static func compareDigits(
        _ a: UnsafeBufferPointer<UInt8>, _ ra: Range<Int>, _ b: UnsafeBufferPointer<UInt8>, _ rb: Range<Int>
    ) -> Int {
        if ra.count != rb.count { return ra.count < rb.count ? -1 : 1 }
        return compareBytes(a, ra, b, rb)
    }

    /// Compares two byte ranges lexicographically (Go string order).
    @inline(__always)
    static func compareBytes(
        _ a: UnsafeBufferPointer<UInt8>, _ ra: Range<Int>, _ b: UnsafeBufferPointer<UInt8>, _ rb: Range<Int>
    ) -> Int {
        var i = ra.lowerBound
        var j = rb.lowerBound
        while i < ra.upperBound && j < rb.upperBound {
            let x = a[i], y = b[j]
            if x != y { return x < y ? -1 : 1 }
            i += 1
            j += 1
        }
        let la = ra.upperBound - i, lb = rb.upperBound - j
        return la == lb ? 0 : (la < lb ? -1 : 1)
    }
}
