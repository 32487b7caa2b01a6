/// Reading go.mod and go.work the way `modload.ReadModFile` / `ReadWorkFile` report problems.
enum GoModReading {
    /// A parse error as `modfile.Error` prints it: `file:line:col: ` only past column 1.
    static func text(_ e: ParseError) -> String {
        var position = e.file
        if e.line > 0 {
            position += ":\(e.line)"
            if e.column > 1 { position += ":\(e.column)" }
        }
        return "\(position): \(e.message)"
    }

    /// How a version that go.mod does not write canonically is looked up (`fixVersion` → `Query`).
    enum Lookup {
        /// `-mod=vendor` was given: `cannot query module due to -mod=vendor`.
        case disabledByVendor
        /// `GOPROXY=off`: `module lookup disabled by GOPROXY=off`.
        case proxyOff
        /// The lookup would go to the network; nothing can be said offline.
        case network
    }

    /// Parses a main module's go.mod as `ReadModFile` does, with its version fixer.
    ///
    /// A version that is not canonical is looked up instead of rewritten, and a directive newer
    /// than `goVersion` (`tool` before Go 1.24, `ignore` before Go 1.25: `GoSyntax`) is unknown.
    ///
    /// - Returns: the file (nil if it has errors), the errors, and the versions that would
    ///   need a network lookup.
    static func parseMainGoMod(
        _ input: InputText, lookup: Lookup, goVersion: String
    ) -> (GoModFile?, [ParseError], [String]) {
        let unknown = GoSyntax.unknownDirectives(goVersion: goVersion)
        let errors = GoModFile.errors(in: input)
        let syntax: ModFileSyntax
        do {
            syntax = try ModFileSyntax.parse(input)
        } catch {
            return (nil, [error], [])
        }
        var fixed: [(ModFileSyntax.Position, String)] = []
        var dropped: Set<Int> = []
        var lookups: [String] = []
        forEachVersion(in: syntax) { verb, path, version, position in
            if let message = fixerError(verb: verb, path: path, version: version, lookup: lookup) {
                fixed.append((position, message))
                dropped.insert(position.line)
                return true
            }
            if !isCanonical(version) { lookups.append("\(path)@\(version)") }
            return false
        }
        // `tool` came in Go 1.24, `ignore` in Go 1.25; the parser knows them, older versions do not.
        for statement in syntax.statements {
            switch statement {
            case .line(let line) where unknown.contains(line.tokens[0].text):
                fixed.append((line.start, "unknown directive: \(line.tokens[0].text)"))
                dropped.insert(line.start.line)
            case .block(let block) where block.tokens.count == 1 && unknown.contains(block.tokens[0].text):
                fixed.append((block.start, "unknown block type: \(block.tokens[0].text)"))
                dropped.insert(block.start.line)
                for line in block.lines { dropped.insert(line.start.line) }
            default:
                break
            }
        }
        if fixed.isEmpty {
            if !errors.isEmpty { return (nil, errors, lookups) }
            return ((try? GoModFile.parse(input)), [], lookups)
        }
        var merged = errors.filter { !dropped.contains($0.line) }
        for (position, message) in fixed {
            merged.append(ParseError(file: input.file, line: position.line, column: position.column, message: message))
        }
        merged.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return (nil, merged, lookups)
    }

    private static func isCanonical(_ version: String) -> Bool {
        !version.isEmpty && ModuleVersion.canonical(version) == version
    }

    /// What `fixVersion` (and `Query` behind it) reports for one version.
    ///
    /// Nil when the version passes as it is, or would be looked up on the network.
    private static func fixerError(verb: String, path: String, version: String, lookup: Lookup) -> String? {
        guard ModulePath.splitPathVersion(path) != nil else {
            return "\(verb) \(path): version \(GoQuote.string(version)) invalid: malformed module path \(GoQuote.string(path))"
        }
        if isCanonical(version) { return nil }
        if lookup == .disabledByVendor { return "cannot query module due to -mod=vendor" }
        // `Query` → `lookupRepo` checks the path (`module.CheckPath`) before any proxy is asked,
        // so a malformed path (merge-conflict markers as a require line) fails the same way online.
        if path != "go" && path != "toolchain", let message = ModulePath.check(path) { return message }
        return lookup == .proxyOff ? "module lookup disabled by GOPROXY=off" : nil
    }

    /// Calls `body` for every version that go.mod parsing hands to the version fixer.
    ///
    /// Those are require and exclude versions, and both versions of a replace, in file order.
    /// `body` returns whether the fixer failed, which ends that directive, as in the parser.
    private static func forEachVersion(
        in syntax: ModFileSyntax, _ body: (String, String, String, ModFileSyntax.Position) -> Bool
    ) {
        func string(_ token: ModFileSyntax.Token) -> String? {
            if case .success(let s) = ModFileSyntax.argumentString(token.text) { return s }
            return nil
        }
        func visit(_ verb: String, _ line: ModFileSyntax.Line, _ args: [ModFileSyntax.Token]) {
            switch verb {
            case "require", "exclude":
                guard args.count == 2, let path = string(args[0]), let version = string(args[1]) else { return }
                _ = body(verb, path, version, line.start)
            case "replace":
                let arrow = args.count >= 2 && args[1].text == "=>" ? 1 : 2
                guard args.count >= arrow + 2, args.count <= arrow + 3, args[arrow].text == "=>",
                    let old = string(args[0]), let oldMajor = ModFileSyntax.pathMajor(old)
                else { return }
                if arrow == 2 {
                    guard let version = string(args[1]), !body(verb, old, version, line.start),
                        ModFileSyntax.pathMajorMismatch(ModuleVersion.canonical(version), oldMajor) == nil
                    else { return }
                }
                guard args.count == arrow + 3, let new = string(args[arrow + 1]),
                    let version = string(args[arrow + 2])
                else { return }
                _ = body(verb, new, version, line.start)
            default:
                return
            }
        }
        for statement in syntax.statements {
            switch statement {
            case .line(let line):
                visit(line.tokens[0].text, line, Array(line.tokens.dropFirst()))
            case .block(let block):
                guard block.tokens.count == 1 else { continue }
                for line in block.lines { visit(block.tokens[0].text, line, line.tokens) }
            }
        }
    }

    /// `modload.CheckGodebug`: nil when the setting is accepted, else the reason.
    static func checkGodebug(verb: String, key: String, value: String, local: String) -> String? {
        if key.contains(" ") || key.contains("\t") { return "key contains space" }
        if value.contains(" ") || value.contains("\t") { return "value contains space" }
        if key.contains(",") { return "key contains comma" }
        if value.contains(",") { return "value contains comma" }
        if key == "default" {
            guard value.hasPrefix("go"), GoVersion.isValid(String(value.dropFirst(2))) else {
                return "value for default= must be goVERSION"
            }
            if GoVersion.compare(String(value.dropFirst(2)), local) > 0 {
                return "default=\(value) too new (toolchain is go\(local))"
            }
            return nil
        }
        if knownGodebugs.contains(key) { return nil }
        return "unknown \(verb) \(GoQuote.string(key))"
    }

    /// The settings go 1.23 knows (`internal/godebugs.All`).
    static let knownGodebugs: Set<String> = [
        "asynctimerchan", "execerrdot", "gocachehash", "gocachetest", "gocacheverify", "gotypesalias",
        "http2client", "http2debug", "http2server", "httplaxcontentlength", "httpmuxgo121",
        "httpservecontentkeepheaders", "installgoroot", "jstmpllitinterp", "multipartfiles",
        "multipartmaxheaders", "multipartmaxparts", "multipathtcp", "netdns", "netedns0", "panicnil",
        "randautoseed", "tarinsecurepath", "tls10server", "tls3des", "tlskyber", "tlsmaxrsasize",
        "tlsrsakex", "tlsunsafeekm", "winreadlinkvolume", "winsymlink", "x509keypairleaf",
        "x509negativeserial", "x509sha1", "x509usefallbackroots", "x509usepolicies", "zipinsecurepath",
    ]
}
