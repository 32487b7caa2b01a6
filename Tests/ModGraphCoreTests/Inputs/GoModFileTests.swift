import Testing
@testable import ModGraphCore

@Suite struct GoModFileTests {
    func parse(_ text: String, mode: GoModFile.Mode = .strict) throws -> GoModFile {
        try GoModFile.parse(text, file: "go.mod", mode: mode)
    }

    /// Every error, as `ParseError.description` prints it.
    func errors(_ text: String, mode: GoModFile.Mode = .strict) throws -> [String] {
        GoModFile.errors(in: try InputText(text, file: "go.mod"), mode: mode).map(\.description)
    }

    // MARK: Grammar

    @Test func everyDirectiveWithItsPosition() throws {
        let f = try parse("""
            // Deprecated: use example.com/new.
            module example.com/m

            go 1.22.1
            toolchain go1.22.3
            godebug panicnil=1
            godebug (
            \tx=y
            )
            require example.com/a v1.0.0
            require (
            \texample.com/b v1.1.0 // indirect
            )
            exclude example.com/a v1.0.1
            replace example.com/a => ../a
            replace (
            \texample.com/b v1.1.0 => example.com/c v1.2.0
            )
            retract v0.9.0 // Oops.
            retract (
            \t[v0.1.0, v0.2.0]
            )
            tool example.com/m/cmd/gen

            """)
        #expect(f.file == "go.mod")
        #expect(f.module == .init(path: "example.com/m", deprecated: "use example.com/new.", line: 2, column: 1))
        #expect(f.go == .init(version: "1.22.1", line: 4, column: 1))
        #expect(f.toolchain == .init(name: "go1.22.3", line: 5, column: 1))
        #expect(f.godebug == [.init(key: "panicnil", value: "1", line: 6, column: 1), .init(key: "x", value: "y", line: 8, column: 2)])
        #expect(f.require == [
            .init(path: "example.com/a", version: "v1.0.0", line: 10, column: 1),
            .init(path: "example.com/b", version: "v1.1.0", indirect: true, line: 12, column: 2),
        ])
        #expect(f.exclude == [.init(path: "example.com/a", version: "v1.0.1", line: 14, column: 1)])
        #expect(f.replace == [
            .init(oldPath: "example.com/a", newPath: "../a", line: 15, column: 1),
            .init(oldPath: "example.com/b", oldVersion: "v1.1.0", newPath: "example.com/c", newVersion: "v1.2.0", line: 17, column: 2),
        ])
        #expect(f.replace.map(\.isLocal) == [true, false])
        #expect(f.retract == [
            .init(low: "v0.9.0", high: "v0.9.0", rationale: "Oops.", line: 19, column: 1),
            .init(low: "v0.1.0", high: "v0.2.0", line: 21, column: 2),
        ])
        #expect(f.tool == [.init(path: "example.com/m/cmd/gen", line: 23, column: 1)])
    }

    @Test func emptyAndCommentOnlyFiles() throws {
        #expect(try parse("") == GoModFile(file: "go.mod"))
        #expect(try parse("// just a comment\n\n\n") == GoModFile(file: "go.mod"))
        #expect(try parse("require example.com/a v1.0.0\n").module == nil)
    }

    @Test func crlfAndMissingFinalNewline() throws {
        let f = try parse("module example.com/m\r\nrequire (\r\n\texample.com/a v1.0.0 // indirect\r\n)\r\n// Why.\r\nretract v1.0.0")
        #expect(f.module?.path == "example.com/m")
        #expect(f.require.first?.indirect == true)
        #expect(f.retract.first?.rationale == "Why.")
        // A lone \r is only white space, so this is one line.
        #expect(try errors("module example.com/m\rgo 1.21\n") == ["go.mod:1:1: usage: module module/path"])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        #expect(try errors("module é\u{00A0}x\n") == ["go.mod:1:9: unexpected input character '\\u00a0'"])
        let f = try parse("require (\n\t\"é\" v1.0.0\n\t  example.com/x v1.0.0\n)\n")
        #expect(f.require.map(\.column) == [2, 4])
    }

    @Test func quotedStrings() throws {
        let f = try parse(#"module "\u00e9\x41\101\t\"\\ \U0001F600""# + "\nrequire \"example.com/a\" \"v1.0.0\"\n")
        #expect(f.module?.path == "éAA\t\"\\ 😀")
        #expect(f.require.first?.path == "example.com/a")
        // A byte escape that is not UTF-8 comes out as U+FFFD, as in the go command's JSON.
        #expect(try parse(#"module "a\xffb""#).module?.path == "a\u{FFFD}b")
    }

    @Test(arguments: [
        (#""a\q""#, nil), (#""a\'""#, nil), (#""\400""#, nil), (#""\uD800""#, nil), (#""\U00110000""#, nil),
        (#""\x4""#, nil), (#""\1""#, nil), (#""ab"#, nil), (#""""#, ""), (#""\a\b\f\n\r\v""#, "\u{7}\u{8}\u{C}\n\r\u{B}"),
        (#""\u00E9""#, "é"), (#""\377""#, "\u{FFFD}"),
    ] as [(String, String?)])
    func unquote(_ literal: String, _ value: String?) {
        #expect(ModFileSyntax.unquote(literal) == value)
    }

    @Test func backQuotesAndStrayQuotesAreRefused() throws {
        #expect(try errors("module `a b`\n") == ["go.mod:1:1: invalid quoted string: unquoted string cannot contain quote"])
        #expect(try errors("module a\"b\n") == ["go.mod:1:1: invalid quoted string: unquoted string cannot contain quote"])
        #expect(try errors("module \"a\"b\n") == ["go.mod:1:1: usage: module module/path"])
    }

    @Test func commentsEndIdentifiers() throws {
        let f = try parse("module example.com/m//x\nrequire example.com/a v1.0.0//indirect\n")
        #expect(f.module?.path == "example.com/m")
        #expect(f.require.first?.indirect == true)
    }

    @Test(arguments: [
        ("// Deprecated: gone\nmodule m\n", "gone"),
        ("// Deprecated: a\n// b\n//\n// c\nmodule m\n", "a\nb"),
        ("// Intro.\n//\n// Deprecated:    x\nmodule m\n", "x"),
        ("module m // Deprecated: suffix\n", "suffix"),
        ("// Deprecated: a\nmodule m // Deprecated: b\n", "a\nDeprecated: b"),
        ("// Deprecated: block\nmodule (\n\tm\n)\n", "block"),
        ("// Deprecated:x\nmodule m\n", "x"),
        ("// Deprecated: x\n\nmodule m\n", nil),
        ("// Deprecated:\nmodule m\n", nil),
        ("// Deprecated:   \n//\n// more\nmodule m\n", nil),
        ("// see Deprecated: x\nmodule m\n", nil),
        ("// deprecated: x\nmodule m\n", nil),
    ] as [(String, String?)])
    func deprecation(_ text: String, _ message: String?) throws {
        #expect(try parse(text).module?.deprecated == message)
    }

    @Test func retractionRationale() throws {
        let f = try parse("""
            module m
            // Block.
            retract (
            \tv1.0.0
            \tv1.0.1 // Own.

            \tv1.0.2
            \t// Before.
            \tv1.0.3
            )
            retract ( // paren line
            \tv1.1.0
            ) // after the block
            // One.
            //
            // Three.
            retract [v1.2.0, v1.3.0] // Suffix.

            """)
        #expect(f.retract.map(\.rationale) == ["Block.", "Own.", "", "Before.", "", "One.\n\nThree.\nSuffix."])
    }

    @Test func retractionVersionsAreKeptAsWritten() throws {
        let f = try parse("retract v1\nretract [ v2.0.0+x , \"v3\" ]\nretract foo\nretract [v2.0.0, v1.0.0]\n")
        #expect(f.retract.map { "\($0.low)..\($0.high)" } == ["v1..v1", "v2.0.0+x..v3", "foo..foo", "v2.0.0..v1.0.0"])
    }

    @Test(arguments: [
        ("//indirect", true), ("// indirect", true), ("//  indirect  ", true), ("// indirect; why", true),
        ("// indirect why", false), ("// indirect;", false), ("// indirect;why", false), ("// Indirect", false),
        ("// why; indirect", false), ("//", false),
    ])
    func indirectComment(_ comment: String, _ indirect: Bool) throws {
        #expect(try parse("require example.com/a v1.0.0 \(comment)\n").require.first?.indirect == indirect)
    }

    @Test func aCommentLineBeforeIsNotIndirect() throws {
        #expect(try parse("// indirect\nrequire example.com/a v1.0.0\n").require.first?.indirect == false)
    }

    @Test func versionsAreCanonicalized() throws {
        let f = try parse("""
            require (
            \texample.com/a v1.2
            \texample.com/b v1
            \texample.com/c v1.0.0+build
            \texample.com/d v2.0.0+incompatible
            \texample.com/e "v1.3.0"
            )
            exclude example.com/a v1.3
            replace example.com/b v1 => example.com/c v2

            """)
        #expect(f.require.map(\.version) == ["v1.2.0", "v1.0.0", "v1.0.0", "v2.0.0+incompatible", "v1.3.0"])
        #expect(f.exclude.first?.version == "v1.3.0")
        #expect(f.replace.first.map { [$0.oldVersion, $0.newVersion] } == ["v1.0.0", "v2.0.0"])
    }

    @Test(arguments: [
        (".", true), ("..", true), ("./x", true), ("../x", true), ("/abs", true), ("C:/x", true), ("c:x", true),
        ("x", false), (".x", false), ("..x", false), ("1:/x", false), ("ab:/x", false), ("example.com/x", false),
    ])
    func directoryPaths(_ path: String, _ isDirectory: Bool) {
        #expect(ModFileSyntax.isDirectoryPath(path) == isDirectory)
    }

    @Test func godebugForms() throws {
        let f = try parse("godebug a=b\ngodebug empty=\ngodebug =\ngodebug x=y=z\n")
        #expect(f.godebug.map { [$0.key, $0.value] } == [["a", "b"], ["empty", ""], ["", ""], ["x", "y=z"]])
    }

    @Test(arguments: ["1.21", "1.21.0", "1.21rc1", "1.21.0rc1", "2.0", "10.5", "1.0"])
    func validGoVersions(_ v: String) throws {
        #expect(try parse("go \(v)\n").go?.version == v)
    }

    @Test(arguments: ["1", "1.x", "1.021", "0.1", "1.21rc", "1.21RC1", "1.21-rc1", "1.2.3.4", "1.21.01", "\"1.21\"", "v1.21"])
    func invalidGoVersions(_ v: String) throws {
        #expect(try errors("go \(v)\n") == ["go.mod:1:1: invalid go version '\(v)': must match format 1.23.0"])
    }

    @Test(arguments: ["default", "go1", "go1.", "go1.21", "go1.21.0-custom", "go1.banana"])
    func validToolchains(_ name: String) throws {
        #expect(try parse("toolchain \(name)\n").toolchain?.name == name)
    }

    @Test(arguments: ["Default", "go", "go2", "go1x", "1.21", "\"go1.21\""])
    func invalidToolchains(_ name: String) throws {
        #expect(try errors("toolchain \(name)\n") == [
            "go.mod:1:1: invalid toolchain version '\(name)': must match format go1.23.0 or default",
        ])
    }

    @Test func bracketsBracesAndCommasAreTokens() throws {
        #expect(try errors("require {a} v1.0.0\nrequire a,v1.0.0\n") == [
            "go.mod:1:1: usage: require module/path v1.2.3", "go.mod:2:1: usage: require module/path v1.2.3",
        ])
    }

    @Test func parenthesesInsideALine() throws {
        #expect(try errors("require ( a v1.0.0 )\n") == ["go.mod:1:1: usage: require module/path v1.2.3"])
        #expect(try errors("require a v1.0.0 ( )\n") == ["go.mod:1:1: unknown block type: require a v1.0.0"])
        let f = try parse("require ()\nrequire (\n)\nreplace ( ) // c\n")
        #expect(f.require.isEmpty && f.replace.isEmpty)
    }

    @Test func veryLongLines() throws {
        let long = String(repeating: "a", count: 1 << 20)
        let f = try parse("module example.com/\(long)\n// \(long)\nrequire example.com/x v1.0.0 // \(long)\n")
        #expect(f.module?.path.utf8.count == (1 << 20) + 12)
        #expect(f.require.first?.line == 3)
    }

    // MARK: Errors

    @Test(arguments: [
        ("foo bar\n", "go.mod:1:1: unknown directive: foo"),
        ("\"module\" m\n", "go.mod:1:1: unknown directive: \"module\""),
        // `ignore` (Go 1.25) parses; which go version accepts it is the loader's call (GoSyntaxTests).
        ("ignores ./x\n", "go.mod:1:1: unknown directive: ignores"),
        (")\n", "go.mod:1:1: unknown directive: )"),
        ("(\n", "go.mod:1:1: unknown directive: ("),
        ("bar (\n)\n", "go.mod:1:1: unknown block type: bar"),
        ("baz x (\n)\n", "go.mod:1:1: unknown block type: baz x"),
        ("go (\n)\n", "go.mod:1:1: unknown block type: go"),
        ("toolchain (\n)\n", "go.mod:1:1: unknown block type: toolchain"),
        ("module\n", "go.mod:1:1: usage: module module/path"),
        ("module a b\n", "go.mod:1:1: usage: module module/path"),
        ("module \"a\\q\"\n", "go.mod:1:1: invalid quoted string: invalid syntax"),
        ("go\n", "go.mod:1:1: go directive expects exactly one argument"),
        ("go 1 2\n", "go.mod:1:1: go directive expects exactly one argument"),
        ("toolchain\n", "go.mod:1:1: toolchain directive expects exactly one argument"),
        ("godebug a\n", "go.mod:1:1: usage: godebug key=value"),
        ("godebug a=b c\n", "go.mod:1:1: usage: godebug key=value"),
        ("godebug a,b=c\n", "go.mod:1:1: usage: godebug key=value"),
        ("godebug x'=y\n", "go.mod:1:1: usage: godebug key=value"),
        ("require a\n", "go.mod:1:1: usage: require module/path v1.2.3"),
        ("exclude a v1.0.0 x\n", "go.mod:1:1: usage: exclude module/path v1.2.3"),
        ("require \"a\\q\" v1.0.0\n", "go.mod:1:1: invalid quoted string: invalid syntax"),
        ("require a v1.0.0.0\n", "go.mod:1:1: require a: version \"v1.0.0.0\" invalid: must be of the form v1.2.3"),
        ("require \"\" vx\n", "go.mod:1:1: require: version \"vx\" invalid: must be of the form v1.2.3"),
        ("require a \"v1\\x\"\n", #"go.mod:1:1: require a: version "\"v1\\x\"" invalid: invalid syntax"#),
        ("require a 'v1'\n", #"go.mod:1:1: require a: version "'v1'" invalid: unquoted string cannot contain quote"#),
        ("require a/v1 v1.0.0\n", "go.mod:1:1: invalid module path"),
        ("require gopkg.in/a v1.0.0\n", "go.mod:1:1: invalid module path"),
        ("require a/v1 v1.x\n", "go.mod:1:1: require a/v1: version \"v1.x\" invalid: must be of the form v1.2.3"),
        ("require a/v2 v1.0.0\n", "go.mod:1:1: require a/v2: version \"v1.0.0\" invalid: should be v2, not v1"),
        ("exclude a v2.0.0\n", "go.mod:1:1: exclude a: version \"v2.0.0\" invalid: should be v0 or v1, not v2"),
        ("require gopkg.in/a.v1 v0.1.0\n", "go.mod:1:1: require gopkg.in/a.v1: version \"v0.1.0\" invalid: should be v1, not v0"),
        ("require a/v2 v0.0.0-20200101000000-abcdefabcdef\n",
         "go.mod:1:1: require a/v2: version \"v0.0.0-20200101000000-abcdefabcdef\" invalid: should be v2, not v0"),
        ("replace a\n", "go.mod:1:1: usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory"),
        ("replace a -> b\n", "go.mod:1:1: usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory"),
        ("replace a => b c d\n", "go.mod:1:1: usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory"),
        ("replace \"a\\q\" => ./b\n", "go.mod:1:1: invalid quoted string: invalid syntax"),
        ("replace a/v1 => ./b\n", "go.mod:1:1: replace a/v1: invalid module path"),
        ("replace a vx => ./b\n", "go.mod:1:1: replace a: version \"vx\" invalid: must be of the form v1.2.3"),
        ("replace a/v2 v1.0.0 => ./b\n", "go.mod:1:1: replace a/v2: version \"v1.0.0\" invalid: should be v2, not v1"),
        ("replace a => \"./b\\q\"\n", "go.mod:1:1: invalid quoted string: invalid syntax"),
        ("replace a => b\n", "go.mod:1:1: replacement module without version must be directory path (rooted or starting with . or ..)"),
        ("replace a => b@v1.0.0\n", "go.mod:1:1: replacement module must match format 'path version', not 'path@version'"),
        ("replace a => ..\\b\n", "go.mod:1:1: replacement directory appears to be Windows path (on a non-windows system)"),
        ("replace a => b vx\n", "go.mod:1:1: replace b: version \"vx\" invalid: must be of the form v1.2.3"),
        ("replace a => ./b v1.0.0\n", "go.mod:1:1: replacement module directory path \"./b\" cannot have version"),
        ("retract\n", "go.mod:1:1: expected '[' or version"),
        ("retract ( v1.0.0 )\n", "go.mod:1:1: expected '[' or version"),
        ("retract [\n", "go.mod:1:1: expected version after '['"),
        ("retract [v1.0.0\n", "go.mod:1:1: expected ',' after version"),
        ("retract [v1.0.0 v1.1.0]\n", "go.mod:1:1: expected ',' after version"),
        ("retract [v1.0.0,\n", "go.mod:1:1: expected version after ','"),
        ("retract [v1.0.0, v1.1.0\n", "go.mod:1:1: expected ']' after version"),
        ("retract v1.0.0 v1.1.0\n", "go.mod:1:1: unexpected token after version: \"v1.1.0\""),
        ("retract [v1.0.0, \"v1\\q\"]\n", #"go.mod:1:1: retract: version "\"v1\\q\"" invalid: invalid syntax"#),
        ("retract x\"y\n", #"go.mod:1:1: retract: version "x\"y" invalid: unquoted string cannot contain quote"#),
        ("tool\n", "go.mod:1:1: tool directive expects exactly one argument"),
        ("tool \"a\\q\"\n", "go.mod:1:1: invalid quoted string: invalid syntax"),
    ])
    func directiveError(_ text: String, _ message: String) throws {
        #expect(try errors(text) == [message])
    }

    @Test func repeatedDirectives() throws {
        #expect(try errors("module a\nmodule (\n\tb\n)\n") == ["go.mod:3:2: repeated module statement"])
        // A malformed module line still counts; a malformed go or toolchain line does not.
        #expect(try errors("module\nmodule a\n") == ["go.mod:1:1: usage: module module/path", "go.mod:2:1: repeated module statement"])
        #expect(try errors("go 1.x\ngo 1.21\ngo 1.22\n") == [
            "go.mod:1:1: invalid go version '1.x': must match format 1.23.0", "go.mod:3:1: repeated go statement",
        ])
        #expect(try errors("toolchain x\ntoolchain go1.21\ntoolchain go1.22\n") == [
            "go.mod:1:1: invalid toolchain version 'x': must match format go1.23.0 or default",
            "go.mod:3:1: repeated toolchain statement",
        ])
    }

    @Test func directiveErrorsAreAllReportedInOrder() throws {
        let text = "foo\nrequire a\nrequire (\n\tb v1.0.0.0\n\tc v1.0.0\n)\nbar (\n)\n"
        #expect(try errors(text) == [
            "go.mod:1:1: unknown directive: foo",
            "go.mod:2:1: usage: require module/path v1.2.3",
            "go.mod:4:2: require b: version \"v1.0.0.0\" invalid: must be of the form v1.2.3",
            "go.mod:7:1: unknown block type: bar",
        ])
        #expect(throws: ParseError(file: "go.mod", line: 1, column: 1, message: "unknown directive: foo")) { try parse(text) }
    }

    @Test(arguments: [
        ("module \"a\n", "go.mod:1:10: unexpected newline in string"),
        ("module `a\nb`\n", "go.mod:1:10: unexpected newline in string"),
        ("module \"a", "go.mod:1:8: unexpected EOF in string"),
        ("module \"a\\", "go.mod:1:8: unexpected EOF in string"),
        ("module x/*y\n", "go.mod:1:9: mod files must use // comments (not /* */ comments)"),
        ("/* c */\n", "go.mod:1:1: mod files must use // comments (not /* */ comments)"),
        ("module x\u{1}y\n", "go.mod:1:9: unexpected input character '\\x01'"),
        ("module x\u{B}y\n", "go.mod:1:9: unexpected input character '\\v'"),
        ("module x\u{7F}\n", "go.mod:1:9: unexpected input character '\\x7f'"),
        ("module x\u{85}\n", "go.mod:1:9: unexpected input character '\\u0085'"),
        ("module x\u{200B}\n", "go.mod:1:9: unexpected input character '\\u200b'"),
        ("\u{FEFF}module x\n", "go.mod:1:1: unexpected input character '\\ufeff'"),
        ("module x\u{E000}\n", "go.mod:1:9: unexpected input character '\\ue000'"),
        ("require (\n\ta v1.0.0\n", "go.mod:3:1: syntax error (unterminated block started at go.mod:1:1)"),
        ("require (\n\ta v1.0.0", "go.mod:2:10: syntax error (unterminated block started at go.mod:1:1)"),
        ("require (\n) x y\n", "go.mod:2:4: syntax error (expected newline after closing paren)"),
        ("require (\n)\"abc\"\n", "go.mod:2:7: syntax error (expected newline after closing paren)"),
        ("require (\n) \"abc\n", "go.mod:2:7: unexpected newline in string"),
    ])
    func lexicalError(_ text: String, _ message: String) throws {
        #expect(try errors(text) == [message])
    }

    @Test func lexicalErrorsHideDirectiveErrors() throws {
        #expect(try errors("foo\nrequire a\nrequire \"oops\n") == ["go.mod:3:14: unexpected newline in string"])
    }

    @Test func controlCharactersInCommentsAreFine() throws {
        #expect(try parse("// \u{1} \u{7F} \u{200B}\nmodule m // \u{FEFF}\n").module?.path == "m")
    }

    @Test func nestedBlockLinesAreOrdinaryLines() throws {
        #expect(try errors("require (\n\trequire (\n\t)\n)\n") == [
            "go.mod:2:2: require require: version \"(\" invalid: must be of the form v1.2.3",
            "go.mod:4:1: unknown directive: )",
        ])
    }

    @Test func emptyModulePathsParse() throws {
        // modfile accepts them (go mod edit drops them; go list panics on such a requirement).
        let f = try parse("require \"\" v1.0.0\nrequire example.com/a/ v1.0.0\n")
        #expect(f.require.map(\.path) == ["", "example.com/a/"])
    }

    @Test func invalidUTF8NamesTheLine() throws {
        let bytes = Array("module m\n// ok\nrequire a".utf8) + [0xC3, 0x28] + Array(" v1.0.0\n".utf8)
        let error = try #require(throws: ParseError.self) { try GoModFile.parse(bytes: bytes, file: "go.mod") }
        #expect((error.line, error.column) == (3, 10))
        #expect(GoModFile.errors(in: try InputText("module m\n", file: "go.mod")).isEmpty)
    }

    // MARK: Lax mode

    @Test func laxModeReadsOnlyWhatDependenciesNeed() throws {
        let text = """
            module example.com/dep
            go 1.21.x
            toolchain banana
            godebug x"y
            foo bar
            baz (
            )
            require example.com/z v1.0.0 (
            )
            replace example.com/x => y
            exclude example.com/a
            tool a b
            require example.com/y v1 // indirect
            retract [
            retract v1.0.0 extra
            retract (
            \t[v1.0.0
            )

            """
        let f = try parse(text, mode: .lax)
        #expect(f.module?.path == "example.com/dep")
        #expect(f.go?.version == "1.21")
        #expect(f.toolchain == nil && f.godebug.isEmpty && f.replace.isEmpty && f.exclude.isEmpty && f.tool.isEmpty)
        #expect(f.require == [.init(path: "example.com/y", version: "v1.0.0", indirect: true, line: 13, column: 1)])
        #expect(f.retract.map(\.low) == ["v1.0.0"])  // extra tokens are allowed, malformed intervals skipped
        #expect(try errors(text).count == 12)
    }

    @Test(arguments: [("1.21.x", "1.21"), ("1.22beta", "1.22"), ("1.21.0.0", "1.21"), ("1.2-x", "1.2"), ("1.21", "1.21")])
    func laxGoVersions(_ written: String, _ read: String) throws {
        #expect(try parse("go \(written)\n", mode: .lax).go?.version == read)
    }

    @Test func laxModeStillReportsRequireAndGoErrors() throws {
        #expect(try errors("go v1.21\ngo 1.021\nrequire a/v2 v1.0.0\nrequire b\nmodule m\nmodule n\n", mode: .lax) == [
            "go.mod:1:1: invalid go version 'v1.21': must match format 1.23.0",
            "go.mod:2:1: invalid go version '1.021': must match format 1.23.0",
            "go.mod:3:1: require a/v2: version \"v1.0.0\" invalid: should be v2, not v1",
            "go.mod:4:1: usage: require module/path v1.2.3",
            "go.mod:6:1: repeated module statement",
        ])
        #expect(try errors("foo \"x\n", mode: .lax) == ["go.mod:1:7: unexpected newline in string"])
    }
}

@Suite struct GoModFileScaleTests {
    @Test func manyLinesAndCommentsParseInLinearTime() throws {
        var text = "module example.com/big\n"
        for i in 0..<20_000 { text += "// comment \(i)\n" }
        text += "require (\n"
        for i in 0..<50_000 { text += "\t// before \(i)\n\texample.com/m\(i) v1.0.\(i) // indirect\n" }
        text += ")\n"
        let clock = ContinuousClock()
        var f: GoModFile? = nil
        let elapsed = try clock.measure { f = try GoModFile.parse(text, file: "go.mod") }
        #expect(f?.require.count == 50_000)
        #expect(f?.require.last?.line == 20_000 + 2 + 2 * 50_000)
        #expect(elapsed < .seconds(20))
    }
}

@Suite struct GoModFileRobustnessTests {
    /// A small deterministic generator (SplitMix64), so a failure reproduces.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Mutated go.mod and go.work texts: every outcome is a value or a ParseError, never a crash.
    @Test func mutatedInputsNeverCrash() throws {
        let seeds = try GoModOracleRecord.cases("mod").map { try GoModOracleRecord.caseBytes($0) }
        let alphabet = Array("()[]{},\"`\\/*=> \t\r\n\u{0}\u{1}vé\u{FEFF}".utf8) + [0xFF, 0xC3]
        var rng = Generator(state: 42)
        for _ in 0..<3_000 {
            var bytes = seeds.randomElement(using: &rng)!
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                let at = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: bytes.insert(alphabet.randomElement(using: &rng)!, at: at)
                case 1: if at < bytes.count { bytes.remove(at: at) }
                default: bytes = Array(bytes[..<at])
                }
            }
            _ = try? GoModFile.parse(bytes: bytes, file: "go.mod")
            _ = try? GoModFile.parse(bytes: bytes, file: "go.mod", mode: .lax)
            _ = try? GoWorkFile.parse(bytes: bytes, file: "go.work")
            _ = try? GoSumFile.parse(bytes: bytes, file: "go.sum")
        }
    }
}
