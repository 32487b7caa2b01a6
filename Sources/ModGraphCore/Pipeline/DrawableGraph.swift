/// A graph handed to the drawing step: its DOT text and its size.
public struct DrawableGraph: Sendable {
    public var dot: String
    /// Every node drawn.
    public var nodes: Int
    /// The modules drawn, the main module aside.
    public var modules: Int

    init(dot: String, nodes: Int, modules: Int) {
        self.dot = dot
        self.nodes = nodes
        self.modules = modules
    }

    init(_ dot: String, _ view: GraphView) {
        self.init(dot: dot, nodes: view.nodes.count, modules: view.nodes.filter { $0.role != .main }.count)
    }
}
