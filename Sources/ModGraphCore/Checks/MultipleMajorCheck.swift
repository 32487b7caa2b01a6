/// `multiple-major`: two or more major versions of one module in the build list, such as
/// `example.com/lib` and `example.com/lib/v2`, or `gopkg.in/yaml.v2` and `gopkg.in/yaml.v3`.
///
/// Each major is a separate module to the go command, so the binary carries both copies
/// (and their global state). One finding per family, on the family's lowest path.
enum MultipleMajorCheck {
    static let id = "multiple-major"

    @Sendable static func run(_ context: ModuleLoad) -> [Finding] {
        // Families start from the paths with a major suffix; the suffixless member, if any,
        // is looked up by the family's prefix.
        var families: [String: [SelectedModule]] = [:]
        for m in context.buildList.modules where hasMajorSuffix(m.path) {
            guard let split = ModulePath.splitPathVersion(m.path), !split.pathMajor.isEmpty else { continue }
            if families[split.prefix] == nil {
                families[split.prefix] = context.buildList.module(split.prefix).map { [$0] } ?? []
            }
            families[split.prefix]!.append(m)
        }
        let requirers = Requirers(context)
        return families.keys.sorted().compactMap { prefix -> Finding? in
            let members = families[prefix]!.sorted { majorNumber($0) < majorNumber($1) }
            guard members.count > 1 else { return nil }
            let described = members.map { m -> String in
                let who = requirers.of(m.path)
                let by = who.isEmpty ? "" : " (required by \(FindingText.list(who, limit: 4)))"
                return "\(m.path) \(m.version)\(by)"
            }
            let newest = members.last!
            return Finding(
                id: id, severity: .warning, module: members[0].path,
                message: "\(members.count) major versions of \(prefix) are selected: \(described.joined(separator: "; "))",
                location: context.requireLocation(members[0].path),
                hint: "move the requirers of the older majors to \(newest.path), so one copy is built")
        }
    }

    /// A quick test for `/vN` at the end or a `gopkg.in/` path, before the exact split.
    static func hasMajorSuffix(_ path: String) -> Bool {
        if path.hasPrefix("gopkg.in/") { return true }
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return false }
        let last = path.utf8[path.utf8.index(after: slash)...]
        return last.first == UInt8(ascii: "v") && last.count > 1
            && last.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// The major version a selected module is on, for ordering a family (`v0`/`v1` first).
    static func majorNumber(_ m: SelectedModule) -> Int {
        Int(Semver.major(m.version).dropFirst()) ?? 0
    }

    /// The selected requirers of each selected path, as `path@version` (main modules bare).
    struct Requirers {
        let context: ModuleLoad

        init(_ context: ModuleLoad) { self.context = context }

        func of(_ path: String) -> [String] {
            let sel = context.selected
            guard let i = sel.nodes.firstIndex(where: { $0.path == path && !$0.version.isEmpty }) else { return [] }
            return sel.predecessors[i].map { sel.nodes[Int($0)].text }
        }
    }
}
