/// The directive rules of go.mod, applied to the statements of `ModFileSyntax`.
extension GoModFile {
    /// The parsed file and every directive error, or a thrown lexical/block error.
    static func read(_ input: InputText, mode: Mode) throws(ParseError) -> (file: GoModFile, errors: [ParseError]) {
        let syntax = try ModFileSyntax.parse(input)
        var reader = GoModReader(file: GoModFile(file: input.file), mode: mode, diagnostics: .init(file: input.file))
        for statement in syntax.statements {
            switch statement {
            case .line(let line):
                reader.add(verb: line.tokens[0].text, line, args: Array(line.tokens.dropFirst()), block: nil)
            case .block(let block):
                reader.add(block)
            }
        }
        return (reader.file, reader.diagnostics.errors)
    }
}

private struct GoModReader {
    var file: GoModFile
    let mode: GoModFile.Mode
    var diagnostics: ModFileSyntax.Diagnostics
    /// Set by the first `module` directive, even a malformed one.
    var sawModule = false

    static let blockVerbs: Set<String> = ["module", "godebug", "require", "exclude", "replace", "retract", "tool", "ignore"]
    /// What a dependency's go.mod is read for; everything else is skipped in lax mode.
    static let laxVerbs: Set<String> = ["go", "module", "retract", "require"]

    var strict: Bool { mode == .strict }

    mutating func add(_ block: ModFileSyntax.Block) {
        let verb = block.tokens[0].text
        guard block.tokens.count == 1, Self.blockVerbs.contains(verb) else {
            if strict {
                let name = block.tokens.map(\.text).joined(separator: " ")
                diagnostics.add(at: block.start, "unknown block type: \(name)")
            }
            return
        }
        for line in block.lines {
            add(verb: verb, line, args: line.tokens, block: block)
        }
    }

    mutating func add(verb: String, _ line: ModFileSyntax.Line, args: [ModFileSyntax.Token], block: ModFileSyntax.Block?) {
        if !strict && !Self.laxVerbs.contains(verb) { return }
        let p = line.start
        if ModFileSyntax.addToolchainDirective(
            verb: verb, line, args: args, lax: !strict,
            go: &file.go, toolchain: &file.toolchain, godebug: &file.godebug, diagnostics: &diagnostics)
        {
            return
        }
        switch verb {
        case "module":
            if sawModule {
                diagnostics.add(line, "repeated module statement")
                return
            }
            sawModule = true
            let deprecated = ModFileSyntax.deprecation(ModFileSyntax.directiveComment(line, in: block))
            guard args.count == 1 else {
                diagnostics.add(line, "usage: module module/path")
                return
            }
            guard let path = string(args[0], line) else { return }
            file.module = GoModFile.Module(path: path, deprecated: deprecated, line: p.line, column: p.column)

        case "require", "exclude":
            guard args.count == 2 else {
                diagnostics.add(line, "usage: \(verb) module/path v1.2.3")
                return
            }
            guard let path = string(args[0], line) else { return }
            let version: String
            switch ModFileSyntax.version(verb: verb, path: path, args[1]) {
            case .success(let v): version = v
            case .failure(let e):
                diagnostics.add(line, e.reason)
                return
            }
            guard let pathMajor = ModFileSyntax.pathMajor(path) else {
                diagnostics.add(line, "invalid module path")
                return
            }
            if let mismatch = ModFileSyntax.pathMajorMismatch(version, pathMajor) {
                diagnostics.add(line, verb: verb, path: path, mismatch)
                return
            }
            if verb == "require" {
                file.require.append(GoModFile.Requirement(
                    path: path, version: version, indirect: ModFileSyntax.isIndirect(line),
                    line: p.line, column: p.column))
            } else {
                file.exclude.append(GoModFile.Exclusion(path: path, version: version, line: p.line, column: p.column))
            }

        case "replace":
            if let r = ModFileSyntax.replacement(line, verb: verb, args: args, diagnostics: &diagnostics) {
                file.replace.append(r)
            }

        case "retract":
            let rationale = ModFileSyntax.directiveComment(line, in: block)
            var rest = args[...]
            let interval: (low: String, high: String)
            switch Self.versionInterval(&rest) {
            case .success(let i): interval = i
            case .failure(let e):
                if strict { diagnostics.add(line, e.reason) }
                return
            }
            if strict, let extra = rest.first {
                diagnostics.add(line, "unexpected token after version: \(GoQuote.string(extra.text))")
                return
            }
            file.retract.append(GoModFile.Retraction(
                low: interval.low, high: interval.high, rationale: rationale, line: p.line, column: p.column))

        case "tool", "ignore":
            // `ignore` follows Go 1.25's rule (x/mod gives it the shape of `tool`): one path argument.
            guard args.count == 1 else {
                diagnostics.add(line, "\(verb) directive expects exactly one argument")
                return
            }
            guard let path = string(args[0], line) else { return }
            let directive = GoModFile.PathDirective(path: path, line: p.line, column: p.column)
            if verb == "tool" {
                file.tool.append(directive)
            } else {
                file.ignore.append(directive)
            }

        default:
            diagnostics.add(line, "unknown directive: \(verb)")
        }
    }

    /// An argument's value, or nil after reporting `invalid quoted string`.
    mutating func string(_ token: ModFileSyntax.Token, _ line: ModFileSyntax.Line) -> String? {
        switch ModFileSyntax.argumentString(token.text) {
        case .success(let s): return s
        case .failure(let e):
            diagnostics.add(line, "invalid quoted string: \(e.reason)")
            return nil
        }
    }

    /// `version` or `[low, high]` at the start of `toks`, consumed; versions are only unquoted.
    static func versionInterval(
        _ toks: inout ArraySlice<ModFileSyntax.Token>
    ) -> Result<(low: String, high: String), ModFileSyntax.StringError> {
        func fail(_ reason: String) -> Result<(low: String, high: String), ModFileSyntax.StringError> {
            .failure(ModFileSyntax.StringError(reason: reason))
        }
        func version(_ t: ModFileSyntax.Token) -> Result<String, ModFileSyntax.StringError> {
            ModFileSyntax.argumentString(t.text).mapError {
                ModFileSyntax.StringError(reason: "retract: version \(GoQuote.string(t.text)) invalid: \($0.reason)")
            }
        }
        // `opener`, a version and `closer`; the opener and the version are consumed.
        func version(after opener: String, then closer: String) -> Result<String, ModFileSyntax.StringError> {
            toks = toks.dropFirst()
            guard let token = toks.first else {
                return .failure(ModFileSyntax.StringError(reason: "expected version after '\(opener)'"))
            }
            return version(token).flatMap { v in
                toks = toks.dropFirst()
                guard toks.first?.text == closer else {
                    return .failure(ModFileSyntax.StringError(reason: "expected '\(closer)' after version"))
                }
                return .success(v)
            }
        }
        guard let first = toks.first, first.text != "(" else { return fail("expected '[' or version") }
        if first.text != "[" {
            toks = toks.dropFirst()
            return version(first).map { ($0, $0) }
        }
        return version(after: "[", then: ",").flatMap { low in
            version(after: ",", then: "]").map { high in
                toks = toks.dropFirst()
                return (low, high)
            }
        }
    }
}
