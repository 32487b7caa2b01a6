/// `pseudo-version`: a selected version that is an untagged commit rather than a release.
///
/// Judged on the code the build uses: a module replaced by another module version is judged
/// by the replacement's version; one replaced by a directory is not reported (its placeholder
/// version, often `v0.0.0-00010101000000-000000000000`, names no commit).
enum PseudoVersionCheck {
    static let id = "pseudo-version"

    @Sendable static func run(_ context: ModuleLoad) -> [Finding] {
        context.buildList.modules.compactMap { m in
            guard let used = m.effective, ModuleVersion.isPseudo(used.version) else { return nil }
            let base = ModuleVersion.pseudoBase(used.version) ?? ""
            let after = base.isEmpty ? "with no release before it" : "after \(base)"
            let when = ModuleVersion.pseudoTime(used.version).map(timeText) ?? ""
            let commit = ModuleVersion.pseudoRevision(used.version) ?? ""
            let via = used == m.id ? "" : " (through its replacement \(used.text))"
            return Finding(
                id: id, severity: .note, module: m.path,
                message: "\(m.path) \(m.version) is a pseudo-version\(via): commit \(commit) of \(when), \(after)",
                location: context.requireLocation(m.path),
                hint: "require a tagged release of \(used.path) once one includes what you need")
        }
    }

    /// `20240102030405` as `2024-01-02 03:04:05 UTC`.
    static func timeText(_ t: String) -> String {
        let c = Array(t)
        guard c.count == 14 else { return t }
        func s(_ r: Range<Int>) -> String { String(c[r]) }
        return "\(s(0..<4))-\(s(4..<6))-\(s(6..<8)) \(s(8..<10)):\(s(10..<12)):\(s(12..<14)) UTC"
    }
}
