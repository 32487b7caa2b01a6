@testable import ModGraphCore
import Testing

@Suite("ModuleVersion")
struct ModuleVersionTests {
    @Test func compareByPath() {
        #expect(ModuleVersion.compare(path: "go", "1.21rc1", "1.21.0") == -1)
        #expect(ModuleVersion.compare(path: "go", "1.21", "1.21rc1") == -1)
        #expect(ModuleVersion.compare(path: "toolchain", "go1.21rc1", "go1.21.0") == -1)
        #expect(ModuleVersion.compare(path: "toolchain", "go1.21.0", "1.21rc1") == 1)
        #expect(ModuleVersion.compare(path: "toolchain", "go1.22.0-custom", "go1.22.0") == 0)
        #expect(ModuleVersion.compare(path: "toolchain", "bogus", "go1.0") == -1)
        #expect(ModuleVersion.compare(path: "example.com/m", "v1.21.0", "v1.21.0-rc.1") == 1)
        // Semver ordering is not Go ordering: for an ordinary module "1.21rc1" is simply invalid.
        #expect(ModuleVersion.compare(path: "example.com/m", "1.21rc1", "1.21.0") == 0)
        #expect(ModuleVersion.compare(path: "gopher", "1.21", "v0.0.0") == -1)
    }

    static let pseudo: [(String, base: String?, time: String, rev: String)] = [
        ("v0.0.0-20190101000000-abcdefabcdef", "", "20190101000000", "abcdefabcdef"),
        ("v1.0.0-20190101000000-abcdefabcdef", "", "20190101000000", "abcdefabcdef"),
        ("v2.0.0-20190101000000-ABCdef0", "", "20190101000000", "ABCdef0"),
        ("v1.0.0-20190101000000-abcdefabcdef+incompatible", nil, "20190101000000", "abcdefabcdef"),
        ("v1.2.4-0.20190101000000-abcdefabcdef", "v1.2.3", "20190101000000", "abcdefabcdef"),
        ("v1.2.10-0.20190101000000-abcdefabcdef", "v1.2.9", "20190101000000", "abcdefabcdef"),
        ("v1.2.100-0.20190101000000-abcdefabcdef", "v1.2.99", "20190101000000", "abcdefabcdef"),
        ("v1.2.1-0.20190101000000-abcdefabcdef", "v1.2.0", "20190101000000", "abcdefabcdef"),
        ("v1.2.0-0.20190101000000-abcdefabcdef", nil, "20190101000000", "abcdefabcdef"),
        ("v1.2.20-0.20190101000000-abcdefabcdef", "v1.2.19", "20190101000000", "abcdefabcdef"),
        ("v2.0.1-0.20190101000000-abcdefabcdef+incompatible", "v2.0.0+incompatible", "20190101000000", "abcdefabcdef"),
        ("v1.2.3-pre.0.20190101000000-abcdefabcdef", "v1.2.3-pre", "20190101000000", "abcdefabcdef"),
        ("v1.2.3-pre.1.0.20190101000000-abcdefabcdef", "v1.2.3-pre.1", "20190101000000", "abcdefabcdef"),
        ("v1.2.3-pre.0.20190101000000-abcdefabcdef+incompatible", "v1.2.3-pre+incompatible", "20190101000000", "abcdefabcdef"),
        ("v1.2.3-0.0.20190101000000-abcdefabcdef", "v1.2.3-0", "20190101000000", "abcdefabcdef"),
    ]

    @Test(arguments: pseudo)
    func pseudoVersion(_ row: (String, base: String?, time: String, rev: String)) {
        #expect(ModuleVersion.isPseudo(row.0))
        #expect(ModuleVersion.pseudoBase(row.0) == row.base)
        #expect(ModuleVersion.pseudoTime(row.0) == row.time)
        #expect(ModuleVersion.pseudoRevision(row.0) == row.rev)
        #expect(ModuleVersion.isPrerelease(row.0))
    }

    @Test(arguments: [
        "", "v1.2.3", "v1.2.3-pre", "v1.2.0-20190101000000-abcdefabcdef", "v1.2.3-0.2019010100000-abcdefabcdef",
        "v1.2.3-0.201901010000000-abcdefabcdef", "v1.2.3-1.20190101000000-abcdefabcdef", "v1.2.3-x0.20190101000000-abc",
        "v1.2.3-0.20190101000000-abc-def", "v1.2.3-pre.0.20190101000000-abc.def", "v1.2.3-0.20190101000000-",
        "v1.2.3-0.20190101000000", "v0.0.0-20190101000000-abc_def", "v0.0.0-2019010100000a-abcdef",
        "v0.0.0-20190101000000-abcdef+in..compatible", "v1.2.3-pre0.20190101000000-abcdef", "0.0.0-20190101000000-abcdef",
        "v0.0-20190101000000-abcdef", "v0.0.0-20190101000000abcdef",
    ])
    func notPseudo(_ v: String) {
        #expect(!ModuleVersion.isPseudo(v))
        #expect(ModuleVersion.pseudoBase(v) == nil)
        #expect(ModuleVersion.pseudoTime(v) == nil)
        #expect(ModuleVersion.pseudoRevision(v) == nil)
    }

    @Test(arguments: [("v2.0.0+incompatible", true), ("v2.0.0-rc.1+incompatible", true), ("v2.0.0+Incompatible", false),
                      ("v2.0.0+incompatible.x", false), ("+incompatible", false), ("v2+incompatible", false), ("v2.0.0", false)])
    func isIncompatible(_ v: String, _ expected: Bool) {
        #expect(ModuleVersion.isIncompatible(v) == expected)
    }

    @Test(arguments: [("v1.0.0-rc.1", true), ("v1.0.0", false), ("v1.0.0+build", false), ("v1.0.0-rc+build", true), ("bad-x", false)])
    func isPrerelease(_ v: String, _ expected: Bool) {
        #expect(ModuleVersion.isPrerelease(v) == expected)
    }

    @Test(arguments: [("v2.0.0+incompatible", "v2.0.0+incompatible"), ("v1.2", "v1.2.0"), ("v1.2.3+meta", "v1.2.3"),
                      ("v1.2.3-pre+incompatible", "v1.2.3-pre+incompatible"), ("v2+incompatible", ""), ("bad", ""), ("", "")])
    func canonical(_ v: String, _ expected: String) {
        #expect(ModuleVersion.canonical(v) == expected)
    }
}
