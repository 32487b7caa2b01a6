import Foundation

/// Renders DOT text to SVG through Graphviz, linked in-process.
///
/// Safe to use from any task: Graphviz itself is not thread-safe, so every render
/// takes one process-wide lock, and concurrent renders run one after another.
public struct SVGRenderer: Sendable {
    public var options: RenderOptions

    public init(options: RenderOptions = RenderOptions()) {
        self.options = options
    }

    /// Lays out `dot` and renders it as an SVG document.
    /// - Returns: the SVG bytes (UTF-8 XML).
    /// - Throws: `RenderError`, carrying Graphviz's own message. Graphviz prints nothing.
    public func render(dot: String) throws(RenderError) -> Data {
        try Graphviz.renderSVG(dot: dot, options: options)
    }

    /// The layout engines the installed Graphviz plugins provide, sorted by name.
    public static func availableEngines() throws(RenderError) -> [LayoutEngine] {
        try Graphviz.availableEngines().map { LayoutEngine($0) }
    }
}
