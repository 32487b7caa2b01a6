extension VendorDrift {
    /// Vendored modules (those with packages in modules.txt) whose go.sum lines are missing.
    ///
    /// Vendor mode never reads go.sum, so nothing notices until someone builds with
    /// `-mod=mod` or `-mod=readonly`, runs `go mod verify`, or drops vendor/: then the go
    /// command stops with `missing go.sum entry`. A module replaced by another module version
    /// needs the replacement's lines; a module replaced by a directory needs none.
    static func goSumFindings(_ input: Input) -> [Finding] {
        var needing: [(entry: VendorManifest.Entry, sum: ModuleID)] = []
        for entry in moduleEntries(input.manifest) where !entry.packages.isEmpty {
            if input.mainModules.contains(entry.module.path) { continue }
            if let r = entry.replacement {
                if r.version.isEmpty { continue }
                needing.append((entry, r))
            } else {
                needing.append((entry, entry.module))
            }
        }
        guard !needing.isEmpty else { return [] }
        guard let goSum = input.goSum else {
            return [Finding(
                id: "vendor-gosum-missing", severity: .error, module: "",
                message: "there is no \(input.goSumName), but \(FindingText.count(needing.count, "vendored module")) need checksums there: builds outside vendor mode (-mod=mod, -mod=readonly) and go mod verify fail",
                location: SourceLocation(file: input.goSumName),
                hint: "run 'go mod tidy' and commit go.sum")]
        }
        var out: [Finding] = []
        for (entry, sum) in needing {
            var lacking: [String] = []
            if !goSum.hasZipHash(path: sum.path, version: sum.version) { lacking.append("the module hash (\(sum.path) \(sum.version) h1:)") }
            if !goSum.hasGoModHash(path: sum.path, version: sum.version) { lacking.append("the go.mod hash (\(sum.path) \(sum.version)/go.mod h1:)") }
            guard !lacking.isEmpty else { continue }
            let via = sum == entry.module ? "" : " (replaced by \(sum.text))"
            out.append(Finding(
                id: "vendor-gosum-missing", severity: .error, module: entry.module.path,
                message: "\(entry.module.text)\(via) is vendored, but \(goSum.file) lacks \(lacking.joined(separator: " and ")): builds outside vendor mode fail with 'missing go.sum entry'",
                location: at(input, line: entry.line),
                hint: "run 'go mod tidy' (or 'go mod download \(sum.path)') and commit go.sum"))
        }
        return out
    }
}
