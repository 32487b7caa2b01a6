/// `gosum-missing`: a selected module that go.sum has no line for, so the go command
/// cannot verify it (`missing go.sum entry`).
///
/// Which modules need lines follows the go command: with a pruned module graph (main go
/// line 1.17 or later) the go.mod files it must read are those of the modules go.mod
/// requires, so only those are checked; with an unpruned graph every selected module is.
/// A replaced module is checked at its replacement (the go.sum line go needs is the
/// replacement's `PATH VERSION/go.mod`, and the message names that version); a directory
/// replacement needs no line.
/// Nothing is reported without a go.sum input.
enum GoSumCheck {
    static let id = "gosum-missing"

    @Sendable static func run(_ context: ModuleLoad) -> [Finding] {
        guard let goSum = context.goSum else { return [] }
        // The go command needs the go.mod hash (`PATH VERSION/go.mod`) of each module whose
        // go.mod it reads; a zip hash alone does not do (modload.goModSummary).
        var present: Set<ModuleID> = []
        for line in goSum.lines + (context.goWorkSum?.lines ?? []) where line.isGoMod {
            present.insert(ModuleID(path: line.path, version: line.version))
        }
        let pruned = context.mainGoVersion.map { GoVersion.compare($0, "1.17") >= 0 } ?? false
        let required = Set(context.mainGoMods.flatMap(\.require).map { ModuleID(path: $0.path, version: $0.version) })
        return context.buildList.modules.compactMap { m in
            if pruned && !required.contains(m.id) { return nil }
            guard let used = m.effective, !present.contains(used) else { return nil }
            let what = used == m.id
                ? "\(m.path) \(m.version) has"
                : "\(m.path) \(m.version) is replaced by \(used.path) \(used.version), which has"
            return Finding(
                id: id, severity: .error, module: m.path,
                message: "\(what) no go.mod line in \(goSum.file): the go command cannot verify it",
                location: context.requireLocation(m.path) ?? SourceLocation(file: goSum.file),
                hint: "run `go mod download \(m.path)` or `go mod tidy` and commit go.sum")
        }
    }
}
