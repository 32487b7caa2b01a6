/// The syntax shared by go.mod and go.work: lines of tokens, `( ... )` blocks and `//` comments.
///
/// This is the first of the go command's two passes. Lexical and block errors found here are
/// fatal (one error, nothing else is reported); the directive rules run afterwards, on the
/// statements, and report every problem they find.
struct ModFileSyntax: Sendable {
    /// A 1-based line and a 1-based column counted in Unicode scalars, as the go command counts.
    struct Position: Hashable, Sendable {
        var line: Int
        var column: Int
    }

    enum TokenKind: Hashable, Sendable {
        case eof, newline
        /// A comment alone on its line (it also ends that line).
        case comment
        /// A comment after tokens on the same line; it ends the line.
        case eolComment
        case leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace, comma
        /// A `"..."` or `` `...` `` literal, quotes included.
        case string
        case ident

        var isEndOfLine: Bool { self == .newline || self == .eof || self == .eolComment }
    }

    struct Token: Sendable {
        var kind: TokenKind
        /// The source text (for a comment: from `//` to the end of the line, without `\n` or `\r\n`).
        var text: String
        var start: Position
    }

    /// One directive line: its tokens (the verb first, unless inside a block) and its comments.
    struct Line: Sendable {
        var tokens: [Token]
        /// Comment lines just before it; inside a block, `""` stands for a blank line between them.
        var before: [String] = []
        /// The comment after it on the same line, if any.
        var suffix: [String] = []
        var start: Position { tokens[0].start }
    }

    /// A `verb ( ... )` block; `tokens` is everything before the `(`.
    struct Block: Sendable {
        var tokens: [Token]
        var lines: [Line] = []
        var before: [String] = []
        var start: Position { tokens[0].start }
    }

    enum Statement: Sendable {
        case line(Line)
        case block(Block)
    }

    var statements: [Statement]
}

extension ModFileSyntax {
    /// Reads `input` into statements, or throws the first lexical or block error.
    static func parse(_ input: InputText) throws(ParseError) -> ModFileSyntax {
        var parser = try SyntaxParser(input: input)
        return ModFileSyntax(statements: try parser.parseFile())
    }
}

/// The statement reader.
///
/// The lexer is always one token ahead, as in the go command, so errors come out in the
/// same order and at the same positions.
private struct SyntaxParser {
    var lexer: ModFileLexer
    var next: ModFileSyntax.Token

    init(input: InputText) throws(ParseError) {
        lexer = ModFileLexer(input: input)
        next = try lexer.readToken()
    }

    var peek: ModFileSyntax.TokenKind { next.kind }

    mutating func lex() throws(ParseError) -> ModFileSyntax.Token {
        let token = next
        next = try lexer.readToken()
        return token
    }

    /// A syntax error at the lexer's position (just past the look-ahead token).
    func syntaxError(_ message: String) -> ParseError {
        let p = lexer.position
        return ParseError(file: lexer.input.file, line: p.line, column: p.column, message: message)
    }

    mutating func parseFile() throws(ParseError) -> [ModFileSyntax.Statement] {
        var statements: [ModFileSyntax.Statement] = []
        var pending: [String]? = nil
        while true {
            switch peek {
            case .newline:
                _ = try lex()
                pending = nil  // a blank line ends a comment group that belongs to nothing
            case .comment:
                let token = try lex()
                pending = pending ?? []
                pending!.append(token.text)
            case .eof:
                return statements
            default:
                var statement = try parseStatement()
                if let comments = pending {
                    switch statement {
                    case .line(var l):
                        l.before = comments
                        statement = .line(l)
                    case .block(var b):
                        b.before = comments
                        statement = .block(b)
                    }
                    pending = nil
                }
                statements.append(statement)
            }
        }
    }

    mutating func parseStatement() throws(ParseError) -> ModFileSyntax.Statement {
        var tokens = [try lex()]
        while true {
            let token = try lex()
            if token.kind.isEndOfLine {
                return .line(ModFileSyntax.Line(tokens: tokens, suffix: suffix(of: token)))
            }
            guard token.kind == .leftParen else {
                tokens.append(token)
                continue
            }
            if peek.isEndOfLine {
                return .block(try parseBlock(tokens: tokens))
            }
            if peek == .rightParen {
                let right = try lex()
                if peek.isEndOfLine {
                    // `verb ( )`: an empty block.
                    _ = try lex()
                    return .block(ModFileSyntax.Block(tokens: tokens))
                }
                tokens.append(token)
                tokens.append(right)
            } else {
                tokens.append(token)
            }
        }
    }

    mutating func parseBlock(tokens: [ModFileSyntax.Token]) throws(ParseError) -> ModFileSyntax.Block {
        var block = ModFileSyntax.Block(tokens: tokens)
        var comments: [String] = []
        while true {
            switch peek {
            case .eolComment:
                _ = try lex()  // the comment after `(`: it belongs to no directive
            case .newline:
                _ = try lex()
                if (comments.isEmpty && !block.lines.isEmpty) || (comments.last.map { !$0.isEmpty } ?? false) {
                    comments.append("")
                }
            case .comment:
                comments.append(try lex().text)
            case .eof:
                let s = block.start
                throw syntaxError(
                    "syntax error (unterminated block started at \(lexer.input.file):\(s.line):\(s.column))")
            case .rightParen:
                _ = try lex()
                if !peek.isEndOfLine {
                    throw syntaxError("syntax error (expected newline after closing paren)")
                }
                _ = try lex()  // the end of the line; a comment there belongs to no directive
                return block
            default:
                var line = try parseLine()
                line.before = comments
                comments = []
                block.lines.append(line)
            }
        }
    }

    /// A line inside a block: every token up to the end of the line, parentheses included.
    mutating func parseLine() throws(ParseError) -> ModFileSyntax.Line {
        var tokens = [try lex()]
        while true {
            let token = try lex()
            if token.kind.isEndOfLine {
                return ModFileSyntax.Line(tokens: tokens, suffix: suffix(of: token))
            }
            tokens.append(token)
        }
    }

    func suffix(of end: ModFileSyntax.Token) -> [String] {
        end.kind == .eolComment ? [end.text] : []
    }
}
