/// The modules a view draws, chosen within a node budget from the roots outwards.
///
/// Works on any graph given as successor and predecessor lists. The order of choice:
/// 1. the roots (the main modules; with a focus, the focus and a shortest path to it from
///    a main module);
/// 2. the modules with error findings, then the direct requirements, then the modules
///    with warnings, nearest first, each with a shortest path to it;
/// 3. the rest by tier (indirect requirements before versions not selected), then
///    distance, then how many modules require it (most first).
///
/// Every module is added together with a shortest path from what is already drawn, so
/// whatever the budget, each drawn module is connected to the roots by drawn modules.
/// A module whose path does not fit is left out. Work is linear in the graph plus a sort.
struct ViewSelection {
    struct Input {
        var successors: [[Int32]]
        var predecessors: [[Int32]]
        /// Main modules.
        var roots: [Int32]
        /// 1 for direct requirements, 2 for indirect ones, 3 for versions not selected; roots 0.
        var tier: [UInt8]
        /// The worst finding of each node, if any.
        var severity: [Severity?]
        /// The nodes of the focus module; nil for the whole graph.
        var focus: [Int32]?
        var maxDepth: Int?
        var maxNodes: Int?
    }

    /// Drawn nodes, in the order chosen.
    private(set) var kept: [Int32] = []
    private(set) var isKept: [Bool]
    /// Distance from the roots (or from the focus, either way); -1 when not reached.
    let distance: [Int32]
    /// Edges on the chosen paths to modules with error findings, as (from, to).
    private(set) var highlighted: Set<Int64> = []
    /// Nodes in scope but not drawn: everything outside a focus's neighbourhood is out of scope.
    private(set) var leftOut: [Int32] = []
    /// Drawn nodes that no root reaches.
    private(set) var unreached = 0
    /// Nodes reached but beyond the depth limit.
    private(set) var beyondDepth = 0
    /// Modules with findings left out for lack of room.
    private(set) var findingsLeftOut = 0

    /// Whether each node's path to the roots runs through predecessors (a node reached
    /// downwards) rather than successors (an ancestor of the focus).
    private let stepsUp: [Bool]
    /// Distances along successors from the roots (or the focus), and along predecessors from
    /// the focus (empty without one).
    private let down: [Int32]
    private let up: [Int32]
    private let input: Input

    init(_ input: Input) {
        self.input = input
        let n = input.successors.count
        isKept = [Bool](repeating: false, count: n)
        var distance = [Int32](repeating: -1, count: n)
        var stepsUp = [Bool](repeating: true, count: n)
        if let focus = input.focus {
            down = BreadthFirst.search(from: focus, along: input.successors).distance
            up = BreadthFirst.search(from: focus, along: input.predecessors).distance
            for i in 0..<n {
                if up[i] >= 0 && (down[i] < 0 || up[i] < down[i]) {
                    distance[i] = up[i]
                    stepsUp[i] = false
                } else {
                    distance[i] = down[i]
                }
            }
        } else {
            down = BreadthFirst.search(from: input.roots, along: input.successors).distance
            up = []
            distance = down
        }
        self.distance = distance
        self.stepsUp = stepsUp
        choose()
    }

    private var budget: Int { input.maxNodes.map { max($0, 1) } ?? Int.max }

    private func withinDepth(_ v: Int) -> Bool {
        distance[v] >= 0 && input.maxDepth.map { Int(distance[v]) <= $0 } ?? true
    }

    private mutating func choose() {
        let n = distance.count
        // 1. Roots.
        if let focus = input.focus {
            for f in focus where !isKept[Int(f)] { keep(f) }
            // A main module and a shortest path from it to the focus.
            let reachedMains = input.roots.filter { distance[Int($0)] >= 0 && !stepsUp[Int($0)] }
            if let main = reachedMains.min(by: { distance[Int($0)] < distance[Int($1)] }) {
                _ = addWithPath(main, ignoreDepth: true)
            }
            for m in input.roots where !isKept[Int(m)] && kept.count < budget { keep(m) }
        } else {
            for r in input.roots where !isKept[Int(r)] { keep(r) }
        }

        // 2. Modules with errors, then direct requirements, then modules with warnings, each
        // finding with a shortest path to it. (Notes only show in tooltips.)
        let withFindings = (0..<n).filter { input.severity[$0].map { $0 > .note } ?? false && withinDepth($0) }
            .sorted { a, b in
                if input.severity[a]! != input.severity[b]! { return input.severity[a]! > input.severity[b]! }
                if distance[a] != distance[b] { return distance[a] < distance[b] }
                return a < b
            }
        for v in withFindings where input.severity[v] == .error && !isKept[v] {
            if !addWithPath(Int32(v), ignoreDepth: false) { findingsLeftOut += 1 }
        }
        if input.focus == nil {
            for v in 0..<n where input.tier[v] == 1 && !isKept[v] && withinDepth(v) && kept.count < budget {
                _ = addWithPath(Int32(v), ignoreDepth: false)
            }
        }
        for v in withFindings where input.severity[v] != .error && !isKept[v] {
            if !addWithPath(Int32(v), ignoreDepth: false) { findingsLeftOut += 1 }
        }
        for v in withFindings where isKept[v] && input.severity[v] == .error {
            highlightPath(to: Int32(v))
        }

        // 3. The rest.
        var rest: [Int32] = []
        var deeper: [Int32] = []
        for v in 0..<n where distance[v] >= 0 && !isKept[v] {
            if withinDepth(v) { rest.append(Int32(v)) } else { deeper.append(Int32(v)) }
        }
        beyondDepth = deeper.count
        rest.sort { a, b in
            let ia = Int(a), ib = Int(b)
            if input.tier[ia] != input.tier[ib] { return input.tier[ia] < input.tier[ib] }
            if distance[ia] != distance[ib] { return distance[ia] < distance[ib] }
            let fa = input.predecessors[ia].count, fb = input.predecessors[ib].count
            if fa != fb { return fa > fb }
            return a < b
        }
        for v in rest where !isKept[Int(v)] {
            if kept.count >= budget { break }
            _ = addWithPath(v, ignoreDepth: false)
        }
        let reachedKept = kept.count
        leftOut = rest.filter { !isKept[Int($0)] } + deeper
        // 4. Modules no main module reaches (build-list entries the graph does not connect).
        guard input.focus == nil else { return }
        for v in 0..<n where distance[v] < 0 {
            if input.maxDepth == nil && kept.count < budget { keep(Int32(v)) } else { leftOut.append(Int32(v)) }
        }
        unreached = kept.count - reachedKept
    }

    private mutating func keep(_ v: Int32) {
        isKept[Int(v)] = true
        kept.append(v)
    }

    /// The neighbour one step nearer the roots on a path of direction `viaPredecessors`:
    /// a drawn one if there is one, else the first.
    private func step(from v: Int32, viaPredecessors: Bool) -> Int32? {
        let d = viaPredecessors ? down : up
        let here = d[Int(v)]
        guard here > 0 else { return nil }
        var first: Int32?
        for c in viaPredecessors ? input.predecessors[Int(v)] : input.successors[Int(v)] where d[Int(c)] == here - 1 {
            if isKept[Int(c)] { return c }
            if first == nil || c < first! { first = c }
        }
        return first
    }

    /// Adds `v` and the undrawn modules on a shortest path to it, if they all fit.
    private mutating func addWithPath(_ v: Int32, ignoreDepth: Bool) -> Bool {
        var path: [Int32] = []
        var current: Int32? = v
        let direction = stepsUp[Int(v)]
        while let c = current, !isKept[Int(c)] {
            path.append(c)
            current = step(from: c, viaPredecessors: direction)
        }
        guard kept.count + path.count <= budget else { return false }
        if !ignoreDepth, !path.allSatisfy({ withinDepth(Int($0)) }) { return false }
        for node in path.reversed() { keep(node) }
        return true
    }

    /// Marks the edges of a drawn shortest path to `v` as highlighted.
    private mutating func highlightPath(to v: Int32) {
        var current = v
        let direction = stepsUp[Int(v)]
        while let previous = step(from: current, viaPredecessors: direction), isKept[Int(previous)] {
            let (from, to) = direction ? (previous, current) : (current, previous)
            highlighted.insert(Int64(from) << 32 | Int64(to))
            current = previous
        }
    }
}
