/// Which go.mod syntax a go version accepts: decided here, for every command (`analyze`, `why`,
/// `diff`, `baseline`, `vendor-check` all load through `ModuleLoad`, which asks this).
///
/// The loading rules reproduced are go 1.23's; a later version (`--go-version`) changes what
/// go.mod may say, by the rules of its `golang.org/x/mod/modfile`:
/// - `tool` (Go 1.24): one argument, a path, quoted or not (`tool directive expects exactly one
///   argument`); also a block.
/// - `ignore` (Go 1.25): the same shape (`ignore directive expects exactly one argument`). Go
///   1.23's modfile does not know it, so this follows the rule `tool` has, which x/mod gives
///   `ignore` too.
/// A version that does not know a directive rejects it as go 1.23 does (recorded with go 1.23.5):
/// `go.mod:5: unknown directive: tool`, `go.mod:7: unknown block type: tool`.
public enum GoSyntax {
    /// go.mod directives newer than go 1.23, with the go version that brought each.
    static let newerDirectives: [(verb: String, since: String)] = [("tool", "1.24"), ("ignore", "1.25")]

    /// The go release whose loading, vendor consistency check and messages modgraph reproduces:
    /// the go version assumed wherever none is given.
    public static let reproducedVersion = "1.23.5"

    /// The go versions whose syntax is known: go 1.23 (whose loading is reproduced) to go 1.25.
    static let oldest = "1.23"
    static let newest = "1.25"

    /// The directives `goVersion` rejects as unknown.
    static func unknownDirectives(goVersion: String) -> Set<String> {
        Set(newerDirectives.filter { GoVersion.compare(goVersion, $0.since) < 0 }.map(\.verb))
    }

    /// `go1.24.0`, `1.24.0` or `1.24` → `1.24.0`-style version text as given without `go`;
    /// nil when it is not a go version.
    public static func parseVersion(_ text: String) -> String? {
        let v = text.hasPrefix("go") ? String(text.dropFirst(2)) : text
        return GoVersion.isValid(v) ? v : nil
    }

    /// Why `--go-version TEXT` cannot be used; nil when it can.
    public static func problem(with text: String) -> String? {
        guard let v = parseVersion(text) else {
            return "--go-version: expected a go version such as go\(reproducedVersion), got \(text)"
        }
        let lang = GoVersion.lang(v)
        if GoVersion.compare(lang, oldest) < 0 || GoVersion.compare(lang, newest) > 0 {
            return "--go-version \(text): modgraph knows the go.mod syntax of go \(oldest) to go \(newest) (and reproduces go \(oldest)'s loading)"
        }
        return nil
    }
}
