/// `cycle`: modules of the selected graph that require each other, directly or through
/// other modules.
///
/// The go command accepts module cycles, but their members can only be upgraded together,
/// and a cycle keeps old versions of each member in the full graph. Each cycle (a strongly
/// connected component of two or more modules) is reported once, on its lowest module path,
/// with a shortest loop through that module.
enum CycleCheck {
    static let id = "cycle"

    @Sendable static func run(_ context: ModuleLoad) -> [Finding] {
        let sel = context.selected
        let cycles = Cycles(successors: sel.successors)
        return cycles.cycles.map { members in
            let first = members[0]
            let loop = cycles.shortestCycle(through: first, successors: sel.successors) ?? [first, first]
            let names = loop.map { sel.nodes[Int($0)].text }
            var message = "module cycle: \(names.joined(separator: " → "))"
            if members.count > loop.count - 1 {
                message += " (one loop among \(members.count) modules that require each other: "
                    + FindingText.list(members.map { sel.nodes[Int($0)].path }) + ")"
            }
            let module = sel.nodes[Int(first)]
            return Finding(
                id: id, severity: .note, module: module.path, message: message,
                location: context.requireLocation(module.path),
                hint: "upgrade the modules of the cycle together; break it by moving shared code to a module both require")
        }
    }
}
