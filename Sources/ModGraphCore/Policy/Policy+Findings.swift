/// The findings a policy adds: `denied` modules and replacements it does not allow.
extension Policy {
    static let deniedID = "denied"
    static let replaceNotAllowedID = "replace-not-allowed"

    /// Checks the build list against the deny list and the replacement allow-list.
    func findings(_ context: ModuleLoad) -> [Finding] {
        var out: [Finding] = []
        let sel = context.selected
        for m in context.buildList.modules {
            if let rule = denial(of: m.path) {
                var message = "\(m.path) \(m.version) is denied by \(file)"
                if !rule.reason.isEmpty { message += ": \(rule.reason)" }
                if let target = sel.nodes.firstIndex(where: { $0.path == m.path && !$0.version.isEmpty }) {
                    let found = WhyPaths(
                        successors: sel.successors, predecessors: sel.predecessors, roots: sel.mainNodes,
                        target: Int32(target), limit: 1)
                    if let p = found.paths.first {
                        message += " (required through \(p.map { sel.nodes[Int($0)].text }.joined(separator: " → ")))"
                    }
                }
                out.append(Finding(
                    id: Self.deniedID, severity: .error, module: m.path, message: message,
                    location: context.requireLocation(m.path),
                    hint: "drop the requirers that bring it in (`modgraph why \(m.path)`), or change \(file)"))
            }
            if let r = m.replacement, !allowsReplacement(r.path) {
                let directive = context.effectiveReplace(m.id)
                out.append(Finding(
                    id: Self.replaceNotAllowedID, severity: .error, module: m.path,
                    message: "\(m.path) \(m.version) is replaced by \(r.isLocalDirectory ? r.path : "\(r.path) \(r.version)"), "
                        + "which \(file)'s allowReplace does not list",
                    location: directive.map { SourceLocation(file: $0.file, line: $0.directive.line) },
                    hint: "drop the replace directive, or add \(r.path) to allowReplace"))
            }
        }
        return out
    }
}
