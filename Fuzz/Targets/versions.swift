import Foundation
@testable import ModGraphCore

/// Versions: Semver, GoVersion and ModuleVersion. The input is three versions, one per line;
/// each ordering must be a total order (reflexive, antisymmetric, transitive) and the
/// derived forms consistent with validity.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzVersions(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let v = Fuzz.fields(Fuzz.bytes(data, size), count: 3)
    checkOrder("Semver.compare", v, Semver.compare)
    checkOrder("GoVersion.compare", v, GoVersion.compare)
    for path in ["example.com/m", "go", "toolchain"] {
        checkOrder("ModuleVersion.compare(\(path))", v) { ModuleVersion.compare(path: path, $0, $1) }
    }
    for x in v {
        let canonical = Semver.canonical(x)
        Fuzz.require(Semver.isValid(x) == !canonical.isEmpty, "isValid and canonical disagree on \(x.debugDescription)")
        if Semver.isValid(x) {
            Fuzz.require(Semver.isValid(canonical), "canonical form \(canonical.debugDescription) is invalid")
            Fuzz.require(Semver.canonical(canonical) == canonical, "canonical is not idempotent on \(x.debugDescription)")
            Fuzz.require(Semver.compare(x, canonical) == 0, "\(x.debugDescription) differs from its canonical form")
            Fuzz.require(canonical.hasPrefix(Semver.major(x)), "major is not a prefix of the canonical form")
            Fuzz.require(canonical.hasPrefix(Semver.majorMinor(x)), "major.minor is not a prefix of the canonical form")
            _ = Semver.prerelease(x) + Semver.build(x)
        }
        let moduleCanonical = ModuleVersion.canonical(x)
        if Semver.isValid(x) {
            Fuzz.require(Semver.compare(x, moduleCanonical) == 0, "ModuleVersion.canonical changed the version's order")
        }
        if ModuleVersion.isPseudo(x) {
            Fuzz.require(Semver.isValid(x), "pseudo-version \(x.debugDescription) is not valid semver")
            Fuzz.require(ModuleVersion.pseudoTime(x) != nil && ModuleVersion.pseudoRevision(x) != nil, "pseudo-version without time or revision")
            if let base = ModuleVersion.pseudoBase(x), !base.isEmpty {
                Fuzz.require(Semver.compare(base, x) < 0, "pseudo-version \(x.debugDescription) sorts below its base \(base.debugDescription)")
            }
        }
        _ = ModuleVersion.isIncompatible(x)
        _ = ModuleVersion.isPrerelease(x)
        if GoVersion.isValid(x) {
            let lang = GoVersion.lang(x)
            Fuzz.require(GoVersion.isValid(lang), "lang(\(x.debugDescription)) = \(lang.debugDescription) is invalid")
            // A release's language version is not above it (a prerelease such as 1.3rc1 is
            // below 1.3, which is 1.3.0 before Go 1.21, as in the go command).
            if !x.utf8.contains(where: UTF8Bytes.isLower) {
                Fuzz.require(GoVersion.compare(lang, x) <= 0, "lang(\(x.debugDescription)) sorts above it")
            }
        }
        _ = GoVersion.isLang(x)
        _ = GoVersion.fromToolchain(x)
    }
    var sorted = v
    Semver.sort(&sorted)
    for i in sorted.indices.dropFirst() {
        Fuzz.require(Semver.compare(sorted[i - 1], sorted[i]) <= 0, "Semver.sort left \(sorted) out of order")
    }
    let m = Semver.max(v[0], v[1])
    Fuzz.require(m == v[0] || m == v[1], "max is neither argument")
    Fuzz.require(Semver.compare(m, v[0]) >= 0 && Semver.compare(m, v[1]) >= 0, "max is not the larger")
    return 0
}

private func checkOrder(_ name: String, _ v: [String], _ compare: (String, String) -> Int) {
    for a in v {
        Fuzz.require(compare(a, a) == 0, "\(name) is not reflexive on \(a.debugDescription)")
        for b in v {
            let ab = compare(a, b)
            Fuzz.require([-1, 0, 1].contains(ab), "\(name) returned \(ab)")
            Fuzz.require(ab == -compare(b, a), "\(name) is not antisymmetric on \(a.debugDescription), \(b.debugDescription)")
            for c in v where ab <= 0 && compare(b, c) <= 0 {
                Fuzz.require(compare(a, c) <= 0, "\(name) is not transitive on \(a.debugDescription) <= \(b.debugDescription) <= \(c.debugDescription)")
            }
        }
    }
}
