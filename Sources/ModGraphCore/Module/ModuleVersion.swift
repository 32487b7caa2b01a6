/// Module versions as the go command treats them: semver for modules, Go versions for `go` and `toolchain`.
enum ModuleVersion {
    /// Compares two versions of the module `path` (`gover.ModCompare`): -1, 0 or 1.
    static func compare(path: String, _ v: String, _ w: String) -> Int {
        switch path {
        case "go": return GoVersion.compare(v, w)
        case "toolchain": return GoVersion.compare(toolchainVersion(v), toolchainVersion(w))
        default: return Semver.compare(v, w)
        }
    }

    /// A `toolchain` requirement's version as a Go version: itself if valid, else the name without `go`.
    private static func toolchainVersion(_ v: String) -> String {
        GoVersion.isValid(v) ? v : GoVersion.fromToolchain(v)
    }

    /// Whether `v` is a pseudo-version such as `v0.0.0-20190101000000-abcdef123456`.
    static func isPseudo(_ v: String) -> Bool {
        UTF8Bytes.with(v) { PseudoParts($0) != nil }
    }

    /// The tag a pseudo-version is based on (`module.PseudoVersionBase`).
    ///
    /// - Returns: the base tag with any `+incompatible`; "" for the `vX.0.0-yyyymmddhhmmss-rev` form;
    ///   nil if `v` is not a pseudo-version or names an impossible base (`vX.Y.0-0.…`, `vX.0.0-…+incompatible`).
    static func pseudoBase(_ v: String) -> String? {
        UTF8Bytes.with(v) { b in
            guard let p = PseudoParts(b) else { return nil }
            let build = String(decoding: b[p.semver.build], as: UTF8.self)
            switch p.form {
            case .noBase:
                return build.isEmpty ? "" : nil
            case .release:
                // vX.Y.(Z+1)-0.time-rev: the base is vX.Y.Z.
                guard let patchRange = p.semver.patch,
                    let dec = decrement(b[patchRange])
                else { return nil }
                return String(decoding: b[0..<patchRange.lowerBound], as: UTF8.self) + dec + build
            case .prerelease:
                // vX.Y.Z-pre.0.time-rev: the base is vX.Y.Z-pre.
                return String(decoding: b[0..<(p.time.lowerBound - 3)], as: UTF8.self) + build
            }
        }
    }

    /// The commit time of a pseudo-version as `yyyymmddhhmmss`; nil if `v` is not a pseudo-version.
    static func pseudoTime(_ v: String) -> String? {
        UTF8Bytes.with(v) { b in PseudoParts(b).map { String(decoding: b[$0.time], as: UTF8.self) } }
    }

    /// The revision (commit hash prefix) of a pseudo-version; nil if `v` is not a pseudo-version.
    static func pseudoRevision(_ v: String) -> String? {
        UTF8Bytes.with(v) { b in PseudoParts(b).map { String(decoding: b[$0.revision], as: UTF8.self) } }
    }

    /// Whether `v` is a valid version with the build suffix `+incompatible`.
    static func isIncompatible(_ v: String) -> Bool {
        Semver.build(v) == "+incompatible"
    }

    /// Whether `v` is a valid version with a prerelease part (pseudo-versions included).
    static func isPrerelease(_ v: String) -> Bool {
        UTF8Bytes.with(v) { b in SemverParts(b).map { !$0.prerelease.isEmpty } ?? false }
    }

    /// The canonical form (`module.CanonicalVersion`): like `Semver.canonical` but keeps `+incompatible`.
    static func canonical(_ v: String) -> String {
        let c = Semver.canonical(v)
        return isIncompatible(v) ? c + "+incompatible" : c
    }

    /// A decimal number minus one; nil for `0`.
    private static func decrement(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        var d = Array(digits)
        var i = d.count - 1
        while i >= 0 && d[i] == 0x30 {
            d[i] = 0x39
            i -= 1
        }
        if i < 0 { return nil }
        if i == 0 && d[0] == 0x31 && d.count > 1 {
            d.removeFirst()
        } else {
            d[i] -= 1
        }
        return String(decoding: d, as: UTF8.self)
    }
}

/// Byte ranges of a pseudo-version.
struct PseudoParts {
    enum Form {
        /// `vX.0.0-yyyymmddhhmmss-rev`
        case noBase
        /// `vX.Y.(Z+1)-0.yyyymmddhhmmss-rev`
        case release
        /// `vX.Y.Z-pre.0.yyyymmddhhmmss-rev`
        case prerelease
    }

    var semver: SemverParts
    var form: Form
    var time: Range<Int>
    var revision: Range<Int>

    init?(_ b: UnsafeBufferPointer<UInt8>) {
        guard let p = SemverParts(b), p.prerelease.count > 1 else { return nil }
        semver = p
        let pre = p.prerelease  // starts with "-"
        // The revision: [A-Za-z0-9]+ after the last "-".
        var j = pre.upperBound
        while j > pre.lowerBound && UTF8Bytes.isAlnum(b[j - 1]) { j -= 1 }
        guard j < pre.upperBound, j > pre.lowerBound, b[j - 1] == 0x2D else { return nil }
        revision = j..<pre.upperBound
        // Exactly 14 digits before it.
        let timeEnd = j - 1
        let timeStart = timeEnd - 14
        guard timeStart > pre.lowerBound else { return nil }
        for k in timeStart..<timeEnd where !UTF8Bytes.isDigit(b[k]) { return nil }
        time = timeStart..<timeEnd
        if timeStart == pre.lowerBound + 1 {
            // vX.0.0-time-rev
            guard let mi = p.minor, let pa = p.patch,
                mi.count == 1, b[mi.lowerBound] == 0x30, pa.count == 1, b[pa.lowerBound] == 0x30
            else { return nil }
            form = .noBase
        } else {
            // ...0.time-rev, where the "0" starts the prerelease or follows a ".".
            guard timeStart - 3 >= pre.lowerBound,
                b[timeStart - 1] == 0x2E, b[timeStart - 2] == 0x30
            else { return nil }
            let before = b[timeStart - 3]
            if before == 0x2D && timeStart - 3 == pre.lowerBound {
                form = .release
            } else if before == 0x2E {
                form = .prerelease
            } else {
                return nil
            }
        }
        // At least two "-" in the whole version (always true here: the prerelease's and the revision's).
    }
}
