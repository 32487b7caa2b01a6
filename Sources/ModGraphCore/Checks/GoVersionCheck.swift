/// `go-version`: a selected dependency whose `go` line is newer than the main module's.
///
/// The dependency's go line is list.json's GoVersion (its replacement's when replaced), else
/// the graph's `dep@v go@V` edge (recorded by Go 1.21+). Since Go 1.21 the main module's go
/// line must be at least every dependency's: `go mod tidy` would raise it.
enum GoVersionCheck {
    static let id = "go-version"

    @Sendable static func run(_ context: ModuleLoad) -> [Finding] {
        guard let main = context.mainGoVersion, GoVersion.isValid(main) else { return [] }
        let fromGraph = context.graphGoVersions
        let toolchain = context.goMod?.toolchain.map { GoVersion.fromToolchain($0.name) }.flatMap { $0.isEmpty ? nil : $0 }
        let location = context.goMod?.go.map { SourceLocation(file: context.goMod!.file, line: $0.line) }
        return context.buildList.modules.compactMap { m in
            guard let dep = m.goVersion ?? fromGraph[m.id], GoVersion.isValid(dep),
                GoVersion.compare(dep, main) > 0
            else { return nil }
            // A module replaced by another version declares what its replacement's go.mod says.
            let via = m.effective.flatMap { $0 == m.id ? nil : " (through its replacement \($0.text))" } ?? ""
            var message = "\(m.path) \(m.version)\(via) declares go \(dep), newer than the main module's go \(main)"
            if let toolchain {
                message += GoVersion.compare(dep, toolchain) > 0
                    ? " and its toolchain go\(toolchain)" : " (its toolchain go\(toolchain) is new enough)"
            }
            return Finding(
                id: id, severity: .warning, module: m.path, message: message, location: location,
                hint: "raise the main module's go line (`go get go@\(dep)`), or require an older \(m.path)")
        }
    }
}
