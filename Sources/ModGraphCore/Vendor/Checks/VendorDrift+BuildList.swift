extension VendorDrift {
    /// Vendored versions against the selected build list (list.json, or MVS over the graph).
    ///
    /// With `-mod=vendor` the go command builds what modules.txt lists; with `-mod=mod` or
    /// `-mod=readonly` it builds the build list. A version that differs is the same module
    /// root building different code depending on the flag ("it builds on my machine"). The go
    /// command's check compares modules.txt with go.mod only, so an untidy go.mod (a
    /// dependency asks for a newer version than go.mod names) passes it.
    static func buildListFindings(_ input: Input) -> [Finding] {
        guard let buildList = input.buildList, buildList.source != .goMod else {
            guard !input.manifest.vendorList.isEmpty else { return [] }
            return [Finding(
                id: "vendor-build-list-unavailable", severity: .note, module: "",
                message: "no build list (list.json or graph.txt): vendored versions were not compared with the versions module mode selects",
                location: SourceLocation(file: input.manifest.file),
                hint: "capture `go list -m -json all > list.json` (or `go mod graph > graph.txt`) beside go.mod")]
        }
        let source = buildList.source == .list ? "the build list (go list -m all)" : "minimal version selection over go mod graph"
        var out: [Finding] = []
        var seenPaths: Set<String> = []
        let entries = moduleEntries(input.manifest)
        // A workspace's modules.txt also lists versions only some module requires (no packages):
        // the version vendored is the one with packages.
        let withPackages = Set(entries.filter { !$0.packages.isEmpty }.map(\.module.path))
        for entry in entries {
            let m = entry.module
            if entry.packages.isEmpty && withPackages.contains(m.path) { continue }
            if input.mainModules.contains(m.path) || !seenPaths.insert(m.path).inserted { continue }
            guard let selected = buildList.module(m.path) else {
                let what = entry.packages.isEmpty ? "" : " and \(FindingText.count(entry.packages.count, "package")) of it vendored"
                out.append(Finding(
                    id: "vendor-module-unselected", severity: .warning, module: m.path,
                    message: "\(m.text) is listed in \(input.manifest.file)\(what), but \(source) does not select any version of \(m.path)",
                    location: at(input, line: entry.line),
                    hint: "run 'go mod tidy' and 'go mod vendor'; the entry is left over from a removed requirement"))
                continue
            }
            guard selected.version != m.version else { continue }
            let cmp = ModuleVersion.compare(path: m.path, m.version, selected.version)
            let direction = cmp < 0 ? "older" : "newer"
            out.append(Finding(
                id: "vendor-version-drift", severity: .error, module: m.path,
                message: "\(input.manifest.file) vendors \(m.text), but \(source) selects \(selected.version): -mod=vendor builds the \(direction) \(m.version), -mod=mod builds \(selected.version)",
                location: at(input, line: entry.line),
                hint: "run 'go mod tidy' then 'go mod vendor', so go.mod, vendor/ and the build list agree"))
        }
        return out
    }
}
