import Foundation
import ModGraphCore

/// Reads a module's files as they were at a git revision, without touching the work tree
/// or the index.
///
/// Only plumbing that reads the object database is run (`rev-parse`, `merge-base`,
/// `ls-tree`, `cat-file`), with `GIT_OPTIONAL_LOCKS=0` so git does not even refresh the
/// index. The files are written into a temporary capture folder of the caller's choosing.
public struct GitRevision: Sendable {
    /// The files a capture folder may hold, relative to the module root.
    public static let captureFiles = [
        "go.mod", "go.sum", "go.work", "vendor/modules.txt", "graph.txt", "list.json",
    ]

    public let executable: String
    /// The module root inside the work tree, as the user named it.
    public let directory: URL

    public init(executable: String, directory: URL) {
        self.executable = executable
        self.directory = directory
    }

    /// The git named by `$MODGRAPH_GIT`, else the first `git` on `$PATH`.
    public static func findGit(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let fm = FileManager.default
        if let explicit = environment["MODGRAPH_GIT"], !explicit.isEmpty {
            return fm.isExecutableFile(atPath: explicit) ? explicit : nil
        }
        for dir in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(dir)/git"
            if fm.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// A failure of git, with git's own message.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var message: String
        public init(_ message: String) { self.message = message }
        public var description: String { message }
    }

    /// A revision range: `A..B` compares A with B; `A...B` compares their merge base with B.
    /// An empty side means `HEAD`, as for git.
    public struct Range: Hashable, Sendable {
        public var base: String
        public var head: String
        public var fromMergeBase: Bool

        /// Parses `A..B` or `A...B`; nil for anything else.
        public init?(_ text: String) {
            let three = text.range(of: "...")
            guard let sep = three ?? text.range(of: "..") else { return nil }
            let a = String(text[..<sep.lowerBound])
            let b = String(text[sep.upperBound...])
            guard !b.contains("..") else { return nil }
            base = a.isEmpty ? "HEAD" : a
            head = b.isEmpty ? "HEAD" : b
            fromMergeBase = three != nil
        }
    }

    /// The commit a revision names, as a full object id.
    ///
    /// - Throws: `Failure` when the revision is not a commit of the repository, or looks like
    ///   an option.
    public func commit(_ revision: String) throws(Failure) -> String {
        guard !revision.isEmpty, !revision.hasPrefix("-"),
              !revision.contains(where: { $0.isNewline || $0 == "\0" }) else {
            throw Failure("not a revision: \(revision.debugDescription)")
        }
        let out = try git(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"])
        guard out.status == 0, let id = out.line else {
            throw Failure("\(revision.debugDescription) is not a commit in \(directory.path)")
        }
        return id
    }

    /// The merge base of two commits (for `A...B`).
    public func mergeBase(_ a: String, _ b: String) throws(Failure) -> String {
        let out = try git(["merge-base", a, b])
        guard out.status == 0, let id = out.line else {
            throw Failure("no merge base of \(a) and \(b): \(out.errorLine)")
        }
        return id
    }

    /// The module root's path inside the repository (`""` at the top, else ending in `/`).
    public func prefix() throws(Failure) -> String {
        let out = try git(["rev-parse", "--show-prefix"])
        guard out.status == 0 else { throw Failure("\(directory.path) is not in a git work tree: \(out.errorLine)") }
        return out.line ?? ""
    }

    /// Writes the capture files the module root had at `commit` into `folder` (created if
    /// needed), and returns the relative paths written, in `captureFiles` order.
    ///
    /// With a go.work, also the workspace's own files: go.work.sum, and the go.mod and go.sum
    /// of every `use`d module in the root's folder or below it (`GoWorkFile.directoriesBelow`),
    /// so that the revision loads as the workspace it was.
    /// Only regular files are read: a symbolic link or a submodule at one of those paths
    /// is left out.
    public func materialize(commit: String, into folder: URL) throws(Failure) -> [String] {
        let prefix = try prefix()
        var written = try write(Self.captureFiles, at: commit, prefix: prefix, into: folder)
        guard written.contains("go.work"),
            let work = try? GoWorkFile.parse(InputText.read(path: folder.appendingPathComponent("go.work").path, file: "go.work"))
        else { return written }
        var more = ["go.work.sum"]
        for dir in work.directoriesBelow where dir != "." {
            more += [dir + "/go.mod", dir + "/go.sum"]
        }
        written += try write(more, at: commit, prefix: prefix, into: folder)
        return written
    }

    /// Writes `files` (relative to the root, inside it) as they were at `commit`; returns those written.
    func write(_ files: [String], at commit: String, prefix: String, into folder: URL) throws(Failure) -> [String] {
        let fm = FileManager.default
        let listing = try git(["ls-tree", "-z", "--full-tree", commit, "--"] + files.map { prefix + $0 })
        guard listing.status == 0 else { throw Failure("git ls-tree \(commit): \(listing.errorLine)") }
        var blobs: [String: String] = [:]  // repository path -> object id
        for entry in listing.stdout.split(separator: 0) {
            // "<mode> SP <type> SP <object> TAB <path>"
            guard let tab = entry.firstIndex(of: 0x09) else { continue }
            let meta = String(decoding: entry[..<tab], as: UTF8.self).split(separator: " ")
            let path = String(decoding: entry[(tab + 1)...], as: UTF8.self)
            guard meta.count == 3, meta[1] == "blob", meta[0] == "100644" || meta[0] == "100755" else { continue }
            blobs[path] = String(meta[2])
        }
        var written: [String] = []
        for file in files {
            guard let object = blobs[prefix + file] else { continue }
            let blob = try git(["cat-file", "blob", object])
            guard blob.status == 0 else { throw Failure("git cat-file \(commit):\(prefix + file): \(blob.errorLine)") }
            let target = folder.appendingPathComponent(file)
            do {
                try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try blob.stdout.write(to: target)
            } catch {
                throw Failure("cannot write \(target.path): \(OutputError.reason(of: error))")
            }
            written.append(file)
        }
        return written
    }

    // MARK: Running git

    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: String

        /// The first line of stdout, if not empty.
        var line: String? {
            let text = String(decoding: stdout, as: UTF8.self)
            let first = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init)
            return first?.isEmpty == false ? first : nil
        }

        var errorLine: String {
            stderr.split(separator: "\n").first.map(String.init) ?? "exit status \(status)"
        }
    }

    /// Runs git in `directory`, never taking a lock or prompting.
    func git(_ args: [String]) throws(Failure) -> Output {
        let env = [
            "GIT_OPTIONAL_LOCKS": "0",  // no index refresh, no lock files
            "GIT_TERMINAL_PROMPT": "0",
            "LC_ALL": "C",
        ]
        do {
            let out = try ChildProcess.run(executable, ["--no-pager"] + args, in: directory, environment: env)
            return Output(status: out.status, stdout: out.stdout, stderr: out.stderr)
        } catch {
            throw Failure("could not run \(executable): \(error.localizedDescription)")
        }
    }
}
