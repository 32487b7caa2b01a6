import Foundation

/// `deprecated` and `retracted`: what the module's author says about the selected version,
/// as list.json records it when captured with `go list -m -u -json all` (or `-retracted`).
enum LifecycleCheck {
    static let deprecatedID = "deprecated"
    static let retractedID = "retracted"

    @Sendable static func run(_ context: ModuleLoad) -> [Finding] {
        var updates: [String: String] = [:]
        for m in context.list?.modules ?? [] {
            if let u = m.update, !u.version.isEmpty { updates[m.path] = u.version }
        }
        var out: [Finding] = []
        for m in context.buildList.modules {
            if let text = m.deprecated {
                out.append(Finding(
                    id: deprecatedID, severity: .warning, module: m.path,
                    message: "\(m.path) is deprecated: \(oneLine(text))",
                    location: context.requireLocation(m.path),
                    hint: "move to what the deprecation notice suggests, then drop \(m.path)"))
            }
            if !m.retracted.isEmpty {
                let why = m.retracted.map(oneLine).filter { !$0.isEmpty }
                let target = updates[m.path].map { "@\($0)" } ?? "@latest"
                out.append(Finding(
                    id: retractedID, severity: .warning, module: m.path,
                    message: "\(m.path) \(m.version) is retracted by its author"
                        + (why.isEmpty ? "" : ": \(why.joined(separator: "; "))"),
                    location: context.requireLocation(m.path),
                    hint: "upgrade: `go get \(m.path)\(target)`"))
            }
        }
        return out
    }

    /// Multi-line text on one line.
    static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }
}
