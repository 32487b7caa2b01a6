/// Files and directories by absolute path, as the go command would find them on disk.
///
/// A path that is not listed does not exist, unless a listed path lies beneath it: then it is
/// a directory. Below a listed file nothing exists, and opening such a path fails with
/// "not a directory", as on disk.
struct VendorCheckFiles: Sendable {
    /// One file system entry.
    enum Entry: Sendable, Hashable {
        /// A regular file and its bytes.
        case file([UInt8])
        case directory
        /// A file that exists but cannot be read; the reason as the system gives it.
        case unreadable(String)
    }

    /// The entries by absolute, clean path.
    private(set) var entries: [String: Entry] = [:]

    init(_ entries: [String: Entry] = [:]) {
        for (path, entry) in entries { self[path] = entry }
    }

    /// The entry at `path` (absolute), as listed; nil if not listed.
    subscript(path: String) -> Entry? {
        get { entries[GoFilePath.clean(path)] }
        set { entries[GoFilePath.clean(path)] = newValue }
    }

    /// Adds a text file.
    mutating func addFile(_ path: String, text: String) {
        self[path] = .file(Array(text.utf8))
    }

    /// What `stat` says about a path.
    enum Status: Equatable {
        case file, directory, missing, notDirectory
        case unreadable(String)
    }

    func status(_ path: String) -> Status {
        let p = GoFilePath.clean(path)
        switch entries[p] {
        case .file?: return .file
        case .directory?: return .directory
        case .unreadable(let reason)?: return .unreadable(reason)
        case nil: break
        }
        var parent = GoFilePath.dir(p)
        while parent != p && parent != "/" && parent != "." {
            if case .file? = entries[parent] { return .notDirectory }
            let next = GoFilePath.dir(parent)
            if next == parent { break }
            parent = next
        }
        let prefix = p == "/" ? "/" : p + "/"
        if entries.keys.contains(where: { $0.hasPrefix(prefix) }) { return .directory }
        return .missing
    }

    func isDirectory(_ path: String) -> Bool { status(path) == .directory }

    func isFile(_ path: String) -> Bool {
        switch status(path) {
        case .file, .unreadable: return true
        default: return false
        }
    }

    /// The first `name` that is a file, walking up from `dir` (the go command's `findModuleRoot`
    /// and `findWorkspaceFile`); with `stopAt` (GOROOT, for go.work), the walk does not enter it.
    func findUp(_ name: String, from dir: String, stopAt: String? = nil) -> String? {
        var d = GoFilePath.clean(dir)
        while true {
            let candidate = GoFilePath.join(d, name)
            if isFile(candidate) { return candidate }
            let parent = GoFilePath.dir(d)
            if parent == d { return nil }
            if let stopAt, parent == stopAt { return nil }
            d = parent
        }
    }

    /// The bytes of a file, or the error text the go command prints after `open NAME: ` / `read NAME: `.
    func read(_ path: String, name: String) -> Result<[UInt8], ReadFailure> {
        let p = GoFilePath.clean(path)
        switch status(p) {
        case .file:
            if case .file(let bytes)? = entries[p] { return .success(bytes) }
            return .failure(ReadFailure(text: "open \(name): no such file or directory", notExist: true))
        case .directory: return .failure(ReadFailure(text: "read \(name): is a directory", notExist: false))
        case .missing: return .failure(ReadFailure(text: "open \(name): no such file or directory", notExist: true))
        case .notDirectory: return .failure(ReadFailure(text: "open \(name): not a directory", notExist: false))
        case .unreadable(let reason): return .failure(ReadFailure(text: "open \(name): \(reason)", notExist: false))
        }
    }

    struct ReadFailure: Error {
        var text: String
        /// `errors.Is(err, fs.ErrNotExist)`.
        var notExist: Bool
    }
}
