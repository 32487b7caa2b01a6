/// A go env file: the user's (`go env -w` writes it) or `$GOROOT/go.env`.
///
/// Read as `cfg.readEnvFile` reads it: lines split on `\n`; a line counts when it starts with
/// an upper-case ASCII letter and holds `=`; the key is before the first `=`, the value is
/// everything after it (no trimming, no quoting). A later line for the same key wins.
struct GoEnvFile: Sendable, Hashable {
    /// The file's path, as the go command names it.
    var path: String
    /// Each key's value and 1-based line, the last line for a key winning.
    private(set) var values: [String: (value: String, line: Int)] = [:]

    static func == (a: GoEnvFile, b: GoEnvFile) -> Bool {
        a.path == b.path && a.values.mapValues(\.value) == b.values.mapValues(\.value)
    }

    func hash(into h: inout Hasher) {
        h.combine(path)
        for k in values.keys.sorted() { h.combine(k); h.combine(values[k]!.value) }
    }

    init(path: String, bytes: [UInt8]) {
        self.path = path
        var line = 0
        for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            line += 1
            guard let first = raw.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z"),
                let eq = raw.firstIndex(of: UInt8(ascii: "="))
            else { continue }
            let key = String(decoding: raw[raw.startIndex..<eq], as: UTF8.self)
            let value = String(decoding: raw[(eq + 1)...], as: UTF8.self)
            values[key] = (value, line)
        }
    }

    subscript(key: String) -> String? { values[key]?.value }

    /// Where the go command looks for the user's env file (`cfg.EnvFile`), and why.
    ///
    /// `GOENV` when set (`off`: no file), else `os.UserConfigDir()/go/env`: `$XDG_CONFIG_HOME`,
    /// else `$HOME/.config`. Returns nil and the reason when there is no file to read.
    static func locate(environment: [String: String]) -> (path: String?, how: String) {
        if let file = environment["GOENV"], !file.isEmpty {
            if file == "off" { return (nil, "GOENV=off: no go env file is read") }
            return (file, "GOENV")
        }
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            return (xdg + "/go/env", "$XDG_CONFIG_HOME/go/env")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return (home + "/.config/go/env", "$HOME/.config/go/env")
        }
        return (nil, "neither $XDG_CONFIG_HOME nor $HOME are defined: no go env file is read")
    }
}
