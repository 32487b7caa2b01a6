/// The selected build list: the main modules and one version of every other module path.
public struct BuildList: Sendable {
    /// Where the selection came from.
    enum Source: String, Sendable, Codable {
        /// `go list -m -json all`, the go command's own answer.
        case list
        /// Recomputed by minimal version selection over `go mod graph`.
        case mvs
        /// Neither was available: only go.mod's own requirements.
        case goMod
    }

    var mainModules: [String]
    /// Every selected module but the main modules, sorted by path.
    private(set) var modules: [SelectedModule]
    var source: Source
    private var byPath: [String: Int]

    init(mainModules: [String], modules: [SelectedModule], source: Source) {
        self.mainModules = mainModules
        let main = Set(mainModules)
        // In place: a build list can hold a million modules.
        var modules = modules
        if !main.isEmpty { modules.removeAll { main.contains($0.path) } }
        modules.sort { $0.path < $1.path }
        self.modules = modules
        self.source = source
        var byPath: [String: Int] = [:]
        byPath.reserveCapacity(modules.count)
        for (i, m) in self.modules.enumerated() { byPath[m.path] = i }
        self.byPath = byPath
    }

    /// The selected module for a path, if the path is in the build list.
    func module(_ path: String) -> SelectedModule? {
        byPath[path].map { modules[$0] }
    }

    /// The index of a path in `modules`.
    func index(of path: String) -> Int? { byPath[path] }
}
