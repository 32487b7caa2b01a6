/// How the go command fetches one module and checks its checksum, from GOPROXY, GONOPROXY,
/// GONOSUMDB, GOSUMDB and GOINSECURE (`modfetch.TryProxies`, `lookup`, `useSumDB`).
struct ModuleRoute: Sendable, Hashable, Codable {
    var module: String
    var version: String
    /// Where go asks, in order: proxy URLs, `direct` (version control), or `off` (nothing).
    var sources: [String]
    /// How each source hands over to the next: `,` (only after "not found") or `|` (after any error).
    var separators: [String]
    /// The GONOPROXY (or GOPRIVATE) glob that sends it straight to version control, if any.
    var noProxyGlob: String?
    /// Whether go checks its checksum against the checksum database when go.sum lacks it.
    var sumdbChecked: Bool
    /// The GONOSUMDB (or GOPRIVATE) glob that skips the checksum database, if any.
    var noSumdbGlob: String?
    /// The GOINSECURE glob that allows plain HTTP and unverified TLS for it, if any.
    var insecureGlob: String?
    /// The GOPRIVATE glob that covers it, if any.
    var privateGlob: String?
    /// `vendor` when vendor mode is on (go never looks the module up).
    var note: String?

    /// The route of `module` under the effective settings.
    static func route(
        module: String, version: String, settings: GoSettings, proxies: GoProxyList, vendorMode: Bool
    ) -> ModuleRoute {
        let noProxy = PrefixPatterns.matchingGlob(settings.value("GONOPROXY"), module)
        let noSum = PrefixPatterns.matchingGlob(settings.value("GONOSUMDB"), module)
        let gosumdb = settings.value("GOSUMDB")
        var r = ModuleRoute(
            module: module, version: version, sources: [], separators: [], noProxyGlob: noProxy,
            sumdbChecked: gosumdb != "off" && noSum == nil, noSumdbGlob: noSum,
            insecureGlob: PrefixPatterns.matchingGlob(settings.value("GOINSECURE"), module),
            privateGlob: PrefixPatterns.matchingGlob(settings.value("GOPRIVATE"), module))
        if vendorMode {
            r.note = "vendor"
            return r
        }
        if proxies.error != nil {
            r.note = "GOPROXY is invalid"
            return r
        }
        if noProxy != nil {
            r.sources = ["direct"]
            return r
        }
        let entries = proxies.entries.filter { $0.url != "noproxy" }
        r.sources = entries.map(\.url)
        r.separators = entries.dropLast().map { $0.fallBackOnError ? "|" : "," }
        return r
    }

    /// What one source answers for the module.
    enum Answer: Sendable { case found, notFound, failed }

    /// Walks the route as `modfetch.TryProxies` does: the source the module comes from, or the
    /// source whose error go reports (direct's error first, then a proxy's error other than
    /// "not found", then the last "not found").
    func fetch(_ answer: (String) -> Answer) -> (from: String?, reportedError: String?) {
        if note == "vendor" { return ("vendor", nil) }
        if note != nil { return (nil, "invalid") }
        var best: String?
        var rank = 0
        for (i, source) in sources.enumerated() {
            let a: Answer = source == "off" ? .notFound : answer(source)
            if a == .found { return (source, nil) }
            let notExist = a == .notFound
            if source == "direct" {
                best = source
                rank = 2
            } else if rank <= 1 && !notExist {
                best = source
                rank = 1
            } else if rank == 0 {
                best = source
            }
            let fallBack = i < separators.count && separators[i] == "|"
            if !fallBack && !notExist { break }
        }
        return (nil, best)
    }

    /// The route in words: `https://proxy.golang.org, then direct` or `nothing (GOPROXY=off)`.
    var summary: String {
        if note == "vendor" { return "vendor/ (vendor mode: go does not fetch it)" }
        if let note { return "nothing (\(note))" }
        if let noProxyGlob { return "direct (version control; GONOPROXY glob \(noProxyGlob))" }
        var out = ""
        for (i, s) in sources.enumerated() {
            let name = s == "off" ? "off (fails: module lookup disabled by GOPROXY=off)" : s == "direct" ? "direct (version control)" : s
            if i == 0 {
                out = name
            } else {
                out += separators[i - 1] == "|" ? " | on any error " + name : ", if not found " + name
            }
        }
        return out
    }
}
