import Foundation

/// Writes a set of report files into `OUTPUT/NAME/` all at once, replacing only a report
/// folder modgraph wrote.
///
/// The files are written into a hidden sibling folder (`.NAME.partial-PID`) first and swapped
/// into place, so a run that fails half-way never leaves a partial report that looks complete.
/// Every report folder holds a manifest (`.modgraph-report.json`) listing its files; an existing
/// `OUTPUT/NAME` is replaced only when it holds nothing but what its manifest lists, or (folders
/// from modgraph versions before the manifest) nothing but files with report names, or nothing.
/// Anything else, and any `OUTPUT/NAME` that is, contains or lies inside an input, is refused
/// before anything is written.
public enum ReportFolder {
    /// The manifest that marks a folder as a modgraph report.
    static let manifestName = ".modgraph-report.json"

    /// The file names modgraph writes into report folders (analyze's and diff's).
    static let reportFileNames: Set<String> = [
        "graph.dot", "graph.svg", "report.md", "report.json", "report.html",
        "diff.md", "diff.json", "diff.dot", "diff.svg",
    ]

    /// The report folder name for an analyzed path: its last component (`.` resolved).
    public static func defaultName(for path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var name = url.lastPathComponent
        if name.isEmpty || name == "/" { name = "root" }
        return name
    }

    /// A report file's bytes handed over in chunks: the producer calls its argument with each.
    public typealias Producer = (_ write: ([UInt8]) throws -> Void) throws -> Void

    /// What `write` did.
    public struct Written: Sendable, Equatable {
        /// The folder's path, as `output/name`.
        public var path: String
        /// Staging folders of earlier runs that did not finish, removed (as `output/.NAME.partial-PID`).
        public var removedLeftovers: [String]
    }

    /// Writes `files` (name → bytes) as the whole content of `output/name`.
    ///
    /// - Parameters:
    ///   - streams: files written chunk by chunk by a producer (a big report.json never sits
    ///     whole in memory).
    ///   - inputs: what the run read; the folder may not be, contain or lie inside it.
    /// - Throws: `OutputError` when the folder is refused (nothing is touched) or cannot be written.
    public static func write(
        _ files: [String: Data], streams: [String: Producer] = [:], to output: String, name: String,
        protecting inputs: ProtectedInputs
    ) throws(OutputError) -> Written {
        try check(output: output, name: name, protecting: inputs)
        let shown = OutputPath.join(output, name)
        try OutputPath.makeFolders(output, shown: output)
        let removed = removeLeftovers(in: output)

        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = OutputPath.join(output, ".\(name).partial-\(pid)")
        if OutputPath.kind(staging) != .missing { OutputPath.remove(staging) }
        try OutputPath.makeFolders(staging, shown: staging)
        do throws(OutputError) {
            for file in files.keys.sorted() {
                try OutputPath.writeNew(files[file]!, to: OutputPath.join(staging, file), shown: OutputPath.join(shown, file))
            }
            for file in streams.keys.sorted() {
                try OutputPath.writeNew(
                    streaming: streams[file]!, to: OutputPath.join(staging, file), shown: OutputPath.join(shown, file))
            }
            try OutputPath.writeNew(manifest(Array(files.keys) + streams.keys), to: OutputPath.join(staging, manifestName), shown: OutputPath.join(shown, manifestName))
            let old = OutputPath.join(output, ".\(name).old-\(pid)")
            let replacing = OutputPath.kind(shown) != .missing
            if replacing { try OutputPath.move(shown, to: old, shown: shown) }
            try OutputPath.move(staging, to: shown, shown: shown)
            if replacing { OutputPath.remove(old) }
        } catch {
            OutputPath.remove(staging)
            throw error
        }
        return Written(path: shown, removedLeftovers: removed)
    }

    /// Throws when `output/name` may not be written (before any work is done; `write` checks again).
    public static func check(output: String, name: String, protecting inputs: ProtectedInputs) throws(OutputError) {
        let shown = OutputPath.join(output, name)
        try inputs.checkReportFolder(OutputPath.resolve(shown), shown: shown)
        try checkReplaceable(shown)
    }

    // MARK: Ownership

    /// Throws unless `path` is absent or a folder modgraph may replace.
    static func checkReplaceable(_ path: String) throws(OutputError) {
        let advice = "choose another --output or --name, or remove it yourself"
        switch OutputPath.kind(path) {
        case .missing: return
        case .symlink:
            throw OutputError.refused(path, "it is a symbolic link, not a report folder modgraph wrote", advice)
        case .file, .other:
            throw OutputError.refused(path, "it is a file, not a report folder modgraph wrote", advice)
        case .folder:
            if let stranger = foreignEntry(in: path) {
                throw OutputError.refused(path, "it is not a report folder modgraph wrote (it holds \(stranger))", advice)
            }
        }
    }

    /// The first entry of `folder` that modgraph did not write, or nil when the folder is
    /// modgraph's: everything in it is a regular file named by its manifest, or (no manifest)
    /// a regular file with a report name. An empty folder is modgraph's to fill.
    static func foreignEntry(in folder: String) -> String? {
        guard let names = OutputPath.entries(folder) else { return "entries it cannot list" }
        var allowed = reportFileNames
        if names.contains(manifestName) {
            guard let listed = manifestFiles(OutputPath.join(folder, manifestName)) else { return "a manifest modgraph cannot read" }
            allowed = listed.union([manifestName])
        }
        for name in names.sorted() {
            guard allowed.contains(name) else { return name }
            guard OutputPath.kind(OutputPath.join(folder, name)) == .file else { return "\(name), which is not a regular file" }
        }
        return nil
    }

    /// The manifest's content.
    struct Manifest: Codable {
        var files: [String]
        var generator = "modgraph"
        var note = "A report folder written by modgraph: a later run with the same --output and --name replaces it, as long as it holds only these files."
    }

    /// The manifest: which files the folder holds, sorted, so it diffs cleanly.
    static func manifest<S: Sequence<String>>(_ files: S) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(Manifest(files: files.sorted()))) ?? Data()
        data.append(0x0A)
        return data
    }

    /// The file names a manifest lists; nil when it is not a modgraph manifest.
    static func manifestFiles(_ path: String) -> Set<String>? {
        guard OutputPath.kind(path) == .file,
            let data = FileManager.default.contents(atPath: path), data.count < 1 << 20,
            let manifest = try? JSONDecoder().decode(Manifest.self, from: data), manifest.generator == "modgraph"
        else { return nil }
        let names = Set(manifest.files)
        // Names only: a manifest cannot reach outside its folder.
        guard names.allSatisfy({ !$0.isEmpty && !$0.contains("/") && $0 != "." && $0 != ".." }) else { return nil }
        return names
    }
}
