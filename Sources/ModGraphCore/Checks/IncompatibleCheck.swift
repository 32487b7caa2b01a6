/// `incompatible`: a selected `+incompatible` version, a v2+ release of a module that has no
/// go.mod declaring the `/vN` path, so semantic import versioning does not protect its users.
enum IncompatibleCheck {
    static let id = "incompatible"

    @Sendable static func run(_ context: ModuleLoad) -> [Finding] {
        context.buildList.modules.compactMap { m in
            guard let used = m.effective, ModuleVersion.isIncompatible(used.version) else { return nil }
            let major = Semver.major(used.version)
            let via = used == m.id ? "" : " (through its replacement \(used.text))"
            return Finding(
                id: id, severity: .note, module: m.path,
                message: "\(m.path) \(m.version) is an +incompatible version\(via): a \(major) release without "
                    + "a go.mod for \(used.path)/\(major), so its major version is not in its import path",
                location: context.requireLocation(m.path),
                hint: "if the project now publishes \(used.path)/\(major) (or later) with a go.mod, move to it")
        }
    }
}
