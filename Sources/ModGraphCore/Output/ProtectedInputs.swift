import Foundation

/// What a run reads, so its outputs can never replace it.
///
/// A report folder (`OUTPUT/NAME`) may not be, contain or lie inside an input; a new report
/// folder inside an analyzed folder is allowed (the CI recipe writes `modgraph-report/` in the
/// checkout), but not one that is or holds the analyzed folder, its `vendor/`, its `.git/` or
/// one of the files modgraph reads there. An output file may not be an input file, lie in
/// `vendor/`, `.git/` or a module cache, or be named like one of the go command's own files
/// (go.mod, go.sum, go.work, go.work.sum, any `.mod` or `.sum` file): modgraph never writes those.
public struct ProtectedInputs: Sendable {
    /// One protected path.
    struct Entry: Sendable {
        /// Absolute, symbolic links resolved.
        var resolved: String
        /// How messages name it.
        var shown: String
        /// Whether outputs inside it are refused too (false: only it and what contains it).
        var wholeTree: Bool
        /// What it is, for messages: "the analyzed folder", "the input", "the module cache".
        var role: String
    }

    private(set) var entries: [Entry] = []
    private let cwd: String

    /// The files an analyzed folder holds that modgraph (or the go command it runs) reads.
    static let folderInputs = ["go.mod", "go.sum", "go.work", "go.work.sum", "graph.txt", "list.json", "vendor", ".git"]

    public init(cwd: String = FileManager.default.currentDirectoryPath) {
        self.cwd = cwd
    }

    /// An analyzed folder: it and what it holds that is read (`vendor/`, go.mod, graph.txt, ...).
    public mutating func folder(_ path: String) {
        let resolved = OutputPath.resolve(path, cwd: cwd)
        entries.append(Entry(resolved: resolved, shown: path, wholeTree: false, role: "the analyzed folder"))
        for name in Self.folderInputs {
            entries.append(Entry(
                resolved: resolved == "/" ? "/" + name : resolved + "/" + name,
                shown: OutputPath.join(path, name), wholeTree: true, role: "the input"))
        }
    }

    /// An analyzed module folder and the folders above it, where the go command (and modgraph's
    /// loader) look for go.work, go.mod and vendor/: their go.mod, go.sum, go.work, go.work.sum,
    /// vendor/ and .git/ are inputs too.
    public mutating func module(_ path: String) {
        folder(path)
        var above = OutputPath.resolve(path, cwd: cwd)
        while above != "/" {
            above = OutputPath.parent(above)
            for name in Self.folderInputs where name != "graph.txt" && name != "list.json" {
                entries.append(Entry(resolved: above == "/" ? "/" + name : above + "/" + name, shown: above == "/" ? "/" + name : above + "/" + name, wholeTree: true, role: "the input"))
            }
        }
    }

    /// An input file (`-`, standard input, is skipped); nil is allowed for unset options.
    public mutating func file(_ path: String?) {
        guard let path, path != "-", !path.isEmpty else { return }
        entries.append(Entry(resolved: OutputPath.resolve(path, cwd: cwd), shown: path, wholeTree: true, role: "the input"))
    }

    /// A folder read as a whole (a module cache): nothing may be written in it.
    public mutating func tree(_ path: String?, role: String = "the module cache") {
        guard let path, !path.isEmpty else { return }
        entries.append(Entry(resolved: OutputPath.resolve(path, cwd: cwd), shown: path, wholeTree: true, role: role))
    }

    /// Throws when the report folder `target` (absolute, resolved; shown as `shown`) is,
    /// contains or lies inside an input.
    func checkReportFolder(_ target: String, shown: String) throws(OutputError) {
        if let why = conflict(target) { throw OutputError.refused(shown, why, Self.folderAdvice) }
    }

    /// Throws when the output file `target` (absolute, resolved; shown as `shown`) is an input,
    /// lies in one, or is named like one of the go command's files.
    func checkFile(_ target: String, shown: String) throws(OutputError) {
        let name = target.split(separator: "/").last.map(String.init) ?? ""
        if ["go.work"].contains(name) || name.hasSuffix(".mod") || name.hasSuffix(".sum") {
            throw OutputError.refused(
                shown, "modgraph never writes a file named like the go command's own (\(name))", Self.fileAdvice)
        }
        if let why = conflict(target) { throw OutputError.refused(shown, why, Self.fileAdvice) }
    }

    /// Why `target` may not be written, or nil.
    private func conflict(_ target: String) -> String? {
        for e in entries {
            if target == e.resolved { return "it is \(e.role) \(e.shown)" }
            if OutputPath.isSameOrInside(e.resolved, target) { return "it contains \(e.role) \(e.shown)" }
            if e.wholeTree && OutputPath.isSameOrInside(target, e.resolved) { return "it lies inside \(e.role) \(e.shown)" }
        }
        return nil
    }

    static let folderAdvice = "choose another --output or --name"
    static let fileAdvice = "choose another --output file"
}
