import Foundation

/// The synthetic graph generators `bench --synthetic` chooses from.
public enum SyntheticShape: String, Sendable, CaseIterable {
    /// The corpus' shape (`LayeredSyntheticGraph`).
    case layered
    /// The older chain-like graphs the layout calibration was measured on (`SyntheticGraph`).
    case chain

    /// `go mod graph` text of `modules` modules (`requirementsPerVersion` for `chain` only).
    public func graphText(modules: Int, requirementsPerVersion: Int) -> [UInt8] {
        switch self {
        case .layered: LayeredSyntheticGraph(modules: modules).graphText()
        case .chain: SyntheticGraph(modules: modules, requirementsPerVersion: requirementsPerVersion).graphText()
        }
    }

    /// The inputs of a folder `root` holding only `text` as graph.txt.
    /// - Throws: `ParseError` when the text is over the input limits.
    public static func inputs(_ text: [UInt8], root: String) throws(ParseError) -> InputSet {
        var inputs = InputSet(root: root)
        inputs.provide(.graph, try InputText(bytes: text, file: "\(root)/graph.txt"), origin: .file)
        return inputs
    }

    /// Writes `text` as `directory/synthetic-N/graph.txt` (N = `modules`), for `modgraph analyze`.
    /// - Returns: the folder written.
    @discardableResult
    public static func save(_ text: [UInt8], modules: Int, in directory: URL) throws -> URL {
        let folder = directory.appendingPathComponent("synthetic-\(modules)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text).write(to: folder.appendingPathComponent("graph.txt"))
        return folder
    }
}
