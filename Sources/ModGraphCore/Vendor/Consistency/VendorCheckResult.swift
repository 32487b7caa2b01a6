/// The outcome of `VendorConsistency.check`.
///
/// Whether vendor mode applied, what the go command found, and exactly what it would print and return.
public struct VendorCheckResult: Sendable, Hashable {
    /// `-mod` as the go command settled it; nil when it stopped before deciding.
    ///
    /// `vendor`, `readonly`, `mod`, or "" (an empty flag after a non-empty one).
    var buildMod: String?
    /// Whether `-mod` was given (on the command line or in `GOFLAGS`).
    var buildModExplicit = false
    /// Why vendor mode is or is not on, when the go command says (`cfg.BuildModReason`).
    ///
    /// For example `Go version in go.mod is 1.13, so vendor directory was not used.`
    var buildModReason = ""
    /// Whether a go.work file put the command in workspace mode.
    var isWorkspace = false
    /// The absolute directory that holds (or would hold) `vendor/`; nil without a main module.
    var vendorRoot: String?
    /// Whether the relaxed pre-Go-1.14 rules applied (go.mod's go line below 1.14 or missing).
    var pre114 = false
    /// Whether the consistency check ran (vendor mode on and nothing stopped the command first).
    var checked = false
    /// The problems of the consistency check, one per detail line, in the go command's order.
    var problems: [VendorProblem] = []
    /// Vendored modules that go.mod must require at exactly that version (the check after it).
    var unrequired: [VendorProblem] = []
    /// Everything the command writes to stderr, in order.
    var messages: [VendorCheckMessage] = []
    /// What `go list -m` writes to stdout: the main modules' paths, when it succeeds.
    var stdout = ""
    /// The go command's exit status.
    public var exitStatus: Int32 = 0
    /// Set when the outcome depends on something this offline check cannot know.
    ///
    /// That is the network, a toolchain switch or a rewrite of go.mod; then `stderr` and
    /// `exitStatus` are the best prediction.
    var limitation: String?
    /// The go.work file in effect (absolute), nil outside workspace mode.
    public var workFile: String?
    /// The main modules as the go command loaded them, in go.work's order (or the single one).
    ///
    /// Filled as far as loading got: a go.mod that could not be read or parsed is left out.
    var mainModules: [LoadedMainModule] = []

    init() {}

    /// Whether vendor mode applied.
    var vendorMode: Bool { buildMod == "vendor" }

    /// Whether the check ran and vendor/modules.txt agrees with go.mod / go.work.
    var consistent: Bool {
        checked && problems.isEmpty && unrequired.isEmpty
            && !messages.contains { $0.kind == .annotationTooNew }
    }

    /// The verdict: true consistent, false inconsistent (or stopped with an error), nil not
    /// checked (vendor mode off, or no vendor directory). `vendor-check` and `analyze` both say this.
    var verdictValue: Bool? {
        if consistent { return true }
        if checked || exitStatus != 0 { return false }
        return nil
    }

    /// The verdict in words: `consistent`, `inconsistent`, `no vendor directory` or `not checked: REASON`.
    func verdict(vendorPresent: Bool) -> String {
        if let stop = stoppedBeforeVendor { return "could not run: \(stop)" }
        switch verdictValue {
        case true?: return "consistent"
        case false?: return "inconsistent"
        case nil:
            if !vendorPresent { return "no vendor directory" }
            return "not checked: " + (buildModReason.isEmpty ? "vendor mode is off (-mod=\(buildMod ?? ""))" : buildModReason)
        }
    }

    /// The message that stopped the command before it found where vendor/ is (without `go: `);
    /// nil when it got that far.
    var stoppedBeforeVendor: String? {
        guard vendorRoot == nil, let m = messages.first(where: \.isFatal) else { return nil }
        return m.text.hasPrefix("go: ") ? String(m.text.dropFirst(4)) : m.text
    }

    /// Exactly what the go command writes to stderr.
    public var stderr: String {
        var out = ""
        for m in messages { out += m.text + "\n" }
        return out
    }
}

/// One detail line of `go: inconsistent vendoring`, or one vendored module that go.mod must require.
struct VendorProblem: Sendable, Hashable {
    enum Kind: String, Sendable, Hashable, CaseIterable {
        /// `is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt`
        case requirementNotMarked
        /// `is explicitly required in go.mod, but vendor/modules.txt indicates P@V` (pre-1.14)
        case requirementVersionDiffers
        /// `is replaced in FILE, but not marked as replaced in vendor/modules.txt`
        case replacementNotMarked
        /// `is replaced by X in FILE, but marked as replaced by Y in vendor/modules.txt`
        case replacementDiffers
        /// `is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod`
        case explicitNotRequired
        /// `is marked as replaced in vendor/modules.txt, but not replaced in go.mod`
        case replacedNotReplaced
        /// `go: vendored module P@V should be required explicitly in go.mod`
        case vendoredNotRequired
    }

    var kind: Kind
    /// The module the line is about (version "" for a wildcard replacement).
    var module: ModuleID
    /// The text after `path@version: ` (for `vendoredNotRequired`, the whole message).
    var detail: String
    /// The go.mod, go.work or modules.txt line the problem comes from.
    var location: SourceLocation?

    /// The detail line as the go command prints it, after `\n\t`.
    var line: String {
        kind == .vendoredNotRequired ? detail : "\(module.text): \(detail)"
    }
}

/// One message on the go command's stderr (possibly several lines), and what it is about.
struct VendorCheckMessage: Sendable, Hashable {
    enum Kind: String, Sendable, Hashable, CaseIterable {
        /// `$GOFLAGS`, `-mod`, `-modfile`, `GOWORK` or `GO111MODULE` rejected.
        case usage
        /// go.work could not be read, parsed or used.
        case goWork
        /// A go.mod could not be read, parsed or used.
        case goMod
        /// go.mod or go.work asks for a newer go.
        case goVersionTooNew
        /// Two replacements of one module disagree.
        case replacementConflict
        /// A workspace module is listed twice or replaced at every version.
        case workspace
        /// `go: ignoring requirement on excluded version …` (a warning).
        case excludedRequirement
        /// `go: P in vendor/modules.txt requires go >= X …`
        case annotationTooNew
        /// vendor/modules.txt could not be read.
        case vendorRead
        /// `go: inconsistent vendoring in DIR: …`
        case inconsistentVendoring
        /// `go: vendored module P@V should be required explicitly in go.mod`
        case vendoredNotRequired
        /// `go: updates to go.mod needed …`
        case goModUpdateNeeded
        /// `go: P@V: missing go.sum entry for go.mod file …` (loading the module graph)
        case goSumMissing
    }

    var kind: Kind
    /// The text without the final newline.
    var text: String
    /// Whether the message stops the command.
    var isFatal: Bool
}

/// A main module as the go command's loader read it: its path, its directory and its go.mod.
struct LoadedMainModule: Sendable, Hashable {
    var path: String
    /// The absolute module root.
    var root: String
    /// The absolute path of the go.mod read (`-modfile`'s, or the root's).
    var goModPath: String
    var goMod: GoModFile
}
