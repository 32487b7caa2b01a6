/// A render-ready picture of the module graph: which modules to draw, how, and the arrows
/// between them. Built from an analysis; written out by `DOTWriter`.
///
/// Plain data with no layout in it. Order does not matter: writers sort nodes and edges.
public struct GraphView: Hashable, Sendable {
    /// Shown above the graph and as the document title.
    var title: String
    /// Lines under the title: what the view leaves out and how it was chosen.
    var notes: [String]
    var nodes: [Node]
    var edges: [Edge]
    /// Boxes around drawn modules that share a path prefix, with counts of what was left out.
    var groups: [Group]
    /// Groups with modules left out and none drawn, most first.
    var foldedGroups: [Group]
    /// The requirements a picture draws, sorted, when fewer than `edges`: those not implied by
    /// others (`omittingImpliedEdges()`); nil draws every one of `edges`.
    var drawnEdges: [Edge]?
    /// What the picture could not do as asked, for the user (not drawn as part of it).
    var drawingNotes: [String] = []

    /// - Parameters:
    ///   - nodes: one per module version to draw. A node given an empty `tooltip` gets the
    ///     standard one: version, replacement, the modules that require it (from `edges`),
    ///     and its findings.
    ///   - edges: requirements between drawn modules; an end missing from `nodes` is drawn as
    ///     a plain indirect module.
    ///   - groups: boxes; a node joins one by naming its `key` in `Node.group`.
    ///   - foldedGroups: what was left out, counted by group, where nothing of it is drawn.
    init(
        title: String, notes: [String] = [], nodes: [Node], edges: [Edge], groups: [Group] = [],
        foldedGroups: [Group] = []
    ) {
        self.title = title
        self.notes = notes
        self.groups = groups
        self.foldedGroups = foldedGroups
        self.edges = edges
        var requirers: [ModuleID: [ModuleID]] = [:]
        for edge in edges { requirers[edge.to, default: []].append(edge.from) }
        self.nodes = nodes.map { node in
            guard node.tooltip.isEmpty else { return node }
            var node = node
            node.tooltip = node.standardTooltip(requiredBy: requirers[node.id] ?? [])
            return node
        }
    }
}

extension GraphView {
    /// How a module stands relative to the main module.
    enum Role: String, Hashable, Sendable, CaseIterable {
        /// The module being analyzed (or a workspace module).
        case main
        /// Required directly by a main module.
        case direct
        /// Reached only through other modules.
        case indirect
    }

    /// One module version to draw.
    struct Node: Hashable, Sendable {
        var id: ModuleID
        var role: Role
        /// What a `replace` directive substitutes, as `go.mod` writes its right-hand side
        /// (`../fork`, `example.com/fork v1.2.3`); nil when not replaced.
        var replacement: String?
        /// The findings about this module; they set its border colour and tooltip.
        var findings: [Finding]
        /// Whether the version carries `+incompatible` (a v2+ module without a `/vN` path).
        var isIncompatible: Bool
        /// Whether the version is a pseudo-version (an untagged commit).
        var isPseudoVersion: Bool
        /// Hover text, one entry per line.
        var tooltip: [String]
        /// The `Group.key` of the box it is drawn in; nil for none.
        var group: String?
        /// False for a version that minimal version selection did not choose (all-versions views).
        var isSelected: Bool

        /// - Parameters:
        ///   - isIncompatible: nil works it out from the version.
        ///   - isPseudoVersion: nil works it out from the version.
        ///   - tooltip: empty asks `GraphView.init` for the standard tooltip.
        init(
            id: ModuleID, role: Role, replacement: String? = nil, findings: [Finding] = [],
            isIncompatible: Bool? = nil, isPseudoVersion: Bool? = nil, tooltip: [String] = [],
            group: String? = nil, isSelected: Bool = true
        ) {
            self.id = id
            self.role = role
            self.replacement = replacement
            self.findings = findings
            self.isIncompatible = isIncompatible ?? ModuleVersion.isIncompatible(id.version)
            self.isPseudoVersion = isPseudoVersion ?? ModuleVersion.isPseudo(id.version)
            self.tooltip = tooltip
            self.group = group
            self.isSelected = isSelected
        }

        var isReplaced: Bool { replacement != nil }

        /// The most severe of `findings`; nil when there are none.
        var worstSeverity: Severity? { findings.map(\.severity).max() }
    }

    /// A requirement: `from` requires `to`.
    struct Edge: Hashable, Sendable {
        var from: ModuleID
        var to: ModuleID
        var style: Style = .normal
    }

    /// Modules that share a path prefix (or host), and how many of them were left out.
    struct Group: Hashable, Sendable {
        /// The prefix: `github.com/containerd`, `golang.org/x`, `k8s.io`.
        var key: String
        /// How many of its modules the view leaves out.
        var leftOut: Int = 0
        /// Some of those, sorted, for the tooltip.
        var leftOutExamples: [String] = []
    }

    /// How an edge is drawn.
    enum Style: String, Hashable, Sendable, CaseIterable {
        case normal
        /// De-emphasized (dashed, light): e.g. a requirement that MVS did not select.
        case weak
        /// Emphasized (bold, red): e.g. on the path to a module with findings.
        case highlighted
    }
}

extension GraphView.Edge: Comparable {
    /// By source, then target, then style: the order writers emit edges in.
    static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs.from != rhs.from { return lhs.from < rhs.from }
        if lhs.to != rhs.to { return lhs.to < rhs.to }
        return lhs.style.rawValue < rhs.style.rawValue
    }
}

extension GraphView.Node {
    /// How many requirers the standard tooltip lists before summarizing the rest.
    static let maxListedRequirers = 8

    /// Version, replacement, requirers and findings, one line each.
    ///
    /// - Parameters:
    ///   - requires: how many modules it requires, and how many of those are not drawn;
    ///     nil leaves the line out.
    ///   - depth: the shortest requirement chain from a main module; nil leaves it out.
    func standardTooltip(
        requiredBy requirers: [ModuleID], requires: (count: Int, notDrawn: Int)? = nil, depth: Int? = nil,
        selectedVersion: String? = nil
    ) -> [String] {
        var lines = [id.path]
        if id.version.isEmpty {
            lines.append("main module")
        } else {
            // (+incompatible shows in the version itself.)
            lines.append("version \(id.version)" + (isPseudoVersion ? " (pseudo-version)" : ""))
            if !isSelected {
                lines.append("not selected" + (selectedVersion.map { ": the build uses \($0)" } ?? ""))
            } else {
                lines.append(role == .direct ? "direct dependency" : "indirect dependency")
            }
        }
        if let replacement { lines.append("replaced by \(replacement)") }
        if let depth, depth > 0 { lines.append("depth \(depth) from the main module") }
        if let requires, requires.count > 0 {
            let plural = requires.count == 1 ? "module" : "modules"
            lines.append("requires \(requires.count) \(plural)" + (requires.notDrawn > 0 ? ", \(requires.notDrawn) not drawn" : ""))
        }
        let sorted = Array(Set(requirers)).sorted()
        if !sorted.isEmpty {
            lines.append(requires == nil ? "required by:" : "required by \(sorted.count):")
            for requirer in sorted.prefix(Self.maxListedRequirers) { lines.append("  \(requirer.text)") }
            if sorted.count > Self.maxListedRequirers {
                lines.append("  and \(sorted.count - Self.maxListedRequirers) more")
            }
        }
        for finding in findings.sorted() {
            lines.append("\(finding.severity.rawValue): \(finding.message) [\(finding.id)]")
        }
        return lines
    }
}
