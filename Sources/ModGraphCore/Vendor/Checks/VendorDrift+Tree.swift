extension VendorDrift {
    /// The vendored tree against modules.txt: package directories that are missing or hold
    /// no Go file, and files no package line explains.
    ///
    /// `go mod vendor` writes each listed package's files into `vendor/<package>/`, license
    /// files into the directories between a package and its module root, and embedded files
    /// below a package. So a directory with files must be a listed package, or (when it holds
    /// no Go file) lie above or below one; anything else was left behind.
    static func treeFindings(_ input: Input) -> [Finding] {
        guard let tree = input.tree else { return [] }
        var out: [Finding] = []
        if case .listing(let listing) = tree.origin, let bytes = input.manifestBytes {
            if let listed = tree.file("modules.txt") {
                if let blob = listed.blob, blob.count == 40, blob != Hashing.gitBlobID(bytes) {
                    out.append(Finding(
                        id: "vendor-tree-stale", severity: .warning, module: "",
                        message: "the vendor/modules.txt in \(listing) (blob \(blob.prefix(12))) is not \(input.manifest.file): the listing is of another commit",
                        location: SourceLocation(file: listing, line: listed.line),
                        hint: "list the tree of the commit whose modules.txt is checked: git ls-tree -r -l HEAD vendor"))
                }
            } else if !tree.files.isEmpty {
                out.append(Finding(
                    id: "vendor-tree-stale", severity: .warning, module: "",
                    message: "\(listing) lists no vendor/modules.txt: the listing is of another commit or another directory",
                    location: SourceLocation(file: listing),
                    hint: "list the tree of the commit whose modules.txt is checked: git ls-tree -r -l HEAD vendor"))
            }
        }
        if tree.isManifestOnly {
            out.append(Finding(
                id: "vendor-tree-absent", severity: .note, module: "",
                message: "\(input.vendorName)/ holds only modules.txt (a capture, not a vendored tree): package directories and vendored files were not checked",
                location: SourceLocation(file: input.manifest.file),
                hint: "check a real tree: run in the repository, or pass `--vendor-tree` a `git ls-tree -r -l HEAD vendor` listing"))
            return out
        }
        let byDirectory = tree.filesByDirectory
        var allDirectories: Set<Substring> = []
        for dir in byDirectory.keys {
            var d = dir
            while !d.isEmpty, allDirectories.insert(d).inserted {
                d = parent(d)
            }
        }
        var packages: Set<Substring> = []
        for entry in input.manifest.entries {
            var missing: [VendorManifest.Package] = []
            for pkg in entry.packages {
                let dir = Substring(pkg.path)
                packages.insert(dir)
                if let files = byDirectory[dir] {
                    if !files.contains(where: { $0.name.hasSuffix(".go") }) {
                        out.append(emptyPackage(input, entry, pkg, holds: files.count))
                    }
                } else if allDirectories.contains(dir) {
                    out.append(emptyPackage(input, entry, pkg, holds: 0))
                } else {
                    missing.append(pkg)
                }
            }
            if missing.count > 1 && missing.count == entry.packages.count {
                out.append(Finding(
                    id: "vendor-package-missing", severity: .error, module: entry.module.path,
                    message: "none of the \(missing.count) packages of \(entry.module.text) listed in \(input.manifest.file) is under \(input.vendorName)/ (\(FindingText.list(missing.map { input.vendorPath($0.path) }, limit: 3)))",
                    location: at(input, line: entry.line),
                    hint: "run 'go mod vendor' to restore them; builds with -mod=vendor fail without them"))
            } else {
                for pkg in missing {
                    out.append(Finding(
                        id: "vendor-package-missing", severity: .error, module: entry.module.path,
                        message: "package \(pkg.path) of \(entry.module.text) is listed in \(input.manifest.file), but \(input.vendorPath(pkg.path)) does not exist",
                        location: at(input, line: pkg.line),
                        hint: "run 'go mod vendor' to restore it; builds with -mod=vendor fail without it"))
                }
            }
        }
        var ancestors: Set<Substring> = []
        for p in packages {
            var d = parent(p)
            while !d.isEmpty, ancestors.insert(d).inserted { d = parent(d) }
        }
        var stray: [Substring: [VendorTree.File]] = [:]
        for (dir, files) in byDirectory {
            if dir.isEmpty {
                for f in files where f.path != "modules.txt" {
                    out.append(Finding(
                        id: "vendor-stray-file", severity: .warning, module: "",
                        message: "\(input.vendorPath(f.path)) is not written by 'go mod vendor', which puts only modules.txt directly in \(input.vendorName)/",
                        location: SourceLocation(file: input.vendorPath(f.path)),
                        hint: "delete it (or move it out of vendor/): 'go mod vendor' deletes it the next time it runs"))
                }
                continue
            }
            if packages.contains(dir) { continue }
            if !files.contains(where: { $0.name.hasSuffix(".go") }) {
                if ancestors.contains(dir) { continue }
                var d = parent(dir)
                var belowPackage = false
                while !d.isEmpty {
                    if packages.contains(d) { belowPackage = true; break }
                    d = parent(d)
                }
                if belowPackage { continue }
            }
            stray[dir] = files
        }
        var groups: [Substring: (files: Int, below: Int, goFiles: Bool, first: String)] = [:]
        for (dir, files) in stray {
            var top = dir
            var d = parent(dir)
            while !d.isEmpty {
                // Not under a directory that also holds listed packages: that one stays.
                if stray[d] != nil && !ancestors.contains(d) { top = d }
                d = parent(d)
            }
            var g = groups[top] ?? (0, 0, false, files[0].path)
            g.files += files.count
            if files[0].path.utf8.lexicographicallyPrecedes(g.first.utf8) { g.first = files[0].path }
            if top != dir { g.below += 1 }
            if files.contains(where: { $0.name.hasSuffix(".go") }) { g.goFiles = true }
            groups[top] = g
        }
        for (dir, g) in groups {
            let what = g.goFiles ? "Go files" : "files"
            let below = g.below == 0 ? "" : ", counting \(FindingText.count(g.below, "directory")) below it"
            out.append(Finding(
                id: "vendor-stray-directory", severity: .warning, module: "",
                message: "\(input.vendorPath(dir)) holds \(what) (\(FindingText.count(g.files, "file"))\(below)) that no package line of \(input.manifest.file) explains: left behind by a removed dependency?",
                // A file, not the directory: code scanning places results on files.
                location: SourceLocation(file: input.vendorPath(g.first)),
                hint: "run 'go mod vendor' (it rewrites vendor/ from scratch), or delete the directory"))
        }
        return out
    }

    static func emptyPackage(_ input: Input, _ entry: VendorManifest.Entry, _ pkg: VendorManifest.Package, holds files: Int) -> Finding {
        let holds = files == 0 ? "only subdirectories" : "\(FindingText.count(files, "file")) but no .go file"
        return Finding(
            id: "vendor-package-empty", severity: .error, module: entry.module.path,
            message: "package \(pkg.path) of \(entry.module.text) is listed in \(input.manifest.file), but \(input.vendorPath(pkg.path)) holds \(holds)",
            location: at(input, line: pkg.line),
            hint: "run 'go mod vendor' to restore its files; builds with -mod=vendor fail without them")
    }

    /// The directory above `dir` ("" at the top).
    static func parent(_ dir: Substring) -> Substring {
        guard let slash = dir.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return dir[..<slash]
    }
}
