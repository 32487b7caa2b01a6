import Foundation

extension ReportPipeline {
    /// What `diff` reports, besides the diff.
    public struct DiffOptions: Sendable {
        /// The longest diff.md, in characters.
        var markdownLimit: Int
        /// A Mermaid flowchart in diff.md.
        var mermaid: Bool

        public init(markdownLimit: Int = DiffMarkdownReport.defaultLimit, mermaid: Bool = true) {
            self.markdownLimit = markdownLimit
            self.mermaid = mermaid
        }
    }

    /// Turns `diff` into diff's report set: diff.md, diff.json, diff.dot and diff.svg (when drawn).
    /// - Parameter draw: the drawing step; nil draws no SVG (`--no-svg`).
    /// - Throws: what `draw` throws.
    public func reports(of diff: AnalysisDiff, options: DiffOptions, draw: Draw?) throws -> ReportSet {
        began(.reports)
        let markdown = DiffMarkdownReport.render(diff, limit: options.markdownLimit, mermaid: options.mermaid)
        let json = DiffJSONReport.render(diff)
        let view = DiffGraphViewBuilder.view(of: diff)
        let dot = DiffDOTWriter().write(view)
        var files = ReportSet()
        files.add("diff.md", .bytes(Data(markdown.utf8)))
        files.add("diff.json", .bytes(json))
        files.add("diff.dot", .bytes(Data(dot.utf8)))
        finished("reports")
        guard let draw else { return files }
        began(.layout)
        let graph = DrawableGraph(
            dot: dot, nodes: view.nodes.count, modules: view.nodes.filter { $0.change != .main }.count)
        // A smaller picture of a change would hide what changed: diff.svg is drawn whole or not at all.
        if let svg = try draw(graph, { _ in graph }).svg { files.add("diff.svg", .bytes(svg)) }
        finished("draw")
        return files
    }
}
