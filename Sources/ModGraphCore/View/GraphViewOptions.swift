/// What part of the module graph to draw, and how much of it.
///
/// The default is what `analyze` writes: the selected versions, at most
/// `defaultMaxNodes` modules chosen from the main module outwards, every module with a
/// finding kept with a path to it, and the rest counted by module-path group.
public struct GraphViewOptions: Hashable, Sendable {
    /// How many modules a view draws by default: legible on a pull-request page, and a
    /// layout of a second or two.
    public static let defaultMaxNodes = 150

    /// Most modules drawn (main modules included); nil draws every one.
    var maxNodes: Int?
    /// Most requirement steps from the main modules (or from `focus`) to a drawn module;
    /// nil for no limit.
    var depth: Int?
    /// A module path: draw the subgraph around it (what requires it, up to the main
    /// module, and what it requires) instead of the whole graph.
    var focus: String?
    /// Draw every version `go mod graph` names, not just the selected ones.
    var allVersions: Bool
    /// How modules are boxed together and what was left out is counted.
    var grouping: ModuleGrouping
    /// Whether to leave out of the drawing requirements implied by others
    /// (`GraphView.omittingImpliedEdges()`).
    var omitImpliedEdges = true

    public init(
        maxNodes: Int? = GraphViewOptions.defaultMaxNodes, depth: Int? = nil, focus: String? = nil,
        allVersions: Bool = false, grouping: ModuleGrouping = .prefix
    ) {
        self.maxNodes = maxNodes
        self.depth = depth
        self.focus = focus
        self.allVersions = allVersions
        self.grouping = grouping
    }

    /// Everything, unpruned: every selected module and requirement (or every version).
    static func everything(allVersions: Bool = false) -> GraphViewOptions {
        GraphViewOptions(maxNodes: nil, allVersions: allVersions, grouping: .none)
    }
}

/// How modules are gathered into groups: boxes in the picture, counts of what was left out.
public enum ModuleGrouping: String, Hashable, Sendable, CaseIterable {
    /// By path prefix: the owner on code hosts (`github.com/containerd`), `golang.org/x`,
    /// otherwise the host (`k8s.io`, `go.opentelemetry.io`).
    case prefix
    /// By host only (`github.com`, `golang.org`).
    case host
    /// No boxes; what was left out is only counted.
    case none

    /// The group a module path belongs to; nil for `none`.
    func key(for path: String) -> String? {
        switch self {
        case .none: return nil
        case .host: return Self.host(of: path)
        case .prefix: return Self.prefix(of: path)
        }
    }

    /// Hosts whose second path element is an owner (user or organization).
    static let ownerHosts: Set<String> = [
        "github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "gitee.com", "git.sr.ht",
    ]

    static func host(of path: String) -> String {
        path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? path
    }

    static func prefix(of path: String) -> String {
        let parts = path.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return path }
        let host = String(parts[0])
        if ownerHosts.contains(host) || (host == "golang.org" && parts[1] == "x") {
            return "\(host)/\(parts[1])"
        }
        return host
    }
}
