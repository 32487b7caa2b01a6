#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// File-system steps of the output code, done with system calls so a failure carries its
/// exact reason (`OutputError.reason`) and the path as the user wrote it.
enum OutputPath {
    /// What is at a path, without following a final symbolic link.
    enum Kind: Equatable {
        case missing, file, folder, symlink, other
    }

    static func kind(_ path: String) -> Kind {
        var st = stat()
        guard lstat(path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// The absolute form of `path`: symbolic links resolved in the part that exists, `.` and
    /// `..` folded (after resolving, as the system does), relative paths taken from `cwd`.
    static func resolve(_ path: String, cwd: String = FileManager.default.currentDirectoryPath) -> String {
        let absolute = path.hasPrefix("/") ? path : cwd + "/" + path
        var current = "/"
        var resolving = true
        for part in absolute.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                current = parent(current)
                continue
            }
            let candidate = current == "/" ? "/" + part : current + "/" + part
            if resolving, let real = realPath(candidate) {
                current = real
            } else {
                // Nothing exists below here: the rest is plain names.
                if kind(candidate) == .missing { resolving = false }
                current = candidate
            }
        }
        return current
    }

    /// The folder holding `path` (an absolute, clean path); "/" for "/".
    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), path != "/" else { return "/" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Whether `path` is `folder` or lies inside it (both absolute and clean).
    static func isSameOrInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// `path` joined to `name`, without doubling a slash (how messages show report folders).
    static func join(_ path: String, _ name: String) -> String {
        path.hasSuffix("/") ? path + name : path + "/" + name
    }

    // MARK: Writing

    /// Creates `path` and its missing parents (`mkdir -p`).
    static func makeFolders(_ path: String, shown: String) throws(OutputError) {
        switch kind(path) {
        case .folder: return
        case .file, .other:
            throw OutputError("cannot create the folder \(shown): \(path) is a file, not a folder")
        case .symlink:
            var st = stat()
            if stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFDIR { return }
            throw OutputError("cannot create the folder \(shown): \(path) is a symbolic link to something that is not a folder")
        case .missing:
            // `mkdir -p`, one component at a time, naming the one that failed.
            var prefix = path.hasPrefix("/") ? "/" : ""
            for part in path.split(separator: "/", omittingEmptySubsequences: true) {
                prefix = prefix.isEmpty || prefix == "/" ? prefix + part : prefix + "/" + part
                switch kind(prefix) {
                case .folder: continue
                case .symlink:
                    var st = stat()
                    if stat(prefix, &st) == 0, st.st_mode & S_IFMT == S_IFDIR { continue }
                    throw OutputError("cannot create the folder \(shown): \(prefix) is a symbolic link to something that is not a folder")
                case .file, .other:
                    throw OutputError("cannot create the folder \(shown): \(prefix) is a file, not a folder")
                case .missing:
                    if mkdir(prefix, 0o777) != 0 && errno != EEXIST {
                        throw OutputError.failed("create the folder", prefix, code: errno)
                    }
                }
            }
        }
    }

    /// Writes `data` into a new file at `path` (which must not exist).
    static func writeNew(_ data: Data, to path: String, shown: String) throws(OutputError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if fd < 0 { throw OutputError.failed("write", shown, code: errno) }
        var failure: Int32 = 0
        data.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                done += n
            }
        }
        if failure == 0 && close(fd) != 0 { failure = errno } else if failure != 0 { close(fd) }
        if failure != 0 {
            unlink(path)
            throw OutputError.failed("write", shown, code: failure)
        }
    }

    /// Renames `from` to `to` (replacing a file at `to`).
    static func move(_ from: String, to: String, shown: String) throws(OutputError) {
        if rename(from, to) != 0 { throw OutputError.failed("write", shown, code: errno) }
    }

    /// Removes a file or a folder and everything in it; false when something stayed.
    @discardableResult
    static func remove(_ path: String) -> Bool {
        (try? FileManager.default.removeItem(atPath: path)) != nil
    }

    /// The names in a folder (hidden ones included), or nil when it cannot be listed.
    static func entries(_ folder: String) -> [String]? {
        try? FileManager.default.contentsOfDirectory(atPath: folder)
    }
}
