/// `version-skew`: modules of the build that require an older version of a module than the
/// one selected, so they run against code newer than they asked for.
///
/// One finding per module, listing its requirers worst jump first: a major difference
/// (`+incompatible` majors, v0 → v1), then a minor bump of a v0 module (semver promises no
/// compatibility below v1), then minor, patch and prerelease/pseudo-version differences;
/// within a kind the oldest requested version first. Only requirers that are themselves
/// selected count (the main modules and the selected version of each path): an unselected
/// version's requirements are not part of the build. A finding is a warning when some
/// requirer is a major or v0 minor jump behind, a note otherwise.
public enum VersionSkewCheck {
    public static let id = "version-skew"

    /// How far a requirement is behind the selected version; higher is worse.
    enum Jump: Int, Comparable {
        case prerelease = 0, patch, minor, zeroMinor, major

        static func < (a: Jump, b: Jump) -> Bool { a.rawValue < b.rawValue }

        /// The jump from `older` to `selected` (both valid, `older` lower).
        init(from older: String, to selected: String) {
            if Semver.major(older) != Semver.major(selected) {
                self = .major
            } else if Semver.majorMinor(older) != Semver.majorMinor(selected) {
                self = Semver.major(selected) == "v0" ? .zeroMinor : .minor
            } else if release(older) != release(selected) {
                self = .patch
            } else {
                self = .prerelease
            }
        }

        var text: String {
            switch self {
            case .major: "major version behind"
            case .zeroMinor: "v0 minor bump, may break"
            case .minor: "minor bump"
            case .patch: "patch bump"
            case .prerelease: "prerelease/commit difference"
            }
        }
    }

    /// `vX.Y.Z` without prerelease or build.
    static func release(_ v: String) -> String {
        let c = Semver.canonical(v)
        let cut = c.firstIndex { $0 == "-" || $0 == "+" } ?? c.endIndex
        return String(c[..<cut])
    }

    /// One requirer left behind: who, what it asked for, how far behind that is.
    struct Behind {
        var requirer: ModuleID
        var version: String
        var jump: Jump
    }

    @Sendable public static func run(_ context: AnalysisContext) -> [Finding] {
        guard let graph = context.graph else { return [] }
        let isSelected = context.selectedInGraph
        var behind: [String: [Behind]] = [:]
        for (i, node) in graph.nodes.enumerated() where !isSelected[i] && !node.version.isEmpty {
            guard let chosen = context.buildList.module(node.path)?.version,
                ModuleVersion.compare(path: node.path, node.version, chosen) < 0
            else { continue }
            let requirers = graph.predecessors[i].filter { isSelected[Int($0)] }
            guard !requirers.isEmpty else { continue }
            let jump = Jump(from: node.version, to: chosen)
            for r in requirers {
                behind[node.path, default: []].append(Behind(requirer: graph.nodes[Int(r)], version: node.version, jump: jump))
            }
        }
        return behind.keys.sorted().map { path in
            let selected = context.buildList.module(path)!.version
            let rows = behind[path]!.sorted { a, b in
                if a.jump != b.jump { return a.jump > b.jump }
                let c = ModuleVersion.compare(path: path, a.version, b.version)
                if c != 0 { return c < 0 }
                return a.requirer < b.requirer
            }
            let worst = rows[0].jump
            let listed = rows.map { "\($0.requirer.text) (\($0.version), \($0.jump.text))" }
            return Finding(
                id: id, severity: worst >= .zeroMinor ? .warning : .note, module: path,
                message: "\(path) \(selected) is selected, but \(FindingText.count(rows.count, "requirer")) "
                    + "asked for older: \(FindingText.list(listed))",
                location: context.requireLocation(path),
                hint: "check \(path)'s changes since \(rows[0].version) against these requirers (`modgraph why \(path)`), "
                    + "or upgrade them to releases that require \(selected)")
        }
    }
}
