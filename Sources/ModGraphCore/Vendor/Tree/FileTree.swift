#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading directories and files from disk for the vendor checks: raw system calls, so a
/// tree of thousands of files is listed and hashed at disk speed.
enum FileTree {
    /// A system call that failed, worded as the system words it.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }

        static func system(_ path: String) -> Failure {
            let text = String(cString: strerror(errno))
            return Failure(path: path, reason: text.prefix(1).lowercased() + text.dropFirst())
        }
    }

    /// Whether `a` sorts before `b` byte by byte (Go's string order), with `memcmp`.
    static func bytesPrecede(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { pa in
            b.withUTF8 { pb in
                let n = min(pa.count, pb.count)
                if n > 0, let x = pa.baseAddress, let y = pb.baseAddress {
                    let c = memcmp(x, y, n)
                    if c != 0 { return c < 0 }
                }
                return pa.count < pb.count
            }
        }
    }

    /// What is at a path (symbolic links not followed).
    enum Kind: Equatable { case file, directory, link, other, missing }

    static func kind(_ path: String) -> Kind {
        var st = stat()
        guard lstat(path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// Whether `path` is a directory (following links).
    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR
    }

    /// Every non-directory entry below `root`, as paths relative to it, in no particular order.
    ///
    /// Symbolic links are listed as files and never followed into (as Go's `filepath.WalkDir`);
    /// `followingLinks` only decides whether a link to a directory counts as a file.
    static func files(under root: String, followingLinks: Bool = false) throws(Failure) -> [String] {
        guard isDirectory(root) else {
            throw Failure(path: root, reason: kind(root) == .missing ? "no such file or directory" : "not a directory")
        }
        var out: [String] = []
        var pending: [String] = [""]
        while let rel = pending.popLast() {
            let dir = rel.isEmpty ? root : root + "/" + rel
            guard let handle = opendir(dir) else { throw Failure.system(dir) }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let child = rel.isEmpty ? name : rel + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    switch kind(root + "/" + child) {
                    case .directory: type = Int32(DT_DIR)
                    case .link: type = Int32(DT_LNK)
                    default: type = Int32(DT_REG)
                    }
                }
                if type == Int32(DT_DIR) {
                    pending.append(child)
                } else {
                    out.append(child)
                }
            }
        }
        return out
    }

    /// The names of the regular files directly inside `dir` (none when it is not a directory).
    static func regularFiles(in dir: String) -> [String] {
        guard let handle = opendir(dir) else { return [] }
        defer { closedir(handle) }
        var out: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let type = Int32(entry.pointee.d_type)
            if type == Int32(DT_REG) || (type == Int32(DT_UNKNOWN) && kind(dir + "/" + name) == .file) {
                out.append(name)
            }
        }
        return out
    }

    /// The bytes of a file.
    static func read(_ path: String) throws(Failure) -> [UInt8] {
        // Non-blocking, so a FIFO cannot hang the read; only a regular file is read.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { throw Failure.system(path) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Failure.system(path) }
        if st.st_mode & S_IFMT == S_IFDIR { throw Failure(path: path, reason: "is a directory") }
        if st.st_mode & S_IFMT != S_IFREG { throw Failure(path: path, reason: "is not a regular file") }
        var out = [UInt8](repeating: 0, count: max(Int(st.st_size), 0))
        var filled = 0
        while true {
            if filled == out.count { out += [UInt8](repeating: 0, count: max(4096, out.count)) }
            let n = out.withUnsafeMutableBytes { raw in
                posixRead(fd, raw.baseAddress! + filled, raw.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure.system(path)
            }
            if n == 0 { break }
            filled += n
        }
        out.removeLast(out.count - filled)
        return out
    }
}

/// `read(2)`, named apart from `FileTree.read`.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
