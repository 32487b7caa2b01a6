@testable import ModGraphCore
import Testing

@Suite("GoVersion")
struct GoVersionTests {
    @Test(arguments: ["1", "1.0", "1.21", "1.21.0", "1.21.10", "1.21rc1", "1.21rc", "1.21beta2", "1.21alpha1", "2", "10.100.1000"])
    func isValid(_ x: String) {
        #expect(GoVersion.isValid(x))
    }

    @Test(arguments: ["", "1.", ".1", "01", "1.021", "1.21.", "1.21.00", "1.21.0rc1", "1.21RC1", "1.21rc01", "go1.21",
                      "1.21-rc1", "v1.21", "1.21rc1.0", "1.2.3.4", "1.21 ", "1.21é", "1.21rc1x"])
    func isInvalid(_ x: String) {
        #expect(!GoVersion.isValid(x))
        #expect(GoVersion.lang(x) == "")
    }

    /// Each row: x < y.
    @Test(arguments: [
        ("1.21", "1.21rc1"), ("1.21rc1", "1.21.0"), ("1.21", "1.21.0"), ("1.21alpha1", "1.21beta1"), ("1.21beta1", "1.21rc1"),
        ("1.21rc1", "1.21rc2"), ("1.21rc2", "1.21rc10"), ("1.21rc", "1.21rc1"), ("1.21.9", "1.21.10"), ("1.9", "1.10"),
        ("1.20rc1", "1.20"), ("1.20", "1.20.1"), ("1.21.99", "1.22"), ("1.22", "1.22rc1"), ("", "1"), ("bad", "1.0"),
        ("1.99999999999999999999", "1.100000000000000000000"), ("1", "1.1"), ("1.21.0", "2"),
    ])
    func less(_ x: String, _ y: String) {
        #expect(GoVersion.compare(x, y) == -1)
        #expect(GoVersion.compare(y, x) == 1)
    }

    @Test(arguments: [("1.20", "1.20.0"), ("1", "1.0"), ("1", "1.0.0"), ("1.0", "1.0.0"), ("2", "2.0.0"), ("", "bad"),
                      ("1.19", "1.19.0"), ("1.9", "1.9.0")])
    func equal(_ x: String, _ y: String) {
        #expect(GoVersion.compare(x, y) == 0)
        #expect(GoVersion.compare(y, x) == 0)
    }

    @Test(arguments: [("1.21.3", "1.21"), ("1.21rc1", "1.21"), ("1.21", "1.21"), ("1", "1"), ("1.0", "1"), ("1.0.1", "1"),
                      ("2", "2.0"), ("2.1.0", "2.1"), ("1.9.7", "1.9")])
    func lang(_ x: String, _ lang: String) {
        #expect(GoVersion.lang(x) == lang)
    }

    @Test func isLang() {
        #expect(GoVersion.isLang("1.21"))
        #expect(GoVersion.isLang("1.100"))
        #expect(!GoVersion.isLang("1.20"))
        #expect(!GoVersion.isLang("1"))
        #expect(!GoVersion.isLang("1.21.0"))
        #expect(!GoVersion.isLang("1.21rc1"))
        #expect(!GoVersion.isLang("bad"))
    }

    @Test(arguments: [("go1.21.3", "1.21.3"), ("go1.22rc1-custom", "1.22rc1"), ("go1.21 x", "1.21"), ("go1.21\tx", "1.21"),
                      ("gox", ""), ("1.21", ""), ("go1.21/x", ""), ("go1.21\\x", ""), ("go", ""), ("", ""), ("go01.2", "")])
    func fromToolchain(_ name: String, _ version: String) {
        #expect(GoVersion.fromToolchain(name) == version)
    }
}
