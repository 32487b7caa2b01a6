/// Directive rules shared by go.mod and go.work: versions, replacements, comments, messages.
extension ModFileSyntax {
    /// Collects the directive errors of one file, each at the start of its line, in the go command's wording.
    struct Diagnostics: Sendable {
        let file: String
        var errors: [ParseError] = []

        /// An error at the start of `line` (`errorf` in the go command).
        mutating func add(_ line: Line, _ message: String) {
            add(at: line.start, message)
        }

        mutating func add(at p: Position, _ message: String) {
            errors.append(ParseError(file: file, line: p.line, column: p.column, message: message))
        }

        /// An error about one module path: `verb path: message`, or `verb: message` without a path.
        mutating func add(_ line: Line, verb: String, path: String, _ message: String) {
            add(line, ModFileSyntax.prefixed(verb: verb, path: path, message))
        }
    }

    static func prefixed(verb: String, path: String, _ message: String) -> String {
        if !path.isEmpty { return "\(verb) \(path): \(message)" }
        if !verb.isEmpty { return "\(verb): \(message)" }
        return message
    }

    /// A version argument as go.mod parsing reads it (`parseVersion` without a fixer).
    ///
    /// It is unquoted, then canonicalized (`v1.2` becomes `v1.2.0`, `+build` is dropped,
    /// `+incompatible` kept).
    ///
    /// - Returns: the canonical version, or the message (with its `verb path:` prefix) to report.
    static func version(verb: String, path: String, _ token: Token) -> Result<String, StringError> {
        let text: String
        switch argumentString(token.text) {
        case .success(let s): text = s
        case .failure(let e):
            return .failure(StringError(reason: prefixed(
                verb: verb, path: path, "version \(GoQuote.string(token.text)) invalid: \(e.reason)")))
        }
        let canonical = ModuleVersion.canonical(text)
        if canonical.isEmpty {
            return .failure(StringError(reason: prefixed(
                verb: verb, path: path, "version \(GoQuote.string(text)) invalid: must be of the form v1.2.3")))
        }
        return .success(canonical)
    }

    /// The major-version suffix of a module path (`/v2`, `.v1`, or ""), or nil if it is malformed.
    static func pathMajor(_ path: String) -> String? {
        ModulePath.splitPathVersion(path)?.pathMajor
    }

    /// Why `version` cannot go with a path whose suffix is `pathMajor`, as `version "V" invalid: ...`.
    static func pathMajorMismatch(_ version: String, _ pathMajor: String) -> String? {
        guard let reason = ModulePath.pathMajorMismatch(version, pathMajor) else { return nil }
        return "version \(GoQuote.string(version)) invalid: \(reason)"
    }

    // MARK: go and toolchain

    /// Whether `v` is a go line version (the go command's `GoVersionRE`).
    ///
    /// That is `1.N` or `1.N.P` with an optional `rcN`-style suffix, numbers without leading zeros.
    static func isGoLineVersion(_ v: String) -> Bool {
        let b = Array(v.utf8)
        var i = 0
        guard positiveNumber(b, &i), i < b.count, b[i] == 0x2E else { return false }
        i += 1
        guard number(b, &i) else { return false }
        if i < b.count && b[i] == 0x2E {
            i += 1
            guard number(b, &i) else { return false }
        }
        if i < b.count {
            let letters = i
            while i < b.count && UTF8Bytes.isLower(b[i]) { i += 1 }
            guard i > letters else { return false }
            let digits = i
            while i < b.count && UTF8Bytes.isDigit(b[i]) { i += 1 }
            guard i > digits else { return false }
        }
        return i == b.count
    }

    /// The `1.N` a dependency's malformed go version stands for (`1.21.x` gives `1.21`), or nil.
    ///
    /// The go command's lax rule: `1.N` followed by a non-digit and anything.
    static func laxGoLineVersion(_ v: String) -> String? {
        let b = Array(v.utf8)
        var i = 0
        guard positiveNumber(b, &i), i < b.count, b[i] == 0x2E else { return nil }
        i += 1
        guard number(b, &i), i < b.count, !UTF8Bytes.isDigit(b[i]) else { return nil }
        return String(decoding: b[..<i], as: UTF8.self)
    }

    /// Whether `name` is a toolchain line's name: `default`, `go1`, or `go1.` followed by anything.
    static func isToolchainName(_ name: String) -> Bool {
        name == "default" || name == "go1" || name.hasPrefix("go1.")
    }

    /// `[1-9][0-9]*`
    private static func positiveNumber(_ b: [UInt8], _ i: inout Int) -> Bool {
        guard i < b.count, b[i] >= 0x31 && b[i] <= 0x39 else { return false }
        while i < b.count && UTF8Bytes.isDigit(b[i]) { i += 1 }
        return true
    }

    /// `0|[1-9][0-9]*`
    private static func number(_ b: [UInt8], _ i: inout Int) -> Bool {
        guard i < b.count, UTF8Bytes.isDigit(b[i]) else { return false }
        if b[i] == 0x30 {
            i += 1
            return true
        }
        return positiveNumber(b, &i)
    }

    // MARK: Comments

    /// The text of the comments on a directive (`parseDirectiveComment`).
    ///
    /// Its own comments before and after it, else the comments just before its block;
    /// each without `//`, trimmed, one per line.
    ///
    /// Comments after a block's `(` or `)` count for nothing, and a blank line inside a block
    /// counts as a comment of the next directive (so that one does not take the block's).
    static func directiveComment(_ line: Line, in block: Block?) -> String {
        var comments = line.before + line.suffix
        if let block, line.before.isEmpty, line.suffix.isEmpty {
            comments = block.before
        }
        var lines: [Substring] = []
        for comment in comments where comment.hasPrefix("//") {
            lines.append(trimSpace(comment.dropFirst(2)))
        }
        return lines.joined(separator: "\n")
    }

    /// The message of a `Deprecated:` paragraph in a directive comment; nil when none or empty.
    ///
    /// The paragraph starts the text or follows a blank line, and the message runs to the
    /// next blank line.
    static func deprecation(_ comment: String) -> String? {
        let key = "Deprecated:"
        let text = Substring(comment)
        var start: Substring.Index? = nil
        if text.hasPrefix(key) {
            start = text.startIndex
        } else if let r = text.firstRange(of: "\n\n" + key) {
            start = text.index(r.lowerBound, offsetBy: 2)
        }
        guard let start else { return nil }
        var rest = text[start...].dropFirst(key.count)
        while rest.first == " " { rest = rest.dropFirst() }
        if let end = rest.firstRange(of: "\n\n") { rest = rest[..<end.lowerBound] }
        return rest.isEmpty ? nil : String(rest)
    }

    /// Whether a requirement is marked `// indirect` (alone, or first as `indirect;`).
    static func isIndirect(_ line: Line) -> Bool {
        guard let comment = line.suffix.first else { return false }
        let f = fields(comment.dropFirst(2))
        return (f.count == 1 && f[0] == "indirect") || (f.count > 1 && f[0] == "indirect;")
    }

    // MARK: Replacements

    /// Whether a replacement's target is a directory rather than a module path.
    ///
    /// That is `.`, `..`, or a start of `./`, `../`, `/`, their backslash forms, or a drive
    /// letter and `:` (every system's syntax is recognized).
    static func isDirectoryPath(_ s: String) -> Bool {
        if s == "." || s == ".." { return true }
        for prefix in ["./", ".\\", "../", "..\\", "/", "\\"] where s.hasPrefix(prefix) { return true }
        let b = Array(s.utf8.prefix(2))
        return b.count == 2 && (UTF8Bytes.isLower(b[0]) || UTF8Bytes.isUpper(b[0])) && b[1] == 0x3A
    }

    /// A `replace` directive's arguments: `old [v] => new [v]`, as go.mod and go.work read them.
    static func replacement(
        _ line: Line, verb: String, args: [Token], diagnostics: inout Diagnostics
    ) -> GoModFile.Replacement? {
        var arrow = 2
        if args.count >= 2 && args[1].text == "=>" { arrow = 1 }
        if args.count < arrow + 2 || args.count > arrow + 3 || args[arrow].text != "=>" {
            diagnostics.add(line, """
                usage: \(verb) module/path [v1.2.3] => other/module v1.4
                \t or \(verb) module/path [v1.2.3] => ../local/directory
                """)
            return nil
        }
        let oldPath: String
        switch argumentString(args[0].text) {
        case .success(let s): oldPath = s
        case .failure(let e):
            diagnostics.add(line, "invalid quoted string: \(e.reason)")
            return nil
        }
        guard let pathMajor = pathMajor(oldPath) else {
            diagnostics.add(line, verb: verb, path: oldPath, "invalid module path")
            return nil
        }
        var oldVersion: String? = nil
        if arrow == 2 {
            switch version(verb: verb, path: oldPath, args[1]) {
            case .success(let v): oldVersion = v
            case .failure(let e):
                diagnostics.add(line, e.reason)
                return nil
            }
            if let mismatch = pathMajorMismatch(oldVersion!, pathMajor) {
                diagnostics.add(line, verb: verb, path: oldPath, mismatch)
                return nil
            }
        }
        let newPath: String
        switch argumentString(args[arrow + 1].text) {
        case .success(let s): newPath = s
        case .failure(let e):
            diagnostics.add(line, "invalid quoted string: \(e.reason)")
            return nil
        }
        var newVersion: String? = nil
        if args.count == arrow + 2 {
            if !isDirectoryPath(newPath) {
                if newPath.contains("@") {
                    diagnostics.add(line, "replacement module must match format 'path version', not 'path@version'")
                } else {
                    diagnostics.add(
                        line, "replacement module without version must be directory path (rooted or starting with . or ..)")
                }
                return nil
            }
            if newPath.contains("\\") {
                diagnostics.add(line, "replacement directory appears to be Windows path (on a non-windows system)")
                return nil
            }
        } else {
            switch version(verb: verb, path: newPath, args[arrow + 2]) {
            case .success(let v): newVersion = v
            case .failure(let e):
                diagnostics.add(line, e.reason)
                return nil
            }
            if isDirectoryPath(newPath) {
                diagnostics.add(line, "replacement module directory path \(GoQuote.string(newPath)) cannot have version")
                return nil
            }
        }
        let p = line.start
        return GoModFile.Replacement(
            oldPath: oldPath, oldVersion: oldVersion, newPath: newPath, newVersion: newVersion,
            line: p.line, column: p.column)
    }

    /// Shared handling of `go`, `toolchain` and `godebug`; false when `verb` is none of them.
    static func addToolchainDirective(
        verb: String, _ line: Line, args: [Token], lax: Bool,
        go: inout GoModFile.GoDirective?, toolchain: inout GoModFile.Toolchain?, godebug: inout [GoModFile.Godebug],
        diagnostics: inout Diagnostics
    ) -> Bool {
        let p = line.start
        // The argument of `go` or `toolchain`: one, in a file that has no other; nil when reported.
        func onlyArgument(repeated: Bool) -> String? {
            if repeated {
                diagnostics.add(line, "repeated \(verb) statement")
                return nil
            }
            guard args.count == 1 else {
                diagnostics.add(line, "\(verb) directive expects exactly one argument")
                return nil
            }
            return args[0].text
        }
        switch verb {
        case "go":
            guard var v = onlyArgument(repeated: go != nil) else { return true }
            if !isGoLineVersion(v) {
                if lax, let fixed = laxGoLineVersion(v) {
                    v = fixed
                } else {
                    diagnostics.add(line, "invalid go version '\(v)': must match format 1.23.0")
                    return true
                }
            }
            go = GoModFile.GoDirective(version: v, line: p.line, column: p.column)
        case "toolchain":
            guard let name = onlyArgument(repeated: toolchain != nil) else { return true }
            guard isToolchainName(name) else {
                diagnostics.add(line, "invalid toolchain version '\(name)': must match format go1.23.0 or default")
                return true
            }
            toolchain = GoModFile.Toolchain(name: name, line: p.line, column: p.column)
        case "godebug":
            let usage = "usage: godebug key=value"
            guard args.count == 1,
                !args[0].text.utf8.contains(where: { $0 == 0x22 || $0 == 0x60 || $0 == 0x27 || $0 == 0x2C })
            else {
                diagnostics.add(line, usage)
                return true
            }
            let text = args[0].text
            guard let eq = text.firstIndex(of: "=") else {
                diagnostics.add(line, usage)
                return true
            }
            godebug.append(GoModFile.Godebug(
                key: String(text[..<eq]), value: String(text[text.index(after: eq)...]),
                line: p.line, column: p.column))
        default:
            return false
        }
        return true
    }
}
