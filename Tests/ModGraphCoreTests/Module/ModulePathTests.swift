@testable import ModGraphCore
import Testing

@Suite("ModulePath")
struct ModulePathTests {
    @Test(arguments: [
        ("example.com/x", "example.com/x", ""), ("example.com/x/v2", "example.com/x", "/v2"),
        ("example.com/x/v10", "example.com/x", "/v10"), ("example.com/v2", "example.com", "/v2"),
        ("example.com/x/v2/y", "example.com/x/v2/y", ""), ("example.com/x/v", "example.com/x/v", ""),
        ("example.com/x.v2", "example.com/x.v2", ""), ("v2", "v2", ""), ("/v2", "", "/v2"),
        ("gopkg.in/yaml.v2", "gopkg.in/yaml", ".v2"), ("gopkg.in/x.v0", "gopkg.in/x", ".v0"),
        ("gopkg.in/yaml.v2-unstable", "gopkg.in/yaml", ".v2-unstable"),
        ("gopkg.in/yaml.v-unstable", "gopkg.in/yaml", ".v-unstable"), ("gopkg.in/user/repo.v3", "gopkg.in/user/repo", ".v3"),
    ])
    func split(_ path: String, _ prefix: String, _ pathMajor: String) {
        let s = ModulePath.splitPathVersion(path)
        #expect(s?.prefix == prefix)
        #expect(s?.pathMajor == pathMajor)
    }

    @Test(arguments: ["example.com/x/v1", "example.com/x/v0", "example.com/x/v01", "example.com/x/v2.1", "example.com/x/v1.",
                      "gopkg.in/yaml", "gopkg.in/x.v01", "gopkg.in/x.v0-unstable", "gopkg.in/v2", "gopkg.in/yaml/v2", "gopkg.in/x.v"])
    func splitFails(_ path: String) {
        #expect(ModulePath.splitPathVersion(path) == nil)
    }

    @Test(arguments: [
        ("", "empty string"), ("example.com", nil), ("example.com/x~y", nil), ("example.com/x/v2", nil),
        ("x/y", "missing dot in first path element"), ("Ex.com", "invalid char 'E' in first path element"),
        ("ex_a.com", "invalid char '_' in first path element"), ("ex.com/a\u{00A0}b", "invalid char '\\u00a0'"),
        ("ex.com/a\tb", "invalid char '\\t'"), ("ex.com/a\u{1}", "invalid char '\\x01'"), ("ex.com/a\u{7F}", "invalid char '\\x7f'"),
        ("ex.com/a\\b", "invalid char '\\\\'"), ("ex.com/\u{1F600}", "invalid char '\u{1F600}'"),
        ("ex.com/\u{E000}", "invalid char '\\ue000'"), ("ex.com/\u{F0000}", "invalid char '\\U000f0000'"),
        ("ex.com/lpt1", "\"lpt1\" disallowed as path element component on Windows"), ("ex.com/LpT0", nil),
        ("ex.com/com", nil), ("ex.com/prn.x.y", "\"prn\" disallowed as path element component on Windows"),
        ("ex.com/x~0", "trailing tilde and digits in path element"), ("ex.com/~1", "trailing tilde and digits in path element"),
        ("ex.com/x~", nil), ("ex.com/x~1~a", nil), ("ex.com/x~a1", nil),
        ("ex.com/x/", "trailing slash"), ("ex.com//x", "double slash"), ("-ex.com", "leading dash"),
        ("ex.com/..", "invalid path element \"..\""), ("ex.com/.x", "leading dot in path element"),
    ])
    func check(_ path: String, _ reason: String?) {
        let message = reason.map { "malformed module path \(Self.quote(path)): \($0)" }
        #expect(ModulePath.check(path) == message)
    }

    /// Enough of Go's `%q` for the paths above.
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\t": out += "\\t"
            case "\\": out += "\\\\"
            case "\u{1}": out += "\\x01"
            case "\u{7F}": out += "\\x7f"
            case "\u{00A0}": out += "\\u00a0"
            case "\u{E000}": out += "\\ue000"
            case "\u{F0000}": out += "\\U000f0000"
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    @Test func importPathRules() {
        #expect(ModulePath.checkImportPath("x") == nil)
        #expect(ModulePath.checkImportPath("Example/x+y/.z") == nil)
        #expect(ModulePath.checkImportPath("example.com/x/v1") == nil)
        #expect(ModulePath.checkImportPath("x//y") == "malformed import path \"x//y\": double slash")
        #expect(ModulePath.checkImportPath("x/a~12") == "malformed import path \"x/a~12\": trailing tilde and digits in path element")
        #expect(ModulePath.checkImportPath("x/a@b") == "malformed import path \"x/a@b\": invalid char '@'")
    }

    @Test func checkVersion() {
        #expect(ModulePath.checkVersion(path: "example.com/x", version: "v1.2") == nil)
        #expect(ModulePath.checkVersion(path: "example.com/x", version: "v2.0.0+incompatible") == nil)
        #expect(ModulePath.checkVersion(path: "example.com/x", version: "v2") ==
            "version \"v2.0.0\" invalid: should be v0 or v1, not v2")
        #expect(ModulePath.checkVersion(path: "example.com/x", version: "v1.0.0-01") ==
            "version \"v1.0.0-01\" invalid: must be of the form v1.2.3")
        #expect(ModulePath.checkVersion(path: "example/x", version: "v1.0.0") ==
            "malformed module path \"example/x\": missing dot in first path element")
        #expect(ModulePath.checkVersion(path: "gopkg.in/x.v1", version: "v0.0.0-anything") == nil)
        #expect(ModulePath.checkVersion(path: "gopkg.in/x.v1-unstable", version: "v1.5.0") == nil)
        #expect(ModulePath.checkVersion(path: "gopkg.in/x.v2", version: "v0.0.0-20190101000000-abcdefabcdef") ==
            "version \"v0.0.0-20190101000000-abcdefabcdef\" invalid: should be v2, not v0")
        #expect(ModulePath.matchesPathMajor("v2.3.0", "/v2"))
        #expect(!ModulePath.matchesPathMajor("v3.0.0", "/v2"))
    }

    @Test(arguments: [
        ("example.com/x", "example.com/x"), ("example.com/Foo", "example.com/!foo"),
        ("github.com/Azure/Go-AutoRest", "github.com/!azure/!go-!auto!rest"), ("example.com/x~_-.Y", "example.com/x~_-.!y"),
    ])
    func escapePath(_ path: String, _ escaped: String) {
        #expect(ModulePath.escape(path) == escaped)
        #expect(ModulePath.unescape(escaped) == path)
    }

    @Test(arguments: ["example.com/x!y", "example/x", "", "example.com/é", "Example.com/x"])
    func escapePathFails(_ path: String) {
        #expect(ModulePath.escape(path) == nil)
    }

    @Test(arguments: ["example.com/!Foo", "example.com/Foo", "example.com/!", "example.com/!1", "example.com/!!a",
                      "example.com/é", "example/!x", "", "example.com/!c!o!n"])
    func unescapePathFails(_ escaped: String) {
        #expect(ModulePath.unescape(escaped) == nil)
    }

    @Test(arguments: [("v1.0.0", "v1.0.0"), ("v1.0.0-RC", "v1.0.0-!r!c"), ("Master", "!master"),
                      ("a b(c)&=@[]^{}#$%,+", "a b(c)&=@[]^{}#$%,+"), (".hidden", ".hidden"), ("x~1", "x~1")])
    func escapeVersion(_ v: String, _ escaped: String) {
        #expect(ModulePath.escapeVersion(v) == escaped)
        #expect(ModulePath.unescapeVersion(escaped) == v)
    }

    @Test(arguments: ["", "v1!", "a/b", "v1.0.0.", "..", "con", "AUX.x", "é", "a\tb", "a*b"])
    func escapeVersionFails(_ v: String) {
        #expect(ModulePath.escapeVersion(v) == nil)
    }

    @Test(arguments: ["!", "v!1", "V1", "!C", "é", "!c!o!n", "a/b"])
    func unescapeVersionFails(_ s: String) {
        #expect(ModulePath.unescapeVersion(s) == nil)
    }
}
