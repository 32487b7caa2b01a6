/// Whether `go mod vendor` copies a `.go` file: it leaves out only files whose build
/// constraint is false when every tag but `ignore` may be true or false
/// (`imports.ShouldBuild` with `imports.AnyTags()`), such as `//go:build ignore`.
enum GoBuildConstraint {
    /// Whether the file with this content would be vendored.
    static func isVendored(goFile content: [UInt8]) -> Bool {
        guard let header = Header(content) else { return false }
        if let goBuild = header.goBuild {
            guard var parser = Parser(goBuild), let expr = parser.parseAll() else { return false }
            return expr.eval(prefer: true)
        }
        var build = true
        for line in header.plusBuildLines {
            if let expr = plusBuild(line), !expr.eval(prefer: true) { build = false }
        }
        return build
    }

    // MARK: Header

    /// The leading comments of a Go file (`parseFileHeader`): its `//go:build` line and the
    /// `// +build` lines of the comment block that ends at the last blank line before code.
    struct Header {
        var goBuild: String?
        var plusBuildLines: [String] = []

        /// nil when the header is malformed (two `//go:build` lines, or one after code).
        init?(_ content: [UInt8]) {
            var end = 0
            var ended = false
            var inSlashStar = false
            var lines: [(text: String, endOffset: Int)] = []
            var start = 0
            scan: while start < content.count {
                var stop = start
                while stop < content.count && content[stop] != 0x0A { stop += 1 }
                let next = stop < content.count ? stop + 1 : stop
                let raw = String(decoding: content[start..<stop], as: UTF8.self)
                let line = Header.trim(raw)
                start = next
                if line.isEmpty && !ended {
                    end = next
                    continue
                }
                if !line.hasPrefix("//") { ended = true }
                if !inSlashStar, let expr = Header.goBuildExpression(line) {
                    if ended || goBuild != nil { return nil }
                    goBuild = expr
                }
                lines.append((line, next))
                var rest = Substring(line)
                while !rest.isEmpty {
                    if inSlashStar {
                        guard let close = rest.range(of: "*/") else { continue scan }
                        inSlashStar = false
                        rest = Substring(Header.trim(String(rest[close.upperBound...])))
                        continue
                    }
                    if rest.hasPrefix("//") { continue scan }
                    if rest.hasPrefix("/*") {
                        inSlashStar = true
                        rest = Substring(Header.trim(String(rest.dropFirst(2))))
                        continue
                    }
                    break scan
                }
            }
            for (text, lineEnd) in lines where lineEnd <= end {
                if text.hasPrefix("//") && text.contains("+build") && Header.isPlusBuild(text) {
                    plusBuildLines.append(text)
                }
            }
        }

        static func trim(_ s: String) -> String {
            let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}" }
            var sub = Substring(s)
            while let f = sub.first, isSpace(f) { sub.removeFirst() }
            while let l = sub.last, isSpace(l) { sub.removeLast() }
            return String(sub)
        }

        /// The expression of a `//go:build` line (`constraint.IsGoBuild`), nil for other lines.
        static func goBuildExpression(_ line: String) -> String? {
            guard line.hasPrefix("//go:build") else { return nil }
            let after = String(line.dropFirst("//go:build".count))
            let trimmed = trim(after)
            if after.count == trimmed.count && !after.isEmpty { return nil }
            return trimmed
        }

        /// `constraint.IsPlusBuild`: `//` then spaces, then `+build` and a space or the end.
        static func isPlusBuild(_ line: String) -> Bool {
            let rest = trim(String(line.dropFirst(2)))
            guard rest.hasPrefix("+build") else { return false }
            let after = rest.dropFirst("+build".count)
            return after.isEmpty || after.first == " " || after.first == "\t"
        }
    }

    // MARK: Expressions

    indirect enum Expr {
        case tag(String)
        case not(Expr)
        case and(Expr, Expr)
        case or(Expr, Expr)

        /// `eval` with the tags `{"*": true}`: every valid tag but `ignore` is `prefer`.
        func eval(prefer: Bool) -> Bool {
            switch self {
            case .tag(let name):
                guard !name.isEmpty, name.unicodeScalars.allSatisfy({
                    $0.properties.isAlphabetic || $0.properties.numericType == .decimal || $0 == "_" || $0 == "."
                }) else { return false }
                return name != "ignore" ? prefer : false
            case .not(let x): return !x.eval(prefer: !prefer)
            case .and(let x, let y): return x.eval(prefer: prefer) && y.eval(prefer: prefer)
            case .or(let x, let y): return x.eval(prefer: prefer) || y.eval(prefer: prefer)
            }
        }
    }

    /// A `// +build` line: space-separated alternatives of comma-separated, possibly negated tags.
    static func plusBuild(_ line: String) -> Expr? {
        let body = Header.trim(String(line.dropFirst(2))).dropFirst("+build".count)
        var result: Expr?
        for clause in body.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            var conj: Expr?
            for lit in clause.split(separator: ",", omittingEmptySubsequences: false) {
                var name = Substring(lit)
                var negated = false
                if name.hasPrefix("!!") || name == "!" { return nil }
                if name.hasPrefix("!") {
                    negated = true
                    name = name.dropFirst()
                }
                guard !name.isEmpty else { return nil }
                let atom: Expr = negated ? .not(.tag(String(name))) : .tag(String(name))
                conj = conj.map { .and($0, atom) } ?? atom
            }
            if let conj { result = result.map { .or($0, conj) } ?? conj }
        }
        return result
    }

    /// A `//go:build` expression: `||`, `&&`, `!`, parentheses and tags.
    struct Parser {
        enum Token: Equatable { case tag(String), not, and, or, open, close }
        var tokens: [Token] = []
        var position = 0

        init?(_ text: String) {
            var chars = Array(text.unicodeScalars)[...]
            while let c = chars.first {
                switch c {
                case " ", "\t": chars.removeFirst()
                case "!": tokens.append(.not); chars.removeFirst()
                case "(": tokens.append(.open); chars.removeFirst()
                case ")": tokens.append(.close); chars.removeFirst()
                case "&", "|":
                    guard chars.count >= 2, chars[chars.index(after: chars.startIndex)] == c else { return nil }
                    tokens.append(c == "&" ? .and : .or)
                    chars.removeFirst(2)
                default:
                    var name = ""
                    while let d = chars.first, d.properties.isAlphabetic || d.properties.numericType == .decimal
                        || d == "_" || d == "." {
                        name.unicodeScalars.append(d)
                        chars.removeFirst()
                    }
                    guard !name.isEmpty else { return nil }
                    tokens.append(.tag(name))
                }
            }
        }

        mutating func parseAll() -> Expr? {
            guard let e = parseOr(), position == tokens.count else { return nil }
            return e
        }

        mutating func next() -> Token? {
            guard position < tokens.count else { return nil }
            defer { position += 1 }
            return tokens[position]
        }

        func peek() -> Token? { position < tokens.count ? tokens[position] : nil }

        mutating func parseOr() -> Expr? {
            guard var x = parseAnd() else { return nil }
            while peek() == .or {
                position += 1
                guard let y = parseAnd() else { return nil }
                x = .or(x, y)
            }
            return x
        }

        mutating func parseAnd() -> Expr? {
            guard var x = parseNot() else { return nil }
            while peek() == .and {
                position += 1
                guard let y = parseNot() else { return nil }
                x = .and(x, y)
            }
            return x
        }

        mutating func parseNot() -> Expr? {
            switch next() {
            case .not?:
                if peek() == .not { return nil }  // `!!x` is a syntax error
                return parseNot().map { .not($0) }
            case .open?:
                guard let x = parseOr(), next() == .close else { return nil }
                return x
            case .tag(let name)?:
                return .tag(name)
            default:
                return nil
            }
        }
    }
}
