import Foundation
import ModGraphCore

extension GitRevision {
    /// One side of `diff --git`: the inputs copied out of git at a revision.
    public struct Side {
        /// The capture files found at the revision, read (named `REV:PREFIXfile`).
        public var inputs: InputSet
        /// The temporary folder they were written into; it exists only while the side is loaded.
        public var folder: URL
        /// The module root as messages name it: `REV:path/in/repo` (or `REV:.`).
        public var shownRoot: String
        /// The side's label: the revision, or "merge base of A and B".
        public var label: String
    }

    /// Both sides of `range` in the repository holding `directory`, each copied out of git into
    /// a temporary folder (the work tree and the index are never touched) and handed to `load`
    /// while that folder exists; the folder is removed afterwards.
    ///
    /// - Parameters:
    ///   - sizeLimit: the largest input file read, in bytes.
    ///   - goVersion: the go version whose syntax the inputs are read with.
    ///   - progress: a line for stderr before each side is read.
    /// - Returns: the base's and the head's `load` results.
    /// - Throws: `GitRevision.Failure` (no git, an unknown revision, no module at a revision),
    ///   `ParseError` for an input over its limits, and what `load` throws.
    public static func sides<T>(
        of range: Range, in directory: URL, sizeLimit: Int, goVersion: String,
        progress: (String) -> Void, load: (Side) throws -> T
    ) throws -> (base: T, head: T) {
        guard let executable = findGit() else {
            throw Failure("--git needs git on PATH (or MODGRAPH_GIT)")
        }
        let repo = GitRevision(executable: executable, directory: directory)
        let prefix = try repo.prefix()
        let headCommit = try repo.commit(range.head)
        var baseCommit = try repo.commit(range.base)
        var baseLabel = range.base
        if range.fromMergeBase {
            baseCommit = try repo.mergeBase(baseCommit, headCommit)
            baseLabel = "merge base of \(range.base) and \(range.head)"
        }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("modgraph-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var loaded: [T] = []
        for (side, commit, label, rev) in [
            ("base", baseCommit, baseLabel, range.base), ("head", headCommit, range.head, range.head),
        ] {
            progress("reading \(side) \(label) (\(commit.prefix(12))) from git...")
            let folder = scratch.appendingPathComponent(side)
            let written = try repo.materialize(commit: commit, into: folder)
            let shownRoot = "\(rev):" + (prefix.isEmpty ? "." : String(prefix.dropLast()))
            guard ["go.mod", "go.work", "graph.txt", "list.json"].contains(where: written.contains) else {
                throw Failure("\(shownRoot): no go.mod, go.work, graph.txt or list.json at \(label)")
            }
            var inputs = InputSet(root: shownRoot, vendorDirectory: written.contains("vendor/modules.txt"), sizeLimit: sizeLimit)
            inputs.directory = folder.path
            inputs.goVersion = goVersion
            for kind in InputSet.Kind.allCases where written.contains(kind.rawValue) {
                let text = try InputText.read(
                    path: folder.appendingPathComponent(kind.rawValue).path,
                    file: "\(rev):\(prefix)\(kind.rawValue)", sizeLimit: sizeLimit, lineLimit: kind.lineLimit)
                inputs.provide(kind, text, origin: .file)
            }
            loaded.append(try load(Side(inputs: inputs, folder: folder, shownRoot: shownRoot, label: label)))
        }
        return (loaded[0], loaded[1])
    }
}
