extension ModuleLoad {
    /// Refuses a second main module in a capture, unless it comes from a workspace.
    ///
    /// The go command prints several main modules (bare paths in `go mod graph`, `"Main": true`
    /// in `go list -m -json`) only in workspace mode. Without a go.work beside the captures,
    /// a second one means a damaged file, such as a last line cut short
    /// (`example.com/hello example.com/gr`). Output the go command printed in this run is trusted.
    static func checkSingleMainModule(
        inputs: InputSet, goWork: GoWorkFile?, graphText: ModGraphText?, list: ModuleList?
    ) throws(ParseError) {
        guard goWork == nil else { return }
        if let list, inputs.origins[.list] != .goCommand {
            let mains = list.modules.filter(\.main)
            if mains.count > 1 {
                let first = mains[0], second = mains[1]
                throw ParseError(
                    file: list.file, line: second.line, column: second.column,
                    message: "object \(second.object): a second main module \(InputText.quoted(second.path)) "
                        + "(the first is \(InputText.quoted(first.path)), object \(first.object) at line \(first.line)); "
                        + "go list prints more than one only in a workspace (go.work)")
            }
        }
        if let graphText, let text = inputs[.graph], inputs.origins[.graph] != .goCommand, graphText.mainNodes.count > 1 {
            throw secondMainNode(graphText, text)
        }
    }

    /// The error for the second bare-path node of a graph, at its first appearance.
    private static func secondMainNode(_ graph: ModGraphText, _ text: InputText) -> ParseError {
        let first = graph.nodes[Int(graph.mainNodes[0])].path
        let second = graph.mainNodes[1]
        let path = graph.nodes[Int(second)].path
        let edge = (graph.edges + graph.toolchainEdges).filter { $0.from == second || $0.to == second }
            .min { $0.line < $1.line }
        let lineNumber = edge?.line ?? 0
        var column = 0
        var lastLine = false
        if let edge, let line = text.lines.first(where: { $0.number == edge.line }) {
            // The node's field: FROM, or TO when FROM is another node.
            let fields = text.string(line).split(whereSeparator: { $0 == " " || $0 == "\t" })
            let index = edge.from == second ? 0 : min(1, fields.count - 1)
            if let field = fields.dropFirst(index).first {
                let lineText = text.string(line)
                column = lineText[..<field.startIndex].count + 1
            }
            lastLine = line.range.upperBound == text.bytes.count
        }
        let cut = lastLine ? "the last line ends without a newline and looks cut short: " : ""
        return ParseError(
            file: text.file, line: lineNumber, column: column,
            message: "\(cut)expected path@version, found \(InputText.quoted(path)), a second main module "
                + "(a path without @version; the first is \(InputText.quoted(first))); "
                + "go mod graph prints more than one only in a workspace (go.work)")
    }
}
