/// The `-mod` and `-modfile` settings the go command ends up with.
///
/// `$GOFLAGS` first, then the command line, as `base.SetFromGOFLAGS` and the flag package apply them.
struct GoBuildFlags: Sendable {
    /// `cfg.BuildMod` as the flags leave it ("" when never set).
    var mod = ""
    /// `cfg.BuildModExplicit`: set once any `-mod` flag had a non-empty value.
    var modExplicit = false
    /// `cfg.ModFile`.
    var modFile = ""
    /// The `$GOFLAGS` words.
    var goflags: [String] = []

    /// Why `$GOFLAGS` was rejected (`go: parsing $GOFLAGS: …`), if it was.
    var goflagsError: String?

    init(goflags text: String, arguments: [String]) {
        switch Self.splitQuoted(text) {
        case .failure(let message):
            goflagsError = "go: parsing $GOFLAGS: \(message)"
            return
        case .success(let words):
            goflags = words
        }
        for word in goflags {
            let bad = !word.hasPrefix("-") || word == "-" || word == "--" || word.hasPrefix("---")
                || word.hasPrefix("-=") || word.hasPrefix("--=")
            if bad {
                goflagsError = "go: parsing $GOFLAGS: non-flag \(GoQuote.string(word))"
                return
            }
        }
        for word in goflags {
            guard let eq = word.firstIndex(of: "=") else { continue }
            set(Self.flagName(String(word[..<eq])), String(word[word.index(after: eq)...]))
        }
        var i = 0
        while i < arguments.count {
            let arg = arguments[i]
            i += 1
            guard arg.hasPrefix("-"), arg != "-", arg != "--" else { break }
            if let eq = arg.firstIndex(of: "=") {
                set(Self.flagName(String(arg[..<eq])), String(arg[arg.index(after: eq)...]))
            } else if ["mod", "modfile"].contains(Self.flagName(arg)), i < arguments.count {
                set(Self.flagName(arg), arguments[i])
                i += 1
            }
        }
    }

    private mutating func set(_ name: String, _ value: String) {
        switch name {
        case "mod":
            mod = value
            if !value.isEmpty { modExplicit = true }
        case "modfile":
            modFile = value
        default:
            break
        }
    }

    /// `-x` or `--x` without dashes.
    private static func flagName(_ s: String) -> String {
        String(s.drop(while: { $0 == "-" }))
    }

    /// Whether `$GOFLAGS` names `flag` (such as `-mod`), with or without a value (`base.InGOFLAGS`).
    func inGOFLAGS(_ flag: String) -> Bool {
        goflags.contains { word in
            var name = Substring(word)
            if name.hasPrefix("--") { name = name.dropFirst() }
            if let eq = name.firstIndex(of: "=") { name = name[..<eq] }
            return name == flag
        }
    }

    /// Fields split on spaces, where a field may be wrapped whole in `'…'` or `"…"` (`quoted.Split`).
    static func splitQuoted(_ text: String) -> Result<[String], SplitError> {
        let b = Array(text.utf8)
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
        var fields: [String] = []
        var i = 0
        while i < b.count {
            while i < b.count && isSpace(b[i]) { i += 1 }
            if i == b.count { break }
            if b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") {
                let quote = b[i]
                let start = i + 1
                var j = start
                while j < b.count && b[j] != quote { j += 1 }
                if j == b.count {
                    return .failure(SplitError(message: "unterminated \(Character(Unicode.Scalar(quote))) string"))
                }
                fields.append(String(decoding: b[start..<j], as: UTF8.self))
                i = j + 1
                continue
            }
            let start = i
            while i < b.count && !isSpace(b[i]) { i += 1 }
            fields.append(String(decoding: b[start..<i], as: UTF8.self))
        }
        return .success(fields)
    }

    struct SplitError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
