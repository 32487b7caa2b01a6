/// The files of a vendor directory: read from disk, or from a `git ls-tree -r -l` listing of
/// a commit (so CI can check a tree it has not checked out, and tests can use real layouts).
///
/// Paths are relative to `vendor/` and use `/`. Only files are kept; a directory exists when
/// a file lies below it, as in git.
public struct VendorTree: Sendable {
    /// Where the listing came from.
    enum Origin: Sendable, Hashable {
        /// A `vendor/` directory on disk (its absolute path).
        case directory(String)
        /// A `git ls-tree -r -l` listing (the file as the user named it).
        case listing(String)
    }

    /// One file of the tree.
    struct File: Sendable, Hashable {
        /// The path relative to `vendor/`.
        var path: String
        /// The size in bytes, when known (a listing of a partial clone prints `BAD` or `-`).
        var size: Int?
        /// The git blob id, from a listing.
        var blob: String?
        /// The listing line, from a listing.
        var line: Int?

        /// The directory part of `path` ("" for a file directly in `vendor/`).
        var directory: Substring {
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
            return path[..<slash]
        }

        /// The last element of `path`.
        var name: Substring {
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path[...] }
            return path[path.index(after: slash)...]
        }
    }

    var origin: Origin
    /// Every file, sorted by path as bytes.
    private(set) var files: [File]

    init(origin: Origin, files: [File]) {
        self.origin = origin
        self.files = files.sorted { FileTree.bytesPrecede($0.path, $1.path) }
    }

    /// Whether the tree holds nothing but `modules.txt`: a capture folder, not a real tree.
    var isManifestOnly: Bool {
        files.allSatisfy { $0.path == "modules.txt" }
    }

    /// The files of each directory that holds at least one, by directory ("" for `vendor/` itself).
    var filesByDirectory: [Substring: [File]] {
        var out: [Substring: [File]] = [:]
        for f in files { out[f.directory, default: []].append(f) }
        return out
    }

    /// The file at `path`, if listed.
    func file(_ path: String) -> File? {
        var lo = 0
        var hi = files.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if FileTree.bytesPrecede(files[mid].path, path) { lo = mid + 1 } else { hi = mid }
        }
        return lo < files.count && files[lo].path == path ? files[lo] : nil
    }

    /// Reads the tree below `vendorDirectory` (absolute).
    ///
    /// - Throws: `ParseError` when the directory cannot be listed.
    static func read(directory vendorDirectory: String) throws(ParseError) -> VendorTree {
        do {
            let paths = try FileTree.files(under: vendorDirectory)
            return VendorTree(origin: .directory(vendorDirectory), files: paths.map { File(path: $0) })
        } catch {
            throw ParseError(file: vendorDirectory, message: "cannot list the vendor directory: \(error.reason)")
        }
    }
}
