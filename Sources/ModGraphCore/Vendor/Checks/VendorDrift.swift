/// Drift between `vendor/` and the rest of the module that the go command's own consistency
/// check (`VendorConsistency`) does not look for: the vendored tree against modules.txt,
/// vendored versions against the build list, and go.sum against the vendored modules.
///
/// Every check returns findings; none of them fails. Ids:
///
/// | id | severity | |
/// |---|---|---|
/// | `vendor-tree-absent` | note | vendor/ holds only modules.txt (a capture): the tree checks are skipped |
/// | `vendor-tree-stale` | warning | the `--vendor-tree` listing's modules.txt is not the one checked |
/// | `vendor-package-missing` | error | a package line whose directory is missing under vendor/ |
/// | `vendor-package-empty` | error | a package directory with no `.go` file |
/// | `vendor-stray-directory` | warning | files under vendor/ that no package line explains |
/// | `vendor-stray-file` | warning | a file directly in vendor/ other than modules.txt |
/// | `vendor-version-drift` | error | a vendored version that differs from the build list's |
/// | `vendor-module-unselected` | warning | a modules.txt module the build list does not select |
/// | `vendor-build-list-unavailable` | note | no list.json or graph.txt: versions not compared |
/// | `vendor-gosum-missing` | error | a vendored module without its go.sum lines |
enum VendorDrift {
    /// What the drift checks read, and how files are named in their findings.
    struct Input: Sendable {
        /// vendor/modules.txt as parsed (its `file` names it in findings).
        var manifest: VendorManifest
        /// The bytes of modules.txt, to compare with a listing's copy.
        var manifestBytes: [UInt8]?
        /// The vendored files; nil when there is no tree to look at.
        var tree: VendorTree?
        /// How `vendor/` is named in findings (`vendor`, `sub/vendor`).
        var vendorName: String = "vendor"
        /// The selected build list; nil or `.goMod`-sourced when not known.
        var buildList: BuildList?
        /// go.sum; nil when the module has none.
        var goSum: GoSumFile?
        /// How go.sum is named in findings when it is missing.
        var goSumName: String = "go.sum"
        /// The main modules' paths (never reported as vendored modules).
        var mainModules: Set<String> = []

        /// `vendorName/relative`.
        func vendorPath(_ relative: some StringProtocol) -> String {
            relative.isEmpty ? vendorName : vendorName + "/" + relative
        }
    }

    /// Every drift check that needs no module cache, in order: tree, build list, go.sum.
    static func run(_ input: Input) -> [Finding] {
        treeFindings(input) + buildListFindings(input) + goSumFindings(input)
    }

    /// The modules.txt entries that name a module version (not a bare `# path => …` line),
    /// each module once (its first entry with packages, else its first entry).
    static func moduleEntries(_ manifest: VendorManifest) -> [VendorManifest.Entry] {
        var firstIndex: [ModuleID: Int] = [:]
        var out: [VendorManifest.Entry] = []
        for e in manifest.entries where !e.module.version.isEmpty {
            if let i = firstIndex[e.module] {
                if out[i].packages.isEmpty && !e.packages.isEmpty { out[i] = e }
                continue
            }
            firstIndex[e.module] = out.count
            out.append(e)
        }
        return out
    }

    /// Where a finding about a modules.txt line points.
    static func at(_ input: Input, line: Int) -> SourceLocation {
        SourceLocation(file: input.manifest.file, line: line)
    }
}
