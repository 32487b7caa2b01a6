/// Semantic versions as `golang.org/x/mod/semver` treats them: `vMAJOR[.MINOR[.PATCH]][-PRE][+BUILD]`.
public enum Semver {
    /// Whether `v` is a valid semantic version, including the shorthands `v1` and `v1.2`.
    public static func isValid(_ v: String) -> Bool {
        SemverParts.isValid(v)
    }

    /// Compares two versions by semver precedence: -1, 0 or 1.
    ///
    /// Invalid versions sort below valid ones and equal each other; build metadata is ignored;
    /// numbers of any length compare as digit strings.
    static func compare(_ v: String, _ w: String) -> Int {
        SemverParts.compare(v, w)
    }

    /// The canonical form `vX.Y.Z[-pre]`: shorthands expanded, build dropped; "" if invalid.
    static func canonical(_ v: String) -> String {
        UTF8Bytes.with(v) { b in
            guard let p = SemverParts(b) else { return "" }
            if p.build.isEmpty && p.minor != nil && p.patch != nil { return v }
            var out = [UInt8]()
            out.reserveCapacity(b.count + 4)
            out.append(0x76)
            out.append(contentsOf: b[p.major])
            out.append(0x2E)
            if let m = p.minor { out.append(contentsOf: b[m]) } else { out.append(0x30) }
            out.append(0x2E)
            if let m = p.patch { out.append(contentsOf: b[m]) } else { out.append(0x30) }
            out.append(contentsOf: b[p.prerelease])
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The major version prefix, such as `v2`; "" if invalid.
    static func major(_ v: String) -> String {
        UTF8Bytes.with(v) { b in
            guard let p = SemverParts(b) else { return "" }
            return String(decoding: b[0..<p.major.upperBound], as: UTF8.self)
        }
    }

    /// The major.minor prefix, such as `v2.1` (`v1` gives `v1.0`); "" if invalid.
    static func majorMinor(_ v: String) -> String {
        UTF8Bytes.with(v) { b in
            guard let p = SemverParts(b) else { return "" }
            if let m = p.minor { return String(decoding: b[0..<m.upperBound], as: UTF8.self) }
            return String(decoding: b[0..<p.major.upperBound], as: UTF8.self) + ".0"
        }
    }

    /// The prerelease suffix including its `-`, such as `-beta.1`; "" if none or invalid.
    static func prerelease(_ v: String) -> String {
        UTF8Bytes.with(v) { b in
            guard let p = SemverParts(b) else { return "" }
            return String(decoding: b[p.prerelease], as: UTF8.self)
        }
    }

    /// The build suffix including its `+`, such as `+incompatible`; "" if none or invalid.
    static func build(_ v: String) -> String {
        UTF8Bytes.with(v) { b in
            guard let p = SemverParts(b) else { return "" }
            return String(decoding: b[p.build], as: UTF8.self)
        }
    }

    /// Sorts in increasing version order, breaking ties (including among invalid versions) by string order.
    static func sort(_ list: inout [String]) {
        list.sort { a, b in
            let c = compare(a, b)
            return c != 0 ? c < 0 : a < b
        }
    }

    /// The larger of two versions, preferring `v` when they compare equal.
    static func max(_ v: String, _ w: String) -> String {
        compare(v, w) < 0 ? w : v
    }
}

/// Byte ranges of a parsed semantic version; `minor`/`patch` are nil for shorthand (meaning `0`).
struct SemverParts: VersionParts {
    var major: Range<Int>
    var minor: Range<Int>?
    var patch: Range<Int>?
    /// Includes the leading `-`; empty for a release.
    var prerelease: Range<Int>
    /// Includes the leading `+`; empty when absent.
    var build: Range<Int>

    /// Parses `b`, returning nil when it is not a valid semantic version.
    init?(_ b: UnsafeBufferPointer<UInt8>) {
        let n = b.count
        guard n >= 2, b[0] == 0x76 else { return nil }
        guard let maj = Self.number(b, 1) else { return nil }
        major = maj
        minor = nil
        patch = nil
        prerelease = n..<n
        build = n..<n
        var i = maj.upperBound
        if i == n { return }
        guard b[i] == 0x2E, let mi = Self.number(b, i + 1) else { return nil }
        minor = mi
        i = mi.upperBound
        if i == n { return }
        guard b[i] == 0x2E, let pa = Self.number(b, i + 1) else { return nil }
        patch = pa
        i = pa.upperBound
        if i < n && b[i] == 0x2D {
            guard let end = Self.identifiers(b, i, numericLeadingZeroAllowed: false) else { return nil }
            prerelease = i..<end
            i = end
        }
        if i < n && b[i] == 0x2B {
            guard let end = Self.identifiers(b, i, numericLeadingZeroAllowed: true) else { return nil }
            build = i..<end
            i = end
        }
        if i != n { return nil }
    }

    /// Dot-separated identifiers after the separator at `start`; returns the end index.
    /// Stops at `+` (for a prerelease) or at the end.
    private static func identifiers(
        _ b: UnsafeBufferPointer<UInt8>, _ start: Int, numericLeadingZeroAllowed: Bool
    ) -> Int? {
        var i = start + 1
        var identStart = i
        var allDigits = true
        while true {
            let atEnd = i == b.count || b[i] == 0x2E || (!numericLeadingZeroAllowed && b[i] == 0x2B)
            if atEnd {
                let len = i - identStart
                if len == 0 { return nil }
                if !numericLeadingZeroAllowed && allDigits && len > 1 && b[identStart] == 0x30 { return nil }
                if i == b.count || b[i] == 0x2B { return i }
                i += 1
                identStart = i
                allDigits = true
                continue
            }
            let c = b[i]
            if UTF8Bytes.isDigit(c) {
            } else if UTF8Bytes.isLower(c) || UTF8Bytes.isUpper(c) || c == 0x2D {
                allDigits = false
            } else {
                return nil
            }
            i += 1
        }
    }

    /// Semver precedence of two parsed versions (nil = invalid).
    static func compare(
        _ a: UnsafeBufferPointer<UInt8>, _ pa: SemverParts?, _ b: UnsafeBufferPointer<UInt8>, _ pb: SemverParts?
    ) -> Int {
        guard let pa else { return pb == nil ? 0 : -1 }
        guard let pb else { return 1 }
        var c = UTF8Bytes.compareDigits(a, pa.major, b, pb.major)
        if c != 0 { return c }
        c = compareOptional(a, pa.minor, b, pb.minor)
        if c != 0 { return c }
        c = compareOptional(a, pa.patch, b, pb.patch)
        if c != 0 { return c }
        return comparePrerelease(a, pa.prerelease, b, pb.prerelease)
    }

    @inline(__always)
    private static func compareOptional(
        _ a: UnsafeBufferPointer<UInt8>, _ ra: Range<Int>?, _ b: UnsafeBufferPointer<UInt8>, _ rb: Range<Int>?
    ) -> Int {
        switch (ra, rb) {
        case let (x?, y?): return UTF8Bytes.compareDigits(a, x, b, y)
        case let (x?, nil): return x.count == 1 && a[x.lowerBound] == 0x30 ? 0 : 1
        case let (nil, y?): return y.count == 1 && b[y.lowerBound] == 0x30 ? 0 : -1
        case (nil, nil): return 0
        }
    }

    /// Prerelease precedence; ranges include the leading `-` and are empty for releases.
    private static func comparePrerelease(
        _ a: UnsafeBufferPointer<UInt8>, _ ra: Range<Int>, _ b: UnsafeBufferPointer<UInt8>, _ rb: Range<Int>
    ) -> Int {
        if ra.isEmpty { return rb.isEmpty ? 0 : 1 }
        if rb.isEmpty { return -1 }
        var i = ra.lowerBound + 1
        var j = rb.lowerBound + 1
        while true {
            let ai = identEnd(a, i, ra.upperBound)
            let bj = identEnd(b, j, rb.upperBound)
            let x = i..<ai.end, y = j..<bj.end
            if ai.numeric != bj.numeric { return ai.numeric ? -1 : 1 }
            let c = ai.numeric ? UTF8Bytes.compareDigits(a, x, b, y) : UTF8Bytes.compareBytes(a, x, b, y)
            if c != 0 { return c }
            let aDone = ai.end == ra.upperBound, bDone = bj.end == rb.upperBound
            if aDone || bDone { return aDone == bDone ? 0 : (aDone ? -1 : 1) }
            i = ai.end + 1
            j = bj.end + 1
        }
    }

    @inline(__always)
    private static func identEnd(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ limit: Int) -> (end: Int, numeric: Bool) {
        var i = start
        var numeric = true
        while i < limit && b[i] != 0x2E {
            if !UTF8Bytes.isDigit(b[i]) { numeric = false }
            i += 1
        }
        return (i, numeric)
    }
}
