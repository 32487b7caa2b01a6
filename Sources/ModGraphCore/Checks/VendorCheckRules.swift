/// One-line descriptions of the ids `vendor-check` reports, for SARIF rules and the README.
enum VendorCheckRules {
    static let descriptions: [String: String] = [
        "vendor-inconsistent": "vendor/modules.txt disagrees with go.mod or go.work (the go command's 'inconsistent vendoring')",
        "vendor-unrequired-module": "a vendored module go.mod does not require at that version",
        "vendor-go-too-new": "a go annotation in vendor/modules.txt is newer than the go command",
        "vendor-gomod-update-needed": "go.mod would need an update the go command cannot make with -mod=vendor",
        "vendor-excluded-requirement": "the go command ignores a requirement on an excluded version",
        "vendor-check-failed": "the go command stopped before checking vendor/",
        "vendor-not-used": "the go command does not use vendor/ here",
        "vendor-tree-absent": "no vendored tree to check (vendor/ holds only modules.txt)",
        "vendor-tree-stale": "the vendor tree listing is of another commit than modules.txt",
        "vendor-package-missing": "a package listed in vendor/modules.txt is missing from vendor/",
        "vendor-package-empty": "a vendored package directory holds no Go file",
        "vendor-stray-directory": "a directory under vendor/ that no listed package explains",
        "vendor-stray-file": "a file directly in vendor/ that go mod vendor does not write",
        "vendor-version-drift": "a vendored version differs from the version module mode selects",
        "vendor-module-unselected": "a module in vendor/modules.txt that the build list does not select",
        "vendor-build-list-unavailable": "no build list to compare vendored versions with",
        "vendor-gosum-missing": "a vendored module has no go.sum lines",
        "vendor-file-modified": "a vendored file differs from the module's own copy",
        "vendor-file-missing": "a file go mod vendor copies is missing from vendor/",
        "vendor-file-extra": "a file in vendor/ that go mod vendor does not write",
        "vendor-cache-modified": "the module cache's copy of a module does not match go.sum",
        "vendor-cache-missing": "vendored modules not in the module cache (not compared)",
    ]
}
