@testable import ModGraphCore
import Testing

@Suite("Semver")
struct SemverTests {
    static let valid = [
        "v0.0.0", "v1", "v1.2", "v1.2.3", "v10.20.30", "v1.2.3-pre", "v1.2.3-pre.1", "v1.2.3-0", "v1.2.3--",
        "v1.2.3-a-b.c-d", "v1.2.3-0a", "v1.2.3-a.0", "v1.2.3+build", "v1.2.3+001", "v1.2.3+0a.00.-",
        "v1.2.3-pre+build.1", "v1.2.3+incompatible", "v18446744073709551616.0.0", "v1.2.3-99999999999999999999999",
    ]
    static let invalid = [
        "", "v", "1.2.3", "V1.2.3", "v1.", "v1.2.", "v1..2", "v01", "v1.02", "v1.2.03", "v00.1.0", "v1.2.3-", "v1.2.3+",
        "v1.2.3-01", "v1.2.3-pre.01", "v1.2.3-a..b", "v1.2.3-a.", "v1.2.3-.a", "v1.2.3+a..b", "v1.2.3+a.",
        "v1-pre", "v1.2-pre", "v1+build", "v1.2+build", "v1+incompatible", "v1.2.3.4", "v1.2.3-é", "vé", "v1.2.3é",
        " v1.2.3", "v1.2.3 ", "v1.2.3-a_b", "v-1", "v1.2.3++", "v1.2.3-+", "v1.2.3+b+c", "v1.-2.3", "v1.2.3\n",
    ]

    @Test(arguments: valid)
    func isValid(_ v: String) {
        #expect(Semver.isValid(v))
    }

    @Test(arguments: invalid)
    func isInvalid(_ v: String) {
        #expect(!Semver.isValid(v))
        #expect(Semver.canonical(v) == "")
        #expect(Semver.major(v) == "")
        #expect(Semver.majorMinor(v) == "")
        #expect(Semver.prerelease(v) == "")
        #expect(Semver.build(v) == "")
    }

    @Test(arguments: [
        ("v1", "v1.0.0", "v1", "v1.0", "", ""),
        ("v1.2", "v1.2.0", "v1", "v1.2", "", ""),
        ("v1.2.3", "v1.2.3", "v1", "v1.2", "", ""),
        ("v2.10.3-beta.1+meta", "v2.10.3-beta.1", "v2", "v2.10", "-beta.1", "+meta"),
        ("v1.2.3+incompatible", "v1.2.3", "v1", "v1.2", "", "+incompatible"),
        ("v0.0.0-20190101000000-abcdef123456", "v0.0.0-20190101000000-abcdef123456", "v0", "v0.0",
            "-20190101000000-abcdef123456", ""),
        ("v18446744073709551616.1.2", "v18446744073709551616.1.2", "v18446744073709551616", "v18446744073709551616.1", "", ""),
    ])
    func parts(_ v: String, _ canonical: String, _ major: String, _ majorMinor: String, _ pre: String, _ build: String) {
        #expect(Semver.canonical(v) == canonical)
        #expect(Semver.major(v) == major)
        #expect(Semver.majorMinor(v) == majorMinor)
        #expect(Semver.prerelease(v) == pre)
        #expect(Semver.build(v) == build)
    }

    /// Each row: v < w.
    @Test(arguments: [
        ("v0.0.0", "v0.0.1"), ("v0.9.0", "v0.10.0"), ("v1.9.9", "v1.10.0"), ("v1.2.3", "v2.0.0"),
        ("v1.0.0-alpha", "v1.0.0"), ("v1.0.0-alpha", "v1.0.0-alpha.1"), ("v1.0.0-alpha.1", "v1.0.0-alpha.beta"),
        ("v1.0.0-alpha.beta", "v1.0.0-beta"), ("v1.0.0-beta", "v1.0.0-beta.2"), ("v1.0.0-beta.2", "v1.0.0-beta.11"),
        ("v1.0.0-beta.11", "v1.0.0-rc.1"), ("v1.0.0-rc.1", "v1.0.0"), ("v1.0.0-9", "v1.0.0-10"),
        ("v1.0.0-0", "v1.0.0--"), ("v1.0.0-99", "v1.0.0-a"), ("v1.0.0-RC", "v1.0.0-rc"), ("v1.0.0-a", "v1.0.0-a-"),
        ("v1.0.0-a", "v1.0.0-aa"), ("v1.0.0-a.b", "v1.0.0-a.b.c"), ("v1.0.0-0a", "v1.0.0-a"),
        ("v1.0.0-99999999999999999999", "v1.0.0-100000000000000000000"),
        ("v1.99999999999999999999.0", "v1.100000000000000000000.0"),
        ("v18446744073709551615.0.0", "v18446744073709551616.0.0"),
        ("v9223372036854775807.0.0", "v9223372036854775808.0.0"),
        ("", "v0.0.0"), ("bad", "v0.0.0-0"), ("v1.2.3-01", "v0.0.0"), ("v1", "v1.0.1"), ("v1.2", "v1.2.1"),
        ("v1.2.3-pre+z", "v1.2.3+a"),
    ])
    func less(_ v: String, _ w: String) {
        #expect(Semver.compare(v, w) == -1)
        #expect(Semver.compare(w, v) == 1)
    }

    @Test(arguments: [
        ("v1", "v1.0.0"), ("v1.2", "v1.2.0"), ("v1", "v1.0"), ("v1.0.0+a", "v1.0.0+b"), ("v1.0.0", "v1.0.0+incompatible"),
        ("", "bad"), ("v1.2.3-", "V1.2.3"), ("v1.2.3", "v1.2.3"), ("é", ""),
    ])
    func equal(_ v: String, _ w: String) {
        #expect(Semver.compare(v, w) == 0)
        #expect(Semver.compare(w, v) == 0)
    }

    @Test func sortBreaksTiesByString() {
        var list = ["v1.0.0+b", "bad", "v1.0.0", "v1", "", "v0.1.0", "v1.0.0+a", "v1.0"]
        Semver.sort(&list)
        #expect(list == ["", "bad", "v0.1.0", "v1", "v1.0", "v1.0.0", "v1.0.0+a", "v1.0.0+b"])
    }

    @Test func max() {
        #expect(Semver.max("v1.0.0", "v1.0.1") == "v1.0.1")
        #expect(Semver.max("v1.0.0+a", "v1.0.0+b") == "v1.0.0+a")
        #expect(Semver.max("bad", "v0.0.0") == "v0.0.0")
    }

    @Test func compareIsAntisymmetricAndTransitiveOnASample() {
        var sample = Self.valid + Self.invalid + ["v1.0.0-alpha", "v1.0.0-alpha.1", "v2.0.0+incompatible", "v1.2.4-0.20190101000000-abc"]
        Semver.sort(&sample)
        for i in sample.indices {
            for j in sample.indices {
                let c = Semver.compare(sample[i], sample[j])
                #expect(c == -Semver.compare(sample[j], sample[i]))
                if i < j { #expect(c <= 0, "\(sample[i]) vs \(sample[j])") }
            }
        }
    }
}
