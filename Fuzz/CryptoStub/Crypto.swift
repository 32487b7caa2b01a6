import Foundation

/// Stands in for swift-crypto when ModGraphCore is compiled for the fuzz targets: no fuzz
/// target hashes anything (go.sum hashes are compared as text), so every digest is zeros.
/// Never linked into modgraph or its tests.
public enum SHA256 {
    public static func hash<D: DataProtocol>(data: D) -> [UInt8] { [UInt8](repeating: 0, count: 32) }
}

public enum Insecure {
    public struct SHA1 {
        public init() {}
        public mutating func update<D: DataProtocol>(data: D) {}
        public func finalize() -> [UInt8] { [UInt8](repeating: 0, count: 20) }
    }
}
