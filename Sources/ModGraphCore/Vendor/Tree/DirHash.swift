import Crypto

/// The go command's module hash, `h1:` in go.sum (`golang.org/x/mod/sumdb/dirhash.Hash1`).
///
/// Every file is named `path@version/relative/name`; the names are sorted as bytes and each
/// adds the line `hex(sha256(contents))  name\n` to an outer SHA-256, whose digest is written
/// as `h1:` + standard base64. A go.mod alone is hashed as one file named `go.mod`.
enum DirHash {
    /// Why a hash could not be computed.
    struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Hash1 over the named files; `contents` returns the bytes of one name.
    ///
    /// - Throws: `Failure` for a name holding a newline (as dirhash refuses it) or a file
    ///   `contents` could not read.
    static func hash1(
        names: [String], contents: (String) throws(Failure) -> [UInt8]
    ) throws(Failure) -> String {
        var sorted = names
        sorted.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var summary: [UInt8] = []
        summary.reserveCapacity(sorted.count * 120)
        for name in sorted {
            if name.utf8.contains(0x0A) {
                throw Failure(message: "dirhash: filenames with newlines are not supported")
            }
            summary += Hashing.hex(SHA256.hash(data: try contents(name)))
            summary += [0x20, 0x20]
            summary += Array(name.utf8)
            summary.append(0x0A)
        }
        return "h1:" + base64(Array(SHA256.hash(data: summary)))
    }

    /// `HashDir(dir, prefix)`: every file below `dir` (symbolic links included, as files),
    /// named `prefix/relative`.
    static func hashDirectory(_ dir: String, prefix: String) throws(Failure) -> String {
        let files: [String]
        do {
            files = try FileTree.files(under: dir, followingLinks: true)
        } catch {
            throw Failure(message: error.description)
        }
        // Names are compared as bytes: two spellings of "é" are two files, not one.
        let entries = files.map { (name: Array(GoFilePath.join(prefix, $0).utf8), file: dir + "/" + $0) }
            .sorted { $0.name.lexicographicallyPrecedes($1.name) }
        return try hash1(sorted: entries.map { ($0.name, $0.file) })
    }

    /// Hash1 over (name, file on disk) pairs already sorted by name.
    static func hash1(sorted entries: [(name: [UInt8], file: String)]) throws(Failure) -> String {
        var summary: [UInt8] = []
        summary.reserveCapacity(entries.count * 120)
        for (name, file) in entries {
            if name.contains(0x0A) {
                throw Failure(message: "dirhash: filenames with newlines are not supported")
            }
            let bytes: [UInt8]
            do {
                bytes = try FileTree.read(file)
            } catch {
                throw Failure(message: error.description)
            }
            summary += Hashing.hex(SHA256.hash(data: bytes))
            summary += [0x20, 0x20]
            summary += name
            summary.append(0x0A)
        }
        return "h1:" + base64(Array(SHA256.hash(data: summary)))
    }

    /// The `/go.mod h1:` hash of a go.mod file's bytes.
    static func hashGoMod(_ bytes: [UInt8]) -> String {
        // A single name cannot fail.
        (try? hash1(names: ["go.mod"]) { _ throws(Failure) in bytes }) ?? ""
    }

    static func base64(_ bytes: [UInt8]) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        var i = 0
        while i + 3 <= bytes.count {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            out += [table[Int(n >> 18 & 63)], table[Int(n >> 12 & 63)], table[Int(n >> 6 & 63)], table[Int(n & 63)]]
            i += 3
        }
        let rest = bytes.count - i
        if rest == 1 {
            let n = UInt32(bytes[i]) << 16
            out += [table[Int(n >> 18 & 63)], table[Int(n >> 12 & 63)], 0x3D, 0x3D]
        } else if rest == 2 {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8
            out += [table[Int(n >> 18 & 63)], table[Int(n >> 12 & 63)], table[Int(n >> 6 & 63)], 0x3D]
        }
        return String(decoding: out, as: UTF8.self)
    }
}
