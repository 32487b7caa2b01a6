/// The go command's failures to reach a module (GOPROXY=off, no network): they say nothing
/// about the project, only that go could not answer here.
enum OfflineLookup {
    /// Parts of go's error texts that mean a module could not be fetched: the proxy turned off,
    /// or the network (DNS, connection, timeout) failing.
    static let markers = [
        "module lookup disabled by GOPROXY=off",
        "dial tcp", "no such host", "network is unreachable", "connection refused", "i/o timeout",
        "TLS handshake timeout", "Temporary failure in name resolution", "server misbehaving",
    ]

    /// Whether `error` (a module's `Error.Err` in `go list -m -e -json`) is a lookup failure.
    static func isLookupFailure(_ error: String) -> Bool {
        markers.contains { error.contains($0) }
    }

    /// The first module whose error is a lookup failure, as go words it
    /// (`path@version: error`); nil when there is none.
    static func firstFailure(_ list: ModuleList) -> String? {
        for m in list.modules {
            guard let err = m.error?.err, isLookupFailure(err) else { continue }
            let prefix = "\(m.path)@\(m.version): "
            return err.hasPrefix(prefix) || m.version.isEmpty ? err : prefix + err
        }
        return nil
    }
}
