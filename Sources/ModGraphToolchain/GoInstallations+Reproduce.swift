import Foundation
import ModGraphCore

extension GoInstallations {
    /// The go version `vendor-check` reproduces, and why when it is not the one on PATH.
    public struct Reproduced: Sendable, Equatable {
        /// Such as `1.23.5`.
        public var version: String
        /// Set when the go on PATH is one the check does not reproduce (said on stderr).
        public var warning: String?
    }

    /// `--go-version` (go1.23.5 or 1.23.5) when given, else the go on PATH when the consistency
    /// check reproduces it, else the newest it reproduces.
    public static func reproduced(requested: String?, environment: [String: String]) -> Reproduced {
        if let requested, let v = GoSyntax.parseVersion(requested) { return Reproduced(version: v) }
        let newest = GoSyntax.reproducedVersion
        guard let go = GoCommand.find(environment: environment), let found = installedVersion(of: go) else {
            return Reproduced(version: newest)
        }
        if VendorVerification.reproduces(found) { return Reproduced(version: found) }
        return Reproduced(
            version: newest, warning: "the go on PATH is go\(found); reproducing go\(newest) (use --go-version to choose)")
    }

    /// The version of a go installation: its GOROOT's VERSION file, else `go version`.
    public static func installedVersion(of go: GoCommand) -> String? {
        let binary = URL(fileURLWithPath: go.executable).resolvingSymlinksInPath()
        let goroot = binary.deletingLastPathComponent().deletingLastPathComponent()
        if let text = try? String(contentsOf: goroot.appendingPathComponent("VERSION"), encoding: .utf8),
            let first = text.split(separator: "\n").first, let v = GoSyntax.parseVersion(String(first))
        {
            return v
        }
        // `go version go1.23.5 linux/amd64`
        guard let line = go.version() else { return nil }
        let fields = line.split(separator: " ")
        return fields.count >= 3 ? GoSyntax.parseVersion(String(fields[2])) : nil
    }
}
