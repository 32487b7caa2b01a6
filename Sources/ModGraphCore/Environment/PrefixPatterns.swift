/// Go's path-prefix glob lists (GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE), matched as
/// `module.MatchPrefixPatterns` and `path.Match` match them.
enum PrefixPatterns {
    /// Whether any comma-separated glob in `globs` matches a prefix of `target`'s path elements.
    ///
    /// A glob with N slashes is matched against the first N+1 elements of `target`; a trailing
    /// slash is dropped, empty globs are skipped, and a malformed glob matches nothing.
    static func matches(_ globs: String, _ target: String) -> Bool {
        matchingGlob(globs, target) != nil
    }

    /// The first glob of `globs` that matches `target` (without its trailing slash), or nil.
    static func matchingGlob(_ globs: String, _ target: String) -> String? {
        let t = Array(target.utf8)
        for raw in globs.split(separator: ",", omittingEmptySubsequences: false) {
            var glob = Substring(raw)
            if glob.hasSuffix("/") { glob = glob.dropLast() }
            if glob.isEmpty { continue }
            var n = glob.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) }
            var prefixEnd = t.count
            for i in 0..<t.count where t[i] == UInt8(ascii: "/") {
                if n == 0 {
                    prefixEnd = i
                    break
                }
                n -= 1
            }
            if n > 0 { continue }
            if pathMatch(Array(glob.utf8), Array(t[0..<prefixEnd])) == .matched { return String(glob) }
        }
        return nil
    }

    enum MatchResult: Equatable { case matched, notMatched, badPattern }

    /// `path.Match(pattern, name)` over bytes.
    static func pathMatch(_ pattern: [UInt8], _ name: [UInt8]) -> MatchResult {
        var pattern = pattern[...]
        var name = name[...]
        patternLoop: while !pattern.isEmpty {
            let (star, chunk, rest) = scanChunk(pattern)
            pattern = rest
            if star && chunk.isEmpty {
                return name.contains(UInt8(ascii: "/")) ? .notMatched : .matched
            }
            let first = matchChunk(chunk, name)
            if case .ok(let t) = first, t.isEmpty || !pattern.isEmpty {
                name = t
                continue
            }
            if case .bad = first { return .badPattern }
            if star {
                var i = name.startIndex
                while i < name.endIndex && name[i] != UInt8(ascii: "/") {
                    switch matchChunk(chunk, name[(i + 1)...]) {
                    case .ok(let t):
                        if pattern.isEmpty && !t.isEmpty {
                            i += 1
                            continue
                        }
                        name = t
                        continue patternLoop
                    case .bad:
                        return .badPattern
                    case .failed:
                        break
                    }
                    i += 1
                }
            }
            while !pattern.isEmpty {
                let (_, c, r) = scanChunk(pattern)
                pattern = r
                if case .bad = matchChunk(c, []) { return .badPattern }
            }
            return .notMatched
        }
        return name.isEmpty ? .matched : .notMatched
    }

    private static func scanChunk(_ p: ArraySlice<UInt8>) -> (Bool, ArraySlice<UInt8>, ArraySlice<UInt8>) {
        var pattern = p
        var star = false
        while let c = pattern.first, c == UInt8(ascii: "*") {
            pattern = pattern.dropFirst()
            star = true
        }
        var inRange = false
        var i = pattern.startIndex
        scan: while i < pattern.endIndex {
            switch pattern[i] {
            case UInt8(ascii: "\\"):
                if i + 1 < pattern.endIndex { i += 1 }
            case UInt8(ascii: "["):
                inRange = true
            case UInt8(ascii: "]"):
                inRange = false
            case UInt8(ascii: "*"):
                if !inRange { break scan }
            default:
                break
            }
            i += 1
        }
        return (star, pattern[pattern.startIndex..<i], pattern[i...])
    }

    private enum ChunkResult { case ok(ArraySlice<UInt8>), failed, bad }

    private static func matchChunk(_ c: ArraySlice<UInt8>, _ str: ArraySlice<UInt8>) -> ChunkResult {
        var chunk = c
        var s = str
        var failed = false
        while let head = chunk.first {
            if !failed && s.isEmpty { failed = true }
            switch head {
            case UInt8(ascii: "["):
                var r: UInt32 = 0
                if !failed {
                    let (rune, n) = decodeRune(s)
                    r = rune
                    s = s.dropFirst(n)
                }
                chunk = chunk.dropFirst()
                var negated = false
                if chunk.first == UInt8(ascii: "^") {
                    negated = true
                    chunk = chunk.dropFirst()
                }
                var match = false
                var nrange = 0
                while true {
                    if chunk.first == UInt8(ascii: "]") && nrange > 0 {
                        chunk = chunk.dropFirst()
                        break
                    }
                    guard let (lo, afterLo) = getEsc(chunk) else { return .bad }
                    chunk = afterLo
                    var hi = lo
                    if chunk.first == UInt8(ascii: "-") {
                        guard let (h, afterHi) = getEsc(chunk.dropFirst()) else { return .bad }
                        hi = h
                        chunk = afterHi
                    }
                    if lo <= r && r <= hi { match = true }
                    nrange += 1
                }
                if match == negated { failed = true }
            case UInt8(ascii: "?"):
                if !failed {
                    if s.first == UInt8(ascii: "/") { failed = true }
                    s = s.dropFirst(decodeRune(s).1)
                }
                chunk = chunk.dropFirst()
            default:
                if head == UInt8(ascii: "\\") {
                    chunk = chunk.dropFirst()
                    if chunk.isEmpty { return .bad }
                }
                if !failed {
                    if chunk.first != s.first { failed = true }
                    s = s.dropFirst()
                }
                chunk = chunk.dropFirst()
            }
        }
        return failed ? .failed : .ok(s)
    }

    /// A possibly escaped character of a class; nil where go says ErrBadPattern.
    private static func getEsc(_ c: ArraySlice<UInt8>) -> (UInt32, ArraySlice<UInt8>)? {
        var chunk = c
        guard let first = chunk.first, first != UInt8(ascii: "-"), first != UInt8(ascii: "]") else { return nil }
        if first == UInt8(ascii: "\\") {
            chunk = chunk.dropFirst()
            if chunk.isEmpty { return nil }
        }
        let (r, n) = decodeRune(chunk)
        if r == 0xFFFD && n == 1 { return nil }
        let rest = chunk.dropFirst(n)
        if rest.isEmpty { return nil }
        return (r, rest)
    }

    /// `utf8.DecodeRuneInString`: the rune and its length; U+FFFD and 1 for bad bytes, 0 for none.
    static func decodeRune(_ s: ArraySlice<UInt8>) -> (UInt32, Int) {
        guard let b0 = s.first else { return (0xFFFD, 0) }
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let bytes = Array(s.prefix(4))
        let need: Int
        var r: UInt32
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: need = 2; r = UInt32(b0 & 0x1F)
        case 0xE0: need = 3; r = UInt32(b0 & 0x0F); lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 3; r = UInt32(b0 & 0x0F)
        case 0xED: need = 3; r = UInt32(b0 & 0x0F); hi = 0x9F
        case 0xF0: need = 4; r = UInt32(b0 & 0x07); lo = 0x90
        case 0xF1...0xF3: need = 4; r = UInt32(b0 & 0x07)
        case 0xF4: need = 4; r = UInt32(b0 & 0x07); hi = 0x8F
        default: return (0xFFFD, 1)
        }
        guard bytes.count >= need else { return (0xFFFD, 1) }
        for k in 1..<need {
            let b = bytes[k]
            let (l, h) = k == 1 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
            guard b >= l && b <= h else { return (0xFFFD, 1) }
            r = r << 6 | UInt32(b & 0x3F)
        }
        return (r, need)
    }
}
