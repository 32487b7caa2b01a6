import Foundation

/// The files of one report folder, in the order they are made: small ones as bytes, big ones
/// (report.json, report.sarif) as producers that write them piece by piece when the folder is
/// written, so they never sit whole in memory.
public struct ReportSet {
    /// One file's content.
    enum Content {
        case bytes(Data)
        /// Written chunk by chunk when asked (`ReportFolder.Producer`).
        case stream(ReportFolder.Producer)
    }

    /// The files, name and content, in the order they were added.
    private(set) var files: [(name: String, content: Content)] = []

    init() {}

    /// Adds (or replaces, keeping its place) the file `name`.
    mutating func add(_ name: String, _ content: Content) {
        if let i = files.firstIndex(where: { $0.name == name }) {
            files[i].content = content
        } else {
            files.append((name, content))
        }
    }

    /// The bytes of `name`, when it is held in memory.
    public subscript(name: String) -> Data? {
        guard let file = files.first(where: { $0.name == name }), case .bytes(let data) = file.content else { return nil }
        return data
    }

    /// Every file name, sorted.
    public var names: [String] { files.map(\.name).sorted() }

    /// The files held in memory, for `ReportFolder.write`.
    public var bytes: [String: Data] {
        var out: [String: Data] = [:]
        for case (let name, .bytes(let data)) in files { out[name] = data }
        return out
    }

    /// The streamed files, for `ReportFolder.write`.
    public var streams: [String: ReportFolder.Producer] {
        var out: [String: ReportFolder.Producer] = [:]
        for case (let name, .stream(let producer)) in files { out[name] = producer }
        return out
    }

    /// Produces every file without keeping it, as writing the folder would (streamed files
    /// into a sink that only counts), calling `produced` after each streamed file: for `bench`.
    /// - Returns: the bytes produced in all.
    func drain(_ produced: (String) -> Void = { _ in }) throws -> Int {
        var total = 0
        for (name, content) in files {
            switch content {
            case .bytes(let data): total += data.count
            case .stream(let producer):
                try producer { total += $0.count }
                produced(name)
            }
        }
        return total
    }
}
