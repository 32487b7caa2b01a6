extension VendorConsistency {
    /// The result as findings, most useful first.
    ///
    /// One per problem line, per vendored module go.mod must require, and per message that
    /// stopped the go command before or instead of the check.
    ///
    /// Ids: `vendor-inconsistent` (a detail line of `inconsistent vendoring`),
    /// `vendor-unrequired-module` (`should be required explicitly in go.mod`),
    /// `vendor-go-too-new` (a modules.txt go annotation newer than the go command),
    /// `vendor-gomod-update-needed` (go.mod would change), `vendor-excluded-requirement` (warning),
    /// `vendor-check-failed` (any other error: go.mod or go.work unreadable, flags, …).
    static func findings(_ result: VendorCheckResult) -> [Finding] {
        let sync = result.isWorkspace ? "go work vendor" : "go mod vendor"
        var findings: [Finding] = result.problems.map { p in
            Finding(
                id: "vendor-inconsistent", severity: .error, module: p.module.path, message: p.line,
                location: p.location, hint: "run '\(sync)', or fix go.mod to match vendor/modules.txt")
        }
        findings += result.unrequired.map { p in
            Finding(
                id: "vendor-unrequired-module", severity: .error, module: p.module.path,
                message: String(p.detail.dropFirst("go: ".count)), location: p.location,
                hint: "run 'go mod tidy', then '\(sync)'")
        }
        for m in result.messages {
            let text = m.text.hasPrefix("go: ") ? String(m.text.dropFirst(4)) : m.text
            switch m.kind {
            case .inconsistentVendoring, .vendoredNotRequired:
                continue
            case .annotationTooNew:
                findings.append(Finding(
                    id: "vendor-go-too-new", severity: .error, module: text.split(separator: " ").first.map(String.init) ?? "",
                    message: text, hint: "use a newer go toolchain, or re-run '\(sync)' with this one"))
            case .goModUpdateNeeded:
                findings.append(Finding(
                    id: "vendor-gomod-update-needed", severity: .error, module: "", message: text, hint: "run 'go mod tidy'"))
            case .excludedRequirement:
                findings.append(Finding(id: "vendor-excluded-requirement", severity: .warning, module: "", message: text))
            default:
                findings.append(Finding(id: "vendor-check-failed", severity: .error, module: "", message: text))
            }
        }
        return findings
    }

    /// The consistency check's findings, with files named by `display` (given absolute paths;
    /// the check names them relative to `directory`). `vendor-check` and `analyze` both report these.
    static func findings(
        _ result: VendorCheckResult, directory: String, display: (String) -> String
    ) -> [Finding] {
        VendorConsistency.findings(result).map { f -> Finding in
            var f = f
            if let file = f.location?.file {
                f.location?.file = display(GoFilePath.isAbs(file) ? file : GoFilePath.join(directory, file))
            }
            return f
        }
    }

    /// `vendor-not-used` when vendor/ is there but the go command does not check it (and says why).
    static func notUsedFindings(_ result: VendorCheckResult, vendorName: String) -> [Finding] {
        guard !result.checked && result.exitStatus == 0 else { return [] }
        let reason = result.buildModReason.isEmpty ? "-mod=\(result.buildMod ?? "") was given" : result.buildModReason
        return [Finding(
            id: "vendor-not-used", severity: .note, module: "",
            message: "the go command does not use vendor/ here, so it does not check it: \(reason)",
            location: SourceLocation(file: vendorName), hint: "check it as a vendored build would: vendor-check --mod vendor")]
    }
}
