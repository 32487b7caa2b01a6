import ModGraphRender

/// `bench --renders N`: renders one graph N times and says how much resident memory each half
/// added. Every Graphviz allocation must be freed, so a clean run adds next to nothing, and a
/// leak grows both halves. Run in its own process, no other work disturbs the figure.
struct RenderLeakCheck {
    /// Renders in all, an even number.
    var renders: Int
    /// Modules in the graph rendered.
    var modules = 300

    /// Runs the check.
    /// - Returns: the line that says the growth of each half.
    func run() throws -> String {
        let dot = "digraph { node [shape=box] " + (1..<modules).map { i in
            "\"example.com/module\((i - 1) / 2)@v1.\((i - 1) / 2).0\" -> \"example.com/module\(i)@v1.\(i).0\""
        }.joined(separator: "; ") + " }"
        let renderer = SVGRenderer()
        for _ in 0..<10 { _ = try renderer.render(dot: dot) }  // warm up caches and malloc arenas
        var samples = [MemoryUse.trimmedResidentBytes()]
        for _ in 0..<2 {
            for i in 0..<(renders / 2) {
                _ = try renderer.render(dot: dot)
                if i % 25 == 0 { _ = try? renderer.render(dot: "digraph { x -> }") }  // the error path too
            }
            samples.append(MemoryUse.trimmedResidentBytes())
        }
        return "render leak check: RSS growth per \(renders / 2) renders of a \(modules)-node graph: "
            + "\((samples[1] - samples[0]) / 1024) KiB, \((samples[2] - samples[1]) / 1024) KiB\n"
    }
}
