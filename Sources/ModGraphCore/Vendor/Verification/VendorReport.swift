/// Everything `modgraph vendor-check` learns: the go command's verdict (exact stderr and exit
/// status included) and the drift findings, ready to render as text, JSON, Markdown or SARIF.
public struct VendorReport: Sendable {
    /// The go version whose behaviour the consistency check reproduced, such as `1.23.5`.
    var goVersion: String
    /// The go command's consistency check, as `go list -m` would run it.
    var consistency: VendorCheckResult
    /// The directory holding `vendor/`, as files are named in findings; nil without a main module.
    public var vendorRoot: String?
    /// Whether a `vendor/` directory (or a `--vendor-tree` listing) was there to check.
    var vendorPresent = false
    /// Where the vendored tree came from: `vendor/` on disk, a listing file, or nil (none).
    var treeSource: String?
    /// Files in the tree (0 when there is none).
    var treeFiles = 0
    /// Where the build list came from; nil when it could not be loaded.
    var buildListSource: BuildList.Source?
    /// The module cache compared against, if any.
    var moduleCache: String?
    /// What the module cache comparison did.
    var cacheSummary: VendorCacheCheck.Summary?
    /// The go command's problems and the drift findings, most severe first.
    public var findings: [Finding]
    /// How long each stage took, in order: `consistency`, `tree`, `build list`, `drift`, `cache`.
    public var timings: [(stage: String, duration: Duration)] = []
    /// Set when the check could not run at all (bad flags, no or unreadable go.mod / go.work);
    /// the go command's message says why.
    public var failure: String?

    init(
        goVersion: String, consistency: VendorCheckResult, findings: [Finding] = [], failure: String? = nil
    ) {
        self.goVersion = goVersion
        self.consistency = consistency
        self.findings = findings.sorted()
        self.failure = failure
    }

    /// The worst severity among the findings, if any.
    public var worstSeverity: Severity? { findings.map(\.severity).max() }

    /// The verdict in words: `consistent`, `inconsistent`, `not checked (REASON)`, or why it stopped.
    var verdict: String {
        if let failure { return "could not run: \(failure)" }
        return consistency.verdict(vendorPresent: vendorPresent)
    }

    /// Finding counts by severity, for summaries: "1 error, 2 warnings" or "none".
    var countsText: String {
        let parts = Severity.allCases.reversed().compactMap { sev -> String? in
            let n = findings.filter { $0.severity == sev }.count
            return n == 0 ? nil : "\(n) \(sev.rawValue)\(n == 1 ? "" : "s")"
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }
}

extension VendorReport {
    /// The report with its stage timings set.
    func with(_ timings: [(String, Duration)]) -> VendorReport {
        var r = self
        r.timings = timings.map { (stage: $0.0, duration: $0.1) }
        return r
    }
}
