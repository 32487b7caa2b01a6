import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

@Suite struct ModuleListTests {
    /// The JSON decoding alone (go's rules are tested apart, in `goRules`).
    private func parse(_ text: String) throws(ParseError) -> ModuleList {
        try ModuleList.parse(InputText(text, file: "list.json"), goRules: false)
    }

    private func parseChecked(_ text: String) throws(ParseError) -> ModuleList {
        try ModuleList.parse(text: text, file: "list.json")
    }

    // MARK: Go's rules

    @Test(arguments: [
        // input, line, column, message
        ("{}", 1, 1, "object 1: expected a \"Path\" field: every module go list prints has one"),
        ("{\"Path\": \"a.b/m\", \"Version\": \"v1.0.0\"}\n{\n\t\"Main\": true\n}", 2, 1,
         "object 2: expected a \"Path\" field: every module go list prints has one"),
        ("{\"Path\": \"\", \"Main\": true}", 1, 10, "object 1: \"Path\" is empty: expected a module path"),
        ("{\"Path\": null, \"Version\": \"v1.0.0\"}", 1, 10, "object 1: \"Path\" is empty: expected a module path"),
        ("{\"Path\":\"x y z\",\"Version\":\"not-a-version\"}", 1, 9,
         "object 1: expected a module path: malformed import path \"x y z\": invalid char ' '"),
        ("{\"Path\":\"example.com/x\",\"Version\":\"not-a-version\"}", 1, 35,
         "object 1: invalid version \"not-a-version\" of example.com/x: expected a semantic version such as v1.2.3"),
        ("{\"Path\":\"example.com/x\"}", 1, 1,
         "object 1: expected a \"Version\" for example.com/x: only a main module (\"Main\": true) has none"),
        ("{\"Path\":\"example.com/x/v2\",\"Version\":\"v1.0.0\"}", 1, 38,
         "object 1: version \"v1.0.0\" does not match the module path example.com/x/v2: expected v2, not v1"),
        ("{\"Path\":\"example.com/x/v1\",\"Version\":\"v1.0.0\"}", 1, 9,
         "object 1: expected a module path: \"example.com/x/v1\" has an invalid major version suffix"),
        ("{\"Path\":\"example.com/m\",\"Main\":true,\"Version\":\"v1.0.0\"}", 1, 47,
         "object 1: a main module has no \"Version\", found \"v1.0.0\""),
        ("{\"Path\":\"example.com/x\",\"Version\":\"v1.0.0\",\"Replace\":{\"Version\":\"v1.0.0\"}}", 1, 54,
         "object 1: \"Replace\" has no \"Path\": expected the replacement module path or directory"),
        ("{\n\t\"Path\": \"a.b/m\",\n\t\"Main\": true,\n\t\"Path\": \"c.d/m\"\n}", 4, 2,
         "object 1: duplicate field \"Path\" (first at line 2, column 2); the go command never repeats a field"),
        ("{\"Path\": \"a.b/m\", \"Main\": true, \"main\": false}", 1, 33,
         "object 1: duplicate field \"main\" (first at line 1, column 19); the go command never repeats a field"),
        ("{\"Path\": \"a.b/m\", \"Main\": true, \"Origin\": {\"VCS\": \"git\", \"VCS\": \"hg\"}}", 1, 58,
         "object 1: duplicate field \"VCS\" (first at line 1, column 44); the go command never repeats a field"),
    ] as [(String, Int, Int, String)])
    func goRules(text: String, line: Int, column: Int, message: String) {
        let error = inputError { () throws(ParseError) in try parseChecked(text) }
        #expect(error?.message == message)
        #expect(error?.line == line)
        #expect(error?.column == column)
    }

    @Test func refusesMoreObjectsThanTheLimit() throws {
        let text = String(repeating: "{}\n", count: 1001)
        var parser = ModuleListParser(input: try InputText(text, file: "list.json"), checksGoRules: false, objectLimit: 1000)
        let error = inputError { () throws(ParseError) in _ = try parser.run() }
        #expect(error?.description == "list.json:1001:1: object 1001: more than 1000 module objects: too many to analyze within bounded memory (the largest real graphs have a few thousand)")
        var fits = ModuleListParser(input: try InputText(text, file: "list.json"), checksGoRules: false, objectLimit: 1001)
        #expect(try fits.run().count == 1001)
    }

    /// What go list legitimately prints: a main module without a version, an unresolved module
    /// with an Error (and whatever path and version it was asked for), a directory replacement,
    /// paths that are import paths but not module paths (replaced requirements).
    @Test func goRulesAcceptWhatGoListPrints() throws {
        let list = try parseChecked("""
            {"Path": "example.com/main", "Main": true, "Dir": "/src"}
            {"Path": "example.com/gone", "Version": "latest", "Error": {"Err": "not found"}}
            {"Path": "bad path", "Error": {"Err": "malformed module path"}}
            {"Path": "example.com/local", "Version": "v0.0.0-00010101000000-000000000000", "Replace": {"Path": "../local", "Dir": "/local"}}
            {"Path": "mylib", "Version": "v1.0.0", "Replace": {"Path": "example.com/mylib", "Version": "v1.0.1"}}
            {"Path": "gopkg.in/yaml.v3", "Version": "v3.0.1"}
            {"Path": "example.com/y", "Version": "v2.0.0+incompatible"}
            """)
        #expect(list.modules.count == 7)
        #expect(list.modules.map(\.object) == Array(1...7))
        #expect(list.modules[3].column == 1 && list.modules[3].line == 4)
    }


    @Test func decodesEveryField() throws {
        let input = try InputText.read(path: RepoPaths.fixture("inputs/list/all-fields.json").path, file: "list.json")
        let list = try ModuleList.parse(input)
        #expect(list.file == "list.json")
        #expect(list.modules.map(\.id.text) == [
            "example.com/main", "example.com/alpha@v1.2.0", "example.com/broken@v0.1.0",
            "example.com/local@v0.0.0-00010101000000-000000000000",
        ])
        #expect(list.modules.map(\.line) == [1, 8, 56, 64])
        #expect(list.mainModules.map(\.path) == ["example.com/main"])
        #expect(list.modulesWithError == 1)

        let main = list.modules[0]
        #expect(main.main && !main.indirect)
        #expect(main.version == "" && main.dir == "/src/main" && main.goMod == "/src/main/go.mod")
        #expect(main.goVersion == "1.22")
        #expect(main.replace == nil && main.update == nil && main.error == nil && main.origin == nil)

        let a = list.modules[1]
        #expect(a.query == "latest")
        #expect(a.versions == ["v1.0.0", "v1.1.0", "v1.2.0"])
        #expect(a.time == "2024-01-02T03:04:05Z")
        #expect(a.indirect && !a.main)
        #expect(a.dir == "/cache/example.com/alpha-fork@v1.2.1")
        #expect(a.goMod == "/cache/cache/download/example.com/alpha-fork/@v/v1.2.1.mod")
        #expect(a.goVersion == "1.21")
        #expect(a.retracted == ["broken <build> & tests", "second reason"])
        #expect(a.deprecated == "use example.com/alpha/v2 \"instead\"")
        #expect(a.sum == "h1:ALPHAALPHAALPHAALPHAALPHAALPHAALPHAALPHAALP=")
        #expect(a.goModSum == "h1:alpha/go.mod/alpha/go.mod/alpha/go.mod/alph=")
        #expect(a.reuse)
        var origin = ModuleList.Origin()
        origin.vcs = "git"
        origin.url = "https://example.com/alpha"
        origin.subdir = "sub"
        origin.hash = "0123456789abcdef0123456789abcdef01234567"
        origin.tagPrefix = "sub/"
        origin.tagSum = "t1:TAGSUM="
        origin.ref = "refs/tags/sub/v1.2.0"
        origin.repoSum = "r1:REPOSUM="
        #expect(a.origin == origin)

        let r = try #require(a.replace)
        #expect(r.id == ModuleID(path: "example.com/alpha-fork", version: "v1.2.1"))
        #expect(r.time == "2024-02-03T04:05:06Z" && r.goVersion == "1.21")
        #expect(r.dir == "/cache/example.com/alpha-fork@v1.2.1")
        #expect(r.goMod == "/cache/cache/download/example.com/alpha-fork/@v/v1.2.1.mod")
        #expect(r.sum == "h1:FORKFORKFORKFORKFORKFORKFORKFORKFORKFORKFOR=")
        #expect(r.goModSum == "h1:fork/go.mod/sum/fork/go.mod/sum/fork/go.mo=")
        #expect(r.line == 17)
        let u = try #require(a.update)
        #expect(u.id.text == "example.com/alpha@v1.3.0" && u.time == "2024-06-01T00:00:00Z")

        #expect(list.modules[2].error?.err
            == "example.com/broken@v0.1.0: reading https://proxy.example/example.com/broken/@v/v0.1.0.info: 404 Not Found")
        #expect(list.modules[3].replace?.id.text == "../local")
        #expect(list.modules[3].replace?.replace == nil)
    }

    @Test func readsConcatenatedObjectsWithAnySpacing() throws {
        let list = try parse("{\"Path\":\"a\"}{\"Path\":\"b\"}\r\n\n  {\"Path\":\"c\"} ")
        #expect(list.modules.map(\.path) == ["a", "b", "c"])
        #expect(list.modules.map(\.line) == [1, 1, 3])
        #expect(try parse("{}").modules == [ModuleList.Module()].map { var m = $0; m.line = 1; m.column = 1; m.object = 1; return m })
    }

    @Test func skipsUnknownFieldsOfEveryKind() throws {
        let list = try parse("""
            {"New": {"a": [1, -2.5e+3, 0, 1E2, true, false, null, "s\\"", {"b": {}}, []]}, "Path": "p",
             "Num": -0.0, "Arr": [], "Obj": {}, "Str": "\\u00e9", "T": true, "F": false, "N": null,
             "Origin": {"VCS": "git", "Future": [1], "Hash": "h"},
             "Error": {"Err": "e", "Code": 3}}
            """)
        let m = list.modules[0]
        #expect(m.path == "p")
        #expect(m.origin?.vcs == "git" && m.origin?.hash == "h")
        #expect(m.error?.err == "e")
    }

    @Test func matchesFieldNamesCaseInsensitivelyAsGoDoes() throws {
        let m = try parse(#"{"path": "p", "VERSION": "v1.0.0", "main": true, "origin": {"vcs": "git", "url": "u"}, "error": {"err": "x"}}"#).modules[0]
        #expect(m.path == "p" && m.version == "v1.0.0" && m.main)
        #expect(m.origin?.vcs == "git" && m.origin?.url == "u")
        #expect(m.error?.err == "x")
    }

    @Test func nullLeavesFieldsEmptyAndLastDuplicateWins() throws {
        let m = try parse("""
            {"Path": null, "Versions": null, "Replace": null, "Main": null, "Error": null,
             "Origin": null, "Update": null, "Retracted": null, "Version": "v1", "Version": "v2"}
            """).modules[0]
        var expected = ModuleList.Module()
        expected.version = "v2"
        expected.line = 1
        expected.column = 1
        expected.object = 1
        #expect(m == expected)
    }

    @Test func acceptsAnErrorGivenAsAString() throws {
        #expect(try parse(#"{"Error": "plain text"}"#).modules[0].error == ModuleList.ModuleError(err: "plain text"))
    }

    @Test func decodesStringEscapes() throws {
        let m = try parse(#"{"Path": "a\"b\\c\/d\b\f\n\r\t\u00e9\u20AC\ud83d\ude00|\ud800|\udc00|\ud800\u0041", "Dir": "é€😀"}"#).modules[0]
        #expect(m.path == "a\"b\\c/d\u{8}\u{C}\n\r\té€😀|\u{FFFD}|\u{FFFD}|\u{FFFD}A")
        #expect(m.dir == "é€😀")
    }

    @Test func nestsReplacementsAndUpdates() throws {
        let m = try parse(#"{"Path": "a", "Replace": {"Path": "b", "Replace": {"Path": "c"}, "Update": {"Path": "d"}}}"#).modules[0]
        #expect(m.replace?.path == "b")
        #expect(m.replace?.replace?.path == "c")
        #expect(m.replace?.update?.path == "d")
        var copy = m
        copy.replace?.replace = nil
        #expect(copy != m)
        #expect(m.replace?.replace?.path == "c")  // value semantics
    }

    @Test(arguments: [
        // input, line, column, message
        ("", 1, 1, "empty input: expected the JSON objects printed by go list -m -json"),
        (" \n\t\r\n", 1, 1, "empty input: expected the JSON objects printed by go list -m -json"),
        ("[{}]", 1, 1, "object 1: expected '{' to start a module object, found '['"),
        ("{\"Path\": \"a\"}\n42", 2, 1, "object 2: expected '{' to start a module object, found '4'"),
        ("{}\n\"x\"", 2, 1, "object 2: expected '{' to start a module object, found '\"'"),
        ("{}\nnull", 2, 1, "object 2: expected '{' to start a module object, found 'n'"),
        ("{}}", 1, 3, "object 2: expected '{' to start a module object, found '}'"),
        ("{\n\t\"Path\": \"a\",\n", 3, 1, "object 1: unexpected end of input, expected a field name"),
        ("{\n\t\"Path\": \"a\"\n", 3, 1, "object 1: unexpected end of input, expected ',' or '}'"),
        ("{", 1, 2, "object 1: unexpected end of input, expected a field name or '}'"),
        ("{\"Path\"", 1, 8, "object 1: unexpected end of input, expected ':'"),
        ("{\"Path\":", 1, 9, "object 1: unexpected end of input, expected the value of \"Path\""),
        ("{\"Path\": \"a", 1, 12, "object 1: unexpected end of input in a string, expected '\"'"),
        ("{\"Path\": \"a\\", 1, 13, "object 1: unexpected end of input in a string escape"),
        ("{\"Versions\": [\"v1\"", 1, 19, "object 1: unexpected end of input, expected ',' or ']'"),
        ("{\"Replace\": {\"Path\": \"b\"", 1, 25, "object 1: unexpected end of input, expected ',' or '}'"),
        ("{\"Main\": tr", 1, 12, "object 1: unexpected end of input in the literal true"),
        ("{\"Main\": \"yes\"}", 1, 10, "object 1: field \"Main\": expected true or false, found '\"'"),
        ("{\"Path\": 1}", 1, 10, "object 1: field \"Path\": expected a string, found '1'"),
        ("{\"Path\": true}", 1, 10, "object 1: field \"Path\": expected a string, found 't'"),
        ("{\"Versions\": \"v1\"}", 1, 14, "object 1: field \"Versions\": expected an array of strings, found '\"'"),
        ("{\"Versions\": [1]}", 1, 15, "object 1: field \"Versions\": expected a string, found '1'"),
        ("{\"Versions\": [\"v1\" \"v2\"]}", 1, 20, "object 1: expected ',' or ']' in the array \"Versions\", found '\"'"),
        ("{\"Replace\": []}", 1, 13, "object 1: field \"Replace\": expected a module object '{', found '['"),
        ("{\"Update\": \"x\"}", 1, 12, "object 1: field \"Update\": expected a module object '{', found '\"'"),
        ("{\"Error\": 5}", 1, 11, "object 1: field \"Error\": expected an object {\"Err\": ...}, found '5'"),
        ("{\"Error\": {\"Err\": 5}}", 1, 19, "object 1: field \"Err\": expected a string, found '5'"),
        ("{\"Origin\": \"x\"}", 1, 12, "object 1: field \"Origin\": expected an object, found '\"'"),
        ("{\"Origin\": {\"VCS\": 1}}", 1, 20, "object 1: field \"VCS\": expected a string, found '1'"),
        ("{\"Path\" \"a\"}", 1, 9, "object 1: expected ':' after the field name \"Path\", found '\"'"),
        ("{Path: 1}", 1, 2, "object 1: expected a field name in double quotes, found 'P'"),
        ("{\"Path\": \"a\",}", 1, 14, "object 1: expected a field name in double quotes, found '}'"),
        ("{\"Path\": \"a\"\n\"Version\": \"v1\"}", 2, 1, "object 1: expected ',' or '}' after the value of \"Path\", found '\"'"),
        ("{\"X\": tru}", 1, 10, "object 1: invalid literal: expected true, found '}'"),
        ("{\"X\": nul}", 1, 10, "object 1: invalid literal: expected null, found '}'"),
        ("{\"X\": 01}", 1, 8, "object 1: expected ',' or '}' after the value of \"X\", found '1'"),
        ("{\"X\": -}", 1, 8, "object 1: invalid number: expected a digit, found '}'"),
        ("{\"X\": 1.}", 1, 9, "object 1: invalid number: expected a digit after '.', found '}'"),
        ("{\"X\": 1e}", 1, 9, "object 1: invalid number: expected an exponent, found '}'"),
        ("{\"X\": +1}", 1, 7, "object 1: expected a JSON value, found '+'"),
        ("{\"X\": 'a'}", 1, 7, "object 1: expected a JSON value, found '''"),
        ("{\"X\": [1 2]}", 1, 10, "object 1: expected ',' or ']' in an array, found '2'"),
        ("{\"X\": [1,]}", 1, 10, "object 1: expected a JSON value, found ']'"),
        ("{\"Path\": \"a\tb\"}", 1, 12, "object 1: control character a tab in a string; expected it escaped"),
        ("{\"Path\": \"a\\qb\"}", 1, 13, "object 1: invalid escape '\\q' in a string"),
        ("{\"Path\": \"\\u12G4\"}", 1, 15, "object 1: invalid \\u escape: expected a hex digit, found 'G'"),
        ("{\"Path\": \"é\"} {\"Path\": é}", 1, 24, "object 2: field \"Path\": expected a string, found 'é'"),
        ("{}\n{}\n{\"Main\": 1}", 3, 10, "object 3: field \"Main\": expected true or false, found '1'"),
    ] as [(String, Int, Int, String)])
    func reportsMalformedJSON(text: String, line: Int, column: Int, message: String) {
        let error = inputError { () throws(ParseError) in try parse(text) }
        #expect(error?.file == "list.json")
        #expect(error?.message == message)
        #expect(error?.line == line)
        #expect(error?.column == column)
    }

    @Test func refusesDeepNesting() {
        let deep = "{\"X\": " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "}"
        let error = inputError { () throws(ParseError) in try parse(deep) }
        #expect(error?.message == "object 1: values nested more than 256 deep")
        var nested = "{\"Path\": \"a\"}"
        for _ in 0..<300 { nested = "{\"Replace\": \(nested)}" }
        #expect(inputError { () throws(ParseError) in try parse(nested) }?.message
            == "object 1: objects nested more than 256 deep")
        var ok = "{\"Path\": \"a\"}"
        for _ in 0..<100 { ok = "{\"Replace\": \(ok)}" }
        #expect(throws: Never.self) { try parse(ok) }
    }

    @Test func describesTruncatedCapture() throws {
        // A capture cut off in the middle of its last object.
        let text = try String(contentsOf: RepoPaths.fixture("inputs/list/all-fields.json"), encoding: .utf8)
        let cut = String(text.utf8.prefix(text.utf8.count - 40))!
        let error = inputError { () throws(ParseError) in try parse(cut) }
        #expect(error?.message.hasPrefix("object 4: unexpected end of input") == true)
        #expect(error?.line == cut.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    @Test func rejectsBinaryAndInvalidText() {
        let nul = inputError { () throws(ParseError) in try ModuleList.parse(bytes: Array("{\"Path\": \"a\0\"}".utf8), file: "l") }
        #expect(nul?.description == "l:1:12: binary data, not text (a NUL byte)")
        let bad = inputError { () throws(ParseError) in try ModuleList.parse(bytes: [0x7B, 0xFF, 0x7D], file: "l") }
        #expect(bad?.description == "l:1:2: invalid UTF-8 (byte 0xFF); expected UTF-8 text")
        let garbage = inputError { () throws(ParseError) in try parse("PK\u{3}\u{4}garbage") }
        #expect(garbage?.message == "object 1: expected '{' to start a module object, found 'P'")
    }

    // MARK: Corpus

    /// Top-level objects of `go list -m -json` text, split on the lines `{` and `}` and decoded by Foundation.
    private func foundationObjects(_ text: String) throws -> [(line: Int, object: [String: Any])] {
        var result: [(Int, [String: Any])] = []
        var start = -1
        var buffer: [Substring] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line == "{" { start = i + 1; buffer = [] }
            buffer.append(line)
            if line == "}" {
                let data = Data(buffer.joined(separator: "\n").utf8)
                result.append((start, try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])))
            }
        }
        return result
    }

    private func expectSame(_ m: ModuleList.Module, _ o: [String: Any], _ context: String) {
        #expect(m.path == o["Path"] as? String ?? "", "\(context)")
        #expect(m.version == o["Version"] as? String ?? "", "\(context)")
        #expect(m.time == o["Time"] as? String ?? "", "\(context)")
        #expect(m.main == o["Main"] as? Bool ?? false, "\(context)")
        #expect(m.indirect == o["Indirect"] as? Bool ?? false, "\(context)")
        #expect(m.dir == o["Dir"] as? String ?? "", "\(context)")
        #expect(m.goMod == o["GoMod"] as? String ?? "", "\(context)")
        #expect(m.goVersion == o["GoVersion"] as? String ?? "", "\(context)")
        #expect(m.sum == o["Sum"] as? String ?? "", "\(context)")
        #expect(m.goModSum == o["GoModSum"] as? String ?? "", "\(context)")
        #expect(m.error?.err == (o["Error"] as? [String: Any])?["Err"] as? String, "\(context)")
        if let r = o["Replace"] as? [String: Any] {
            if let mr = m.replace { expectSame(mr, r, context + " Replace") } else { Issue.record("\(context): no Replace") }
        } else {
            #expect(m.replace == nil, "\(context)")
        }
    }

    @Test(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)))
    func parsesEveryCorpusList() throws {
        var checked = 0
        for name in Corpus.entries {
            let url = Corpus.entry(name).appendingPathComponent("list.json")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let list = try ModuleList.parse(InputText.read(path: url.path, file: "\(name)/list.json"))
            let objects = try foundationObjects(String(contentsOf: url, encoding: .utf8))
            #expect(list.modules.count == objects.count, "\(name)")
            for (m, o) in zip(list.modules, objects) {
                #expect(m.line == o.line, "\(name)")
                expectSame(m, o.object, "\(name) object at line \(o.line)")
            }
            #expect(list.mainModules.count == 1, "\(name)")
            // meta.json: list_modules counts every object (the main module too),
            // list_modules_with_error those with an Error.
            if let counts = try corpusCounts(name) {
                if let n = counts["list_modules"] as? Int { #expect(list.modules.count == n, "\(name)") }
                if let n = counts["list_modules_with_error"] as? Int { #expect(list.modulesWithError == n, "\(name)") }
            }
            checked += 1
        }
        #expect(checked > 0)
    }
}
