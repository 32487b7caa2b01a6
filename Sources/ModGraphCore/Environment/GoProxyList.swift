/// GOPROXY as the go command reads it (`modfetch.proxyList`).
struct GoProxyList: Sendable, Hashable, Codable {
    /// One entry of the list.
    struct Entry: Sendable, Hashable, Codable {
        /// A proxy URL, or `direct`, `off`, or `noproxy` (the implicit first entry when GONOPROXY is set).
        var url: String
        /// Whether the next entry is tried after any error (`|`), not only after "not found" (`,`).
        var fallBackOnError: Bool
    }

    var entries: [Entry] = []
    /// Why go rejects the list, as it says it; nil when it is usable.
    var error: String?

    /// - Parameters:
    ///   - goproxy: the effective GOPROXY.
    ///   - gonoproxy: the effective GONOPROXY.
    init(goproxy: String, gonoproxy: String) {
        if !gonoproxy.isEmpty && goproxy != "direct" {
            entries.append(Entry(url: "noproxy", fallBackOnError: false))
        }
        var rest = Substring(goproxy)
        while !rest.isEmpty {
            var url: Substring
            var fallBack = false
            if let i = rest.firstIndex(where: { $0 == "," || $0 == "|" }) {
                url = rest[..<i]
                fallBack = rest[i] == "|"
                rest = rest[rest.index(after: i)...]
            } else {
                url = rest
                rest = ""
            }
            let trimmed = url.trimmingGoSpace()
            if trimmed.isEmpty { continue }
            if trimmed == "off" {
                entries.append(Entry(url: "off", fallBackOnError: false))
                break
            }
            if trimmed == "direct" {
                entries.append(Entry(url: "direct", fallBackOnError: false))
                break
            }
            var full = trimmed
            if full.contains(where: { $0 == "." || $0 == ":" || $0 == "/" }) && !full.contains(":/") && !full.hasPrefix("/") {
                full = "https://" + full
            }
            if let problem = Self.urlProblem(full) {
                error = problem
                entries = []
                return
            }
            entries.append(Entry(url: full, fallBackOnError: fallBack))
        }
        if entries.isEmpty || (entries.count == 1 && entries[0].url == "noproxy") {
            error = "GOPROXY list is not the empty string, but contains no entries"
        }
    }

    /// `newProxyRepo`'s objection to a URL: a scheme other than http, https, file; or none.
    static func urlProblem(_ url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else {
            return "invalid proxy URL missing scheme: \(url)"
        }
        let scheme = url[..<colon].lowercased()
        switch scheme {
        case "https", "http", "file": return nil
        case "": return "invalid proxy URL missing scheme: \(url)"
        default: return "invalid proxy URL scheme (must be https, http, file): \(url)"
        }
    }
}

extension Substring {
    /// `strings.TrimSpace` for ASCII white space.
    func trimmingGoSpace() -> String {
        let space: Set<Character> = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"]
        var s = self
        while let f = s.first, space.contains(f) { s = s.dropFirst() }
        while let l = s.last, space.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
