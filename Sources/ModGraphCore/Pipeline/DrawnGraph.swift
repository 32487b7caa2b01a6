import Foundation

/// What the drawing step made of a `DrawableGraph`.
public struct DrawnGraph: Sendable {
    /// The SVG; nil when it was skipped.
    var svg: Data?
    /// The module limit of the smaller graph the SVG shows; nil when it shows the graph asked for.
    var fewerModules: Int?
    /// How the SVG was drawn when not as asked, or why there is none.
    var note: String?

    public init(svg: Data?, fewerModules: Int? = nil, note: String? = nil) {
        self.svg = svg
        self.fewerModules = fewerModules
        self.note = note
    }
}
