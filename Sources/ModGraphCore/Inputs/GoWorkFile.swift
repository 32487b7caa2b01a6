/// A go.work file, parsed as the go command parses it (`modfile.ParseWork`).
///
/// Directives: `go`, `toolchain`, `godebug`, `use` and `replace`, as single lines or (except
/// `go` and `toolchain`) blocks. Every other directive is an error; there is no lax mode.
public struct GoWorkFile: Sendable, Hashable {
    typealias GoDirective = GoModFile.GoDirective
    typealias Toolchain = GoModFile.Toolchain
    typealias Godebug = GoModFile.Godebug
    typealias Replacement = GoModFile.Replacement

    /// The name used in messages.
    var file: String
    var go: GoDirective?
    var toolchain: Toolchain?
    var godebug: [Godebug] = []
    var use: [Use] = []
    var replace: [Replacement] = []

    /// `use ./dir`: a module directory, relative to the go.work file unless absolute.
    typealias Use = GoModFile.PathDirective
}

extension GoWorkFile {
    /// Parses a go.work file.
    ///
    /// - Throws: the first error the go command reports for this text.
    public static func parse(_ input: InputText) throws(ParseError) -> GoWorkFile {
        let (file, errors) = try read(input)
        if let first = errors.first { throw first }
        return file
    }

    /// Parses go.work text given as bytes (checked as UTF-8 text first).
    static func parse(bytes: [UInt8], file: String) throws(ParseError) -> GoWorkFile {
        try parse(InputText(bytes: bytes, file: file))
    }

    /// Parses go.work text given as a string.
    static func parse(_ text: String, file: String) throws(ParseError) -> GoWorkFile {
        try parse(InputText(text, file: file))
    }

    /// Every error the go command would report for this file, in its order; empty when it parses.
    static func errors(in input: InputText) -> [ParseError] {
        do throws(ParseError) {
            return try read(input).errors
        } catch {
            return [error]
        }
    }

    static let blockVerbs: Set<String> = ["godebug", "use", "replace"]

    static func read(_ input: InputText) throws(ParseError) -> (file: GoWorkFile, errors: [ParseError]) {
        let syntax = try ModFileSyntax.parse(input)
        var work = GoWorkFile(file: input.file)
        var diagnostics = ModFileSyntax.Diagnostics(file: input.file)
        for statement in syntax.statements {
            switch statement {
            case .line(let line):
                work.add(verb: line.tokens[0].text, line, args: Array(line.tokens.dropFirst()), &diagnostics)
            case .block(let block):
                let verb = block.tokens[0].text
                guard block.tokens.count == 1, blockVerbs.contains(verb) else {
                    let name = block.tokens.map(\.text).joined(separator: " ")
                    diagnostics.add(at: block.start, "unknown block type: \(name)")
                    continue
                }
                for line in block.lines {
                    work.add(verb: verb, line, args: line.tokens, &diagnostics)
                }
            }
        }
        return (work, diagnostics.errors)
    }

    private mutating func add(
        verb: String, _ line: ModFileSyntax.Line, args: [ModFileSyntax.Token],
        _ diagnostics: inout ModFileSyntax.Diagnostics
    ) {
        if ModFileSyntax.addToolchainDirective(
            verb: verb, line, args: args, lax: false,
            go: &go, toolchain: &toolchain, godebug: &godebug, diagnostics: &diagnostics)
        {
            return
        }
        switch verb {
        case "use":
            guard args.count == 1 else {
                diagnostics.add(line, "usage: use local/dir")
                return
            }
            switch ModFileSyntax.argumentString(args[0].text) {
            case .success(let path):
                use.append(Use(path: path, line: line.start.line, column: line.start.column))
            case .failure(let e):
                diagnostics.add(line, "invalid quoted string: \(e.reason)")
            }
        case "replace":
            if let r = ModFileSyntax.replacement(line, verb: verb, args: args, diagnostics: &diagnostics) {
                replace.append(r)
            }
        default:
            diagnostics.add(line, "unknown directive: \(verb)")
        }
    }
}
