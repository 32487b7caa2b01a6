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
enum VersionSkewCheck {
    static let id = "version-skew"

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

    /// One requirer left behind: who (a graph node), the version node it requires, how far behind.
    struct Behind {
        var requirer: Int32
        var version: Int32
        var jump: Jump
    }

    /// How many requirers a message names before counting the rest.
    static let listed = 8

    @Sendable static func run(_ context: ModuleLoad) -> [Finding] {
        guard let graph = context.graph else { return [] }
        let isSelected = context.selectedInGraph
        let modules = context.buildList.modules
        // Requirers left behind, by build-list index (so by path, with no sorting of keys).
        var behind = [[Behind]](repeating: [], count: modules.count)
        for (i, node) in graph.nodes.enumerated() where !isSelected[i] && !node.version.isEmpty {
            guard let m = context.buildList.index(of: node.path),
                ModuleVersion.compare(path: node.path, node.version, modules[m].version) < 0
            else { continue }
            let requirers = graph.predecessors[i].filter { isSelected[Int($0)] }
            guard !requirers.isEmpty else { continue }
            let jump = Jump(from: node.version, to: modules[m].version)
            behind[m] += requirers.map { Behind(requirer: $0, version: Int32(i), jump: jump) }
        }
        return modules.indices.compactMap { m -> Finding? in
            guard !behind[m].isEmpty else { return nil }
            let (path, selected) = (modules[m].path, modules[m].version)
            let rows = behind[m].sorted { a, b in
                if a.jump != b.jump { return a.jump > b.jump }
                if a.version != b.version {
                    let c = ModuleVersion.compare(path: path, graph.nodes[Int(a.version)].version, graph.nodes[Int(b.version)].version)
                    if c != 0 { return c < 0 }
                }
                return graph.nodes[Int(a.requirer)] < graph.nodes[Int(b.requirer)]
            }
            let worst = rows[0].jump
            var listed = rows.prefix(Self.listed).map {
                "\(graph.nodes[Int($0.requirer)].text) (\(graph.nodes[Int($0.version)].version), \($0.jump.text))"
            }.joined(separator: ", ")
            if rows.count > Self.listed { listed += " and \(rows.count - Self.listed) more" }
            let oldest = graph.nodes[Int(rows[0].version)].version
            return Finding(
                id: id, severity: worst >= .zeroMinor ? .warning : .note, module: path,
                message: "\(path) \(selected) is selected, but \(FindingText.count(rows.count, "requirer")) "
                    + "asked for older: \(listed)",
                location: context.requireLocation(path),
                hint: "check \(path)'s changes since \(oldest) against these requirers (`modgraph why \(path)`), "
                    + "or upgrade them to releases that require \(selected)")
        }
    }
}
