import Crypto

/// Hex digests: SHA-256 of some bytes, and the id git gives a blob.
enum Hashing {
    /// The lowercase hexadecimal SHA-256 of `bytes`.
    static func sha256Hex(_ bytes: [UInt8]) -> String {
        String(decoding: hex(SHA256.hash(data: bytes)), as: UTF8.self)
    }

    /// The id git gives a blob with these bytes (`git hash-object`): SHA-1 of `blob SIZE\0` + bytes.
    static func gitBlobID(_ bytes: [UInt8]) -> String {
        var hasher = Insecure.SHA1()
        hasher.update(data: Array("blob \(bytes.count)\u{0}".utf8))
        hasher.update(data: bytes)
        return String(decoding: hex(hasher.finalize()), as: UTF8.self)
    }

    static func hex<D: Sequence>(_ digest: D) -> [UInt8] where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in digest {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return out
    }
}
