/// Module and import paths as the go command validates and escapes them (`golang.org/x/mod/module`).
enum ModulePath {
    /// Checks a module path (`module.CheckPath`): nil if valid, else the go command's message.
    ///
    /// Messages read like `malformed module path "x": missing dot in first path element`.
    static func check(_ path: String) -> String? {
        guard let reason = moduleReason(path) else { return nil }
        return "malformed module path \(GoQuote.string(path)): \(reason)"
    }

    /// Checks an import path (`module.CheckImportPath`): the element rules plus `+`, no domain or major rules.
    static func checkImportPath(_ path: String) -> String? {
        guard let reason = pathReason(path, .importPath) else { return nil }
        return "malformed import path \(GoQuote.string(path)): \(reason)"
    }

    /// Checks a module path with a required version, as go.mod parsing checks a `require` line.
    ///
    /// The version is canonicalized first (shorthands expanded, build dropped except `+incompatible`)
    /// and must agree with the path's major suffix (`module.CheckPathMajor`).
    /// - Returns: nil if valid; else the path's message, or `version "V" invalid: REASON` naming the
    ///   canonical version, as the go command prints after `go.mod:N: require PATH: `.
    static func checkVersion(path: String, version: String) -> String? {
        if let message = check(path) { return message }
        let canonical = ModuleVersion.canonical(version)
        if canonical.isEmpty {
            return "version \(GoQuote.string(version)) invalid: must be of the form v1.2.3"
        }
        let pathMajor = splitPathVersion(path)?.pathMajor ?? ""
        guard let reason = pathMajorMismatch(canonical, pathMajor) else { return nil }
        return "version \(GoQuote.string(canonical)) invalid: \(reason)"
    }

    /// Whether `version` may be used with a path whose major suffix is `pathMajor` (`module.MatchPathMajor`).
    static func matchesPathMajor(_ version: String, _ pathMajor: String) -> Bool {
        pathMajorMismatch(version, pathMajor) == nil
    }

    /// Splits a path into its prefix and major suffix (`/v2`, `.v1`, `.v2-unstable` or "").
    ///
    /// - Returns: nil when the suffix is malformed (`/v1`, `/v0`, `/v01`, `/v2.1`, `gopkg.in/x` without `.vN`).
    static func splitPathVersion(_ path: String) -> (prefix: String, pathMajor: String)? {
        let split: Int? = UTF8Bytes.with(path) { b in
            path.hasPrefix("gopkg.in/") ? gopkgInSplit(b) : majorSplit(b)
        }
        guard let i = split else { return nil }
        let u = path.utf8
        let mid = u.index(u.startIndex, offsetBy: i)
        return (String(path[..<mid]), String(path[mid...]))
    }

    /// The module-cache form of a path: each uppercase letter becomes `!` and its lowercase; nil if invalid.
    static func escape(_ path: String) -> String? {
        guard check(path) == nil else { return nil }
        return escapeString(path)
    }

    /// The path named by an escaped path; nil if the escaping or the path is invalid.
    static func unescape(_ s: String) -> String? {
        guard let path = unescapeString(s), check(path) == nil else { return nil }
        return path
    }

    /// The module-cache form of a version; nil if the version cannot be a file name or contains `!`.
    static func escapeVersion(_ v: String) -> String? {
        guard elementReason(Substring(v), .filePath) == nil, !v.utf8.contains(0x21) else { return nil }
        return escapeString(v)
    }

    /// The version named by an escaped version; nil if invalid.
    static func unescapeVersion(_ s: String) -> String? {
        guard let v = unescapeString(s), elementReason(Substring(v), .filePath) == nil else { return nil }
        return v
    }
}

extension ModulePath {
    enum Kind {
        case modulePath, importPath, filePath
    }

    /// Why `path` is not a module path, or nil.
    static func moduleReason(_ path: String) -> String? {
        if let reason = pathReason(path, .modulePath) { return reason }
        let first = path.utf8.prefix { $0 != 0x2F }
        if first.isEmpty { return "leading slash" }
        if !first.contains(0x2E) { return "missing dot in first path element" }
        if path.utf8.first == 0x2D { return "leading dash in first path element" }
        for s in Substring(first).unicodeScalars {
            let v = s.value
            let ok = v == 0x2D || v == 0x2E || (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A)
            if !ok { return "invalid char \(GoQuote.rune(s)) in first path element" }
        }
        if splitPathVersion(path) == nil { return "invalid version" }
        return nil
    }

    /// The rules shared by module, import and file paths (`checkPath`).
    static func pathReason(_ path: String, _ kind: Kind) -> String? {
        let u = path.utf8
        guard let first = u.first, let last = u.last else { return "empty string" }
        if first == 0x2D && kind != .filePath { return "leading dash" }
        var prev: UInt8 = 0
        for c in u {
            if c == 0x2F && prev == 0x2F { return "double slash" }
            prev = c
        }
        if last == 0x2F { return "trailing slash" }
        for elem in path.split(separator: "/", omittingEmptySubsequences: false) {
            if let reason = elementReason(elem, kind) { return reason }
        }
        return nil
    }

    /// The rules for one path element (`checkElem`).
    static func elementReason(_ elem: Substring, _ kind: Kind) -> String? {
        let u = elem.utf8
        guard let first = u.first, let last = u.last else { return "empty path element" }
        if u.allSatisfy({ $0 == 0x2E }) { return "invalid path element \(GoQuote.string(String(elem)))" }
        if first == 0x2E && kind == .modulePath { return "leading dot in path element" }
        if last == 0x2E { return "trailing dot in path element" }
        for s in elem.unicodeScalars where !charOK(s, kind) {
            return "invalid char \(GoQuote.rune(s))"
        }
        let short = u.firstIndex(of: 0x2E).map { elem[..<$0] } ?? elem
        if isWindowsReserved(short.utf8) {
            return "\(GoQuote.string(String(short))) disallowed as path element component on Windows"
        }
        if kind == .filePath { return nil }
        if let tilde = short.utf8.lastIndex(of: 0x7E) {
            let suffix = short.utf8[short.utf8.index(after: tilde)...]
            if !suffix.isEmpty && suffix.allSatisfy(UTF8Bytes.isDigit) {
                return "trailing tilde and digits in path element"
            }
        }
        return nil
    }

    private static func charOK(_ s: Unicode.Scalar, _ kind: Kind) -> Bool {
        let v = s.value
        if v >= 0x80 {
            guard kind == .filePath else { return false }
            return s.properties.isAlphabetic && isLetterCategory(s)
        }
        let c = UInt8(v)
        if UTF8Bytes.isAlnum(c) { return true }
        switch kind {
        case .modulePath: return c == 0x2D || c == 0x2E || c == 0x5F || c == 0x7E
        case .importPath: return c == 0x2D || c == 0x2E || c == 0x5F || c == 0x7E || c == 0x2B
        case .filePath: return "!#$%&()+,-.=@[]^_{}~ ".utf8.contains(c)
        }
    }

    private static func isLetterCategory(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// CON, PRN, AUX, NUL, COM1–9, LPT1–9, without regard to ASCII case.
    private static func isWindowsReserved(_ u: Substring.UTF8View) -> Bool {
        var lower = [UInt8]()
        lower.reserveCapacity(4)
        for c in u {
            if lower.count == 4 { return false }
            lower.append(UTF8Bytes.isUpper(c) ? c | 0x20 : c)
        }
        switch lower.count {
        case 3:
            let s = String(decoding: lower, as: UTF8.self)
            return s == "con" || s == "prn" || s == "aux" || s == "nul"
        case 4:
            let s = String(decoding: lower[0..<3], as: UTF8.self)
            return (s == "com" || s == "lpt") && lower[3] >= 0x31 && lower[3] <= 0x39
        default:
            return false
        }
    }

    /// Byte offset where a `/vN` suffix starts, the path length when there is none, nil if malformed.
    private static func majorSplit(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = b.count
        var i = n
        var dot = false
        while i > 0 && (UTF8Bytes.isDigit(b[i - 1]) || b[i - 1] == 0x2E) {
            if b[i - 1] == 0x2E { dot = true }
            i -= 1
        }
        if i <= 1 || i == n || b[i - 1] != 0x76 || b[i - 2] != 0x2F { return n }
        let start = i - 2
        let majorLen = n - start  // "/v" + digits and dots
        if dot || majorLen <= 2 || b[start + 2] == 0x30 || (majorLen == 3 && b[start + 2] == 0x31) { return nil }
        return start
    }

    /// Byte offset where a gopkg.in `.vN[-unstable]` suffix starts, nil if malformed.
    private static func gopkgInSplit(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        let unstable = Array("-unstable".utf8)
        let n = b.count
        var i = n
        if n >= unstable.count && b[(n - unstable.count)...].elementsEqual(unstable) { i -= unstable.count }
        while i > 0 && UTF8Bytes.isDigit(b[i - 1]) { i -= 1 }
        if i <= 1 || b[i - 1] != 0x76 || b[i - 2] != 0x2E { return nil }
        let start = i - 2
        let majorLen = n - start
        if majorLen <= 2 { return nil }
        // ".v0" is allowed; any other major starting with 0 (".v01", ".v0-unstable") is not.
        if b[start + 2] == 0x30 && !(majorLen == 3) { return nil }
        return start
    }

    /// Why `version` does not fit the major suffix `pathMajor` (`module.CheckPathMajor`), or nil.
    static func pathMajorMismatch(_ version: String, _ pathMajor: String) -> String? {
        var pm = Substring(pathMajor)
        if pm.hasPrefix(".v") && pm.hasSuffix("-unstable") { pm = pm.dropLast("-unstable".count) }
        if version.hasPrefix("v0.0.0-") && pm == ".v1" { return nil }
        let m = Semver.major(version)
        let want: Substring
        if pm.isEmpty {
            if m == "v0" || m == "v1" || Semver.build(version) == "+incompatible" { return nil }
            want = "v0 or v1"
        } else if pm.hasPrefix("/") || pm.hasPrefix(".") {
            if m[...] == pm.dropFirst() { return nil }
            want = pm.dropFirst()
        } else {
            want = pm
        }
        return "should be \(want), not \(m)"
    }

    private static func escapeString(_ s: String) -> String? {
        var haveUpper = false
        for c in s.utf8 {
            if c == 0x21 || c >= 0x80 { return nil }
            if UTF8Bytes.isUpper(c) { haveUpper = true }
        }
        if !haveUpper { return s }
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count + 4)
        for c in s.utf8 {
            if UTF8Bytes.isUpper(c) {
                out.append(0x21)
                out.append(c | 0x20)
            } else {
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func unescapeString(_ s: String) -> String? {
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count)
        var bang = false
        for c in s.utf8 {
            if c >= 0x80 { return nil }
            if bang {
                bang = false
                guard UTF8Bytes.isLower(c) else { return nil }
                out.append(c & ~0x20)
                continue
            }
            if c == 0x21 {
                bang = true
                continue
            }
            if UTF8Bytes.isUpper(c) { return nil }
            out.append(c)
        }
        if bang { return nil }
        return String(decoding: out, as: UTF8.self)
    }
}
