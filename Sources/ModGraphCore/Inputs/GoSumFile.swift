/// A go.sum file: one `path version[/go.mod] hash` line per checksum, as the go command reads it.
///
/// Lines are split on `\n` and into fields on white space (a `\r` is white space); blank lines
/// are skipped, and any other line needs exactly three fields. Hashes are kept whatever their
/// algorithm prefix (`h1:` is the only one the go command writes).
struct GoSumFile: Sendable, Hashable {
    /// The name used in messages.
    var file: String
    /// Every non-blank line, in file order.
    var lines: [Line]
    /// Indexes into `lines` by `path`, then by the version field (with its `/go.mod`).
    private var index: [String: [String: [Int]]]

    /// One checksum line.
    struct Line: Sendable, Hashable {
        var path: String
        /// The module version, without `/go.mod`.
        var version: String
        /// Whether this is the hash of the go.mod file alone (`version/go.mod`), not of the module zip.
        var isGoMod: Bool
        /// The hash as written, such as `h1:base64=`.
        var hash: String
        /// 1-based line number.
        var number: Int

        /// The part of the hash before `:` (`h1`), or "" when there is no colon.
        var algorithm: Substring {
            guard let colon = hash.firstIndex(of: ":") else { return "" }
            return hash[..<colon]
        }

        /// Whether the go command drops this line when reading it.
        ///
        /// That is a go.mod hash of an empty go.mod, which an old go command wrote by mistake.
        var isIgnoredByGo: Bool { hash == GoSumFile.emptyGoModHash }
    }

    /// The `h1:` hash of an empty go.mod; the go command ignores go.sum lines with it.
    static let emptyGoModHash = "h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY="

    init(file: String, lines: [Line]) {
        self.file = file
        self.lines = lines
        var index: [String: [String: [Int]]] = [:]
        for (i, line) in lines.enumerated() {
            let key = line.isGoMod ? line.version + "/go.mod" : line.version
            index[line.path, default: [:]][key, default: []].append(i)
        }
        self.index = index
    }

    /// The lines for the module zip or (`goMod`) the go.mod of `path@version`, in file order.
    ///
    /// Lines the go command ignores (`isIgnoredByGo`) are left out.
    func entries(path: String, version: String, goMod: Bool) -> [Line] {
        let key = goMod ? version + "/go.mod" : version
        return (index[path]?[key] ?? []).map { lines[$0] }.filter { !$0.isIgnoredByGo }
    }

    /// The hashes recorded for the module zip of `path@version`.
    func zipHashes(path: String, version: String) -> [String] {
        entries(path: path, version: version, goMod: false).map(\.hash)
    }

    /// The hashes recorded for the go.mod of `path@version`.
    func goModHashes(path: String, version: String) -> [String] {
        entries(path: path, version: version, goMod: true).map(\.hash)
    }

    /// Whether go.sum has a hash of the module zip of `path@version`.
    func hasZipHash(path: String, version: String) -> Bool {
        !entries(path: path, version: version, goMod: false).isEmpty
    }

    /// Whether go.sum has a hash of the go.mod of `path@version`.
    func hasGoModHash(path: String, version: String) -> Bool {
        !entries(path: path, version: version, goMod: true).isEmpty
    }

    /// Every line about `path`, any version, in file order.
    func lines(path: String) -> [Line] {
        (index[path]?.values.flatMap { $0 } ?? []).sorted().map { lines[$0] }
    }
}

extension GoSumFile {
    /// Parses go.sum text.
    ///
    /// - Throws: `wrong number of fields N` at the first non-blank line without exactly three fields
    ///   (the go command prints it after `malformed go.sum:`).
    static func parse(_ input: InputText) throws(ParseError) -> GoSumFile {
        var result: [Line] = []
        for line in input.lines {
            let text = input.string(line)
            let f = ModFileSyntax.fields(Substring(text))
            if f.isEmpty { continue }
            guard f.count == 3 else {
                throw ParseError(file: input.file, line: line.number, message: "wrong number of fields \(f.count)")
            }
            var version = f[1]
            let isGoMod = version.hasSuffix("/go.mod")
            if isGoMod { version = version.dropLast("/go.mod".count) }
            result.append(Line(
                path: String(f[0]), version: String(version), isGoMod: isGoMod, hash: String(f[2]),
                number: line.number))
        }
        return GoSumFile(file: input.file, lines: result)
    }

    /// Parses go.sum text given as bytes (checked as UTF-8 text first).
    static func parse(bytes: [UInt8], file: String) throws(ParseError) -> GoSumFile {
        try parse(InputText(bytes: bytes, file: file))
    }

    /// Parses go.sum text given as a string.
    static func parse(_ text: String, file: String) throws(ParseError) -> GoSumFile {
        try parse(InputText(text, file: file))
    }
}
