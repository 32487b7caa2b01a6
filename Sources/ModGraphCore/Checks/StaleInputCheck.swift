/// `stale-input`: go mod graph and go list disagree on the build list.
///
/// When both captures are given, minimal version selection over the graph alone (`MVS`)
/// must give exactly list.json's selection; the go command computes one from the other. A
/// difference means the captures were taken at different commits (or one was edited), so
/// the report mixes two states. One finding per module that differs.
enum StaleInputCheck {
    static let id = "stale-input"

    @Sendable static func run(_ context: ModuleLoad) -> [Finding] {
        guard let graph = context.graph, let list = context.list else { return [] }
        let graphFile = context.inputs[.graph]?.file ?? "graph.txt"
        var out: [Finding] = []
        let graphMain = graph.mainNodes.map { graph.nodes[Int($0)].path }
        let listMain = list.mainModules.map(\.path)
        if !listMain.isEmpty, !graphMain.isEmpty, Set(listMain) != Set(graphMain) {
            out.append(Finding(
                id: id, severity: .warning, module: "",
                message: "the main modules differ: \(graphFile) has \(graphMain.joined(separator: ", ")), "
                    + "\(list.file) has \(listMain.joined(separator: ", "))",
                location: SourceLocation(file: list.file), hint: hint))
        }
        let roots = context.mainModules.compactMap { graph.id(of: ModuleID(path: $0, version: "")) }
        let mvs = MVS.buildList(graph, roots: roots.isEmpty ? nil : roots)
        var listed: [String: ModuleList.Module] = [:]
        for m in list.modules where !m.main { listed[m.path] = m }
        for path in Set(mvs.keys).union(listed.keys).sorted() {
            let fromGraph = mvs[path]
            let fromList = listed[path]
            guard fromGraph != fromList?.version else { continue }
            let message: String
            switch (fromGraph, fromList) {
            case (let g?, let l?):
                message = "\(path): minimal version selection over \(graphFile) selects \(g), \(list.file) says \(l.version)"
            case (let g?, nil):
                message = "\(path): \(graphFile) selects \(g), \(list.file) does not list the module"
            case (nil, let l?):
                message = "\(path): \(list.file) lists \(l.version), \(graphFile) does not reach the module"
            case (nil, nil):
                continue
            }
            out.append(Finding(
                id: id, severity: .warning, module: path, message: message,
                location: fromList.map { SourceLocation(file: list.file, line: $0.line > 0 ? $0.line : nil) },
                hint: hint))
        }
        return out
    }

    static let hint = "capture go mod graph and go list -m -json all again from the same commit"
}
