/// Go language and toolchain versions as the go command orders them (`1.21`, `1.21rc1`, `1.21.0`).
public enum GoVersion {
    /// Whether `x` is a Go version such as `1`, `1.21`, `1.21rc1` or `1.21.0`.
    public static func isValid(_ x: String) -> Bool {
        GoVersionParts.isValid(x)
    }

    /// Compares two Go versions: -1, 0 or 1. `1.21 < 1.21rc1 < 1.21.0`; invalid versions sort lowest.
    static func compare(_ x: String, _ y: String) -> Int {
        GoVersionParts.compare(x, y)
    }

    /// The language version: `1.21.3` gives `1.21`, `1.0` gives `1`; "" if invalid.
    static func lang(_ x: String) -> String {
        UTF8Bytes.with(x) { b in
            guard let p = GoVersionParts(b) else { return "" }
            let major = String(decoding: b[p.major], as: UTF8.self)
            guard let minor = p.minor else { return major == "1" ? major : major + ".0" }
            if major == "1" && minor.count == 1 && b[minor.lowerBound] == 0x30 { return major }
            return String(decoding: b[p.major.lowerBound..<minor.upperBound], as: UTF8.self)
        }
    }

    /// Whether `x` names a language version rather than a release, such as `1.21` (`gover.IsLang`).
    ///
    /// Before Go 1.21 the language version was also the first release, so `1.20` and `1` are not.
    static func isLang(_ x: String) -> Bool {
        UTF8Bytes.with(x) { b in
            guard let p = GoVersionParts(b) else { return false }
            return GoVersionParts.impliedPatch(b, p) == .empty && p.patch == nil && p.kind.isEmpty
        }
    }

    /// The Go version named by a toolchain such as `go1.21.3` or `go1.22rc1-custom`; "" if none.
    static func fromToolchain(_ name: String) -> String {
        var v = Substring(name)
        guard v.hasPrefix("go"), !v.utf8.contains(0x2F), !v.utf8.contains(0x5C) else { return "" }
        v = v.dropFirst(2)
        if let i = v.utf8.firstIndex(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x2D }) {
            v = v[..<i]
        }
        let s = String(v)
        return isValid(s) ? s : ""
    }
}

/// Byte ranges of a parsed Go version.
struct GoVersionParts: VersionParts {
    var major: Range<Int>
    /// nil for `1` (which means `1.0.0`).
    var minor: Range<Int>?
    /// nil when not spelled out (see `impliedPatch`).
    var patch: Range<Int>?
    /// `alpha`, `beta`, `rc` or any lowercase word; empty for none.
    var kind: Range<Int>
    var pre: Range<Int>

    init?(_ b: UnsafeBufferPointer<UInt8>) {
        let n = b.count
        guard let maj = Self.number(b, 0) else { return nil }
        major = maj
        minor = nil
        patch = nil
        kind = n..<n
        pre = n..<n
        var i = maj.upperBound
        if i == n { return }
        guard b[i] == 0x2E, let mi = Self.number(b, i + 1) else { return nil }
        minor = mi
        i = mi.upperBound
        if i == n { return }
        if b[i] == 0x2E {
            guard let pa = Self.number(b, i + 1), pa.upperBound == n else { return nil }
            patch = pa
            return
        }
        let k = i
        while i < n && !UTF8Bytes.isDigit(b[i]) {
            guard UTF8Bytes.isLower(b[i]) else { return nil }
            i += 1
        }
        if i == k { return nil }
        kind = k..<i
        if i == n { return }
        guard let p = Self.number(b, i), p.upperBound == n else { return nil }
        pre = p
    }

    @inline(__always)
    /// Comparison slots, with "0" or the empty number (below every number) for absent parts.
    ///
    /// An absent minor is "0"; an absent patch is "0" for `1` and for `1.N` with N below 21 and no
    /// prerelease, else empty (so `1.21 < 1.21rc1 < 1.21.0`, but `1.20 == 1.20.0`).
    private static func slots(_ b: UnsafeBufferPointer<UInt8>, _ p: GoVersionParts?) -> (Num, Num, Num, Range<Int>, Num) {
        guard let p else { return (.empty, .empty, .empty, 0..<0, .empty) }
        let minor: Num = p.minor.map { .range($0) } ?? .zero
        let patch: Num = p.patch.map { .range($0) } ?? impliedPatch(b, p)
        return (.range(p.major), minor, patch, p.kind, p.pre.isEmpty ? .empty : .range(p.pre))
    }

    /// The patch slot when none is spelled: "0" for `1` and for `1.N` (N below 21, no prerelease), else empty.
    static func impliedPatch(_ b: UnsafeBufferPointer<UInt8>, _ p: GoVersionParts) -> Num {
        guard let mi = p.minor else { return .zero }
        guard p.kind.isEmpty else { return .empty }
        let below21 = mi.count < 2 || (mi.count == 2 && (b[mi.lowerBound], b[mi.lowerBound + 1]) < (0x32, 0x31))
        return below21 ? .zero : .empty
    }

    enum Num: Equatable {
        case empty, zero, range(Range<Int>)
    }

    private static func cmp(_ a: UnsafeBufferPointer<UInt8>, _ x: Num, _ b: UnsafeBufferPointer<UInt8>, _ y: Num) -> Int {
        switch (x, y) {
        case (.empty, .empty), (.zero, .zero): return 0
        case (.empty, _): return -1
        case (_, .empty): return 1
        case let (.range(r), .zero): return r.count == 1 && a[r.lowerBound] == 0x30 ? 0 : 1
        case let (.zero, .range(r)): return r.count == 1 && b[r.lowerBound] == 0x30 ? 0 : -1
        case let (.range(r), .range(s)): return UTF8Bytes.compareDigits(a, r, b, s)
        }
    }

    static func compare(
        _ a: UnsafeBufferPointer<UInt8>, _ pa: GoVersionParts?, _ b: UnsafeBufferPointer<UInt8>, _ pb: GoVersionParts?
    ) -> Int {
        let x = slots(a, pa), y = slots(b, pb)
        var c = cmp(a, x.0, b, y.0)
        if c != 0 { return c }
        c = cmp(a, x.1, b, y.1)
        if c != 0 { return c }
        c = cmp(a, x.2, b, y.2)
        if c != 0 { return c }
        c = UTF8Bytes.compareBytes(a, x.3, b, y.3)
        if c != 0 { return c }
        return cmp(a, x.4, b, y.4)
    }
}
