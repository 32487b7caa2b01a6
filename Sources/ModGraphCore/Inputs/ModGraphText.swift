/// The output of `go mod graph`, parsed: interned nodes and requirement edges.
///
/// Each line `FROM TO` is one edge. A node is `path@version`, or a bare `path` for a main
/// (or workspace) module. `go@V` and `toolchain@V` are toolchain requirements, not modules:
/// they are nodes (so their edges can be reported) but their edges are kept apart in
/// `toolchainEdges`, so statistics can leave them out.
///
/// Edges are distinct: a line that repeats an earlier edge is dropped and its line number
/// kept in `duplicateEdgeLines` (the go command never prints one). Blank lines, a trailing
/// `\r` and runs of spaces or tabs between the two fields are accepted; nothing else is.
struct ModGraphText: Sendable {
    /// A node's index in `nodes`.
    typealias NodeIndex = Int32

    /// A requirement `from → to`, from the 1-based input line `line`.
    struct Edge: Hashable, Sendable {
        var from: NodeIndex
        var to: NodeIndex
        var line: Int
    }

    /// The name of the input in messages.
    let file: String
    /// Every distinct node, in order of first appearance (toolchain nodes included).
    var nodes: [ModuleID]
    /// Distinct edges between module nodes, in input order.
    var edges: [Edge]
    /// Distinct edges with a `go@V` or `toolchain@V` end, in input order.
    var toolchainEdges: [Edge]
    /// Bare-path nodes (main and workspace modules), in order of first appearance.
    var mainNodes: [NodeIndex]
    /// Lines that repeated an earlier edge and were dropped.
    var duplicateEdgeLines: [Int]
    /// For each node, whether it is a `go@V` or `toolchain@V` requirement.
    var isToolchainNode: [Bool]
    /// The parser's hash table of node texts, kept for lookups.
    let lookup: ModGraphTextLookup

    /// The index of `module` in `nodes`, if it is a node.
    func index(of module: ModuleID) -> NodeIndex? { lookup.index(of: module.text) }

    /// The number of nodes that are modules (not `go@V` / `toolchain@V`).
    var moduleNodeCount: Int { isToolchainNode.reduce(0) { $1 ? $0 : $0 + 1 } }

    /// The number of lines that held an edge (distinct edges plus dropped repeats).
    var edgeLineCount: Int { edges.count + toolchainEdges.count + duplicateEdgeLines.count }

    /// The module pair of an edge.
    func modules(of edge: Edge) -> (from: ModuleID, to: ModuleID) {
        (nodes[Int(edge.from)], nodes[Int(edge.to)])
    }
}

extension ModGraphText {
    /// The longest node text (`path@version`), 4096 bytes. The go command sets no length limit
    /// on paths (`module.CheckPath` has none), but it keeps every module it reads in the module
    /// cache under `PATH/@v/VERSION`, and no file path on Linux is longer than PATH_MAX (4096).
    static let nodeLimit = 4096
    /// The longest line: two nodes and the blanks between them.
    static let lineLimit = 4 * nodeLimit
    /// The most nodes (module versions) a graph may have, 1,000,000: analyzing one takes memory
    /// in proportion (README "Limits"), and real graphs have a few thousand.
    static let nodeCountLimit = 1_000_000

    /// Parses `go mod graph` output.
    ///
    /// - Throws: `ParseError` naming the line and column of the first malformed line: not
    ///   exactly two fields, an invalid module path or version, or a bad `go@`/`toolchain@` version.
    static func parse(_ input: InputText) throws(ParseError) -> ModGraphText {
        var parser = ModGraphTextParser(input: input)
        return try parser.run()
    }

    /// Parses `go mod graph` output given as bytes (checked as UTF-8 text first).
    static func parse(bytes: [UInt8], file: String) throws(ParseError) -> ModGraphText {
        try parse(InputText(bytes: bytes, file: file))
    }

    /// Parses `go mod graph` output given as a string.
    static func parse(text: String, file: String) throws(ParseError) -> ModGraphText {
        try parse(InputText(text, file: file))
    }
}
