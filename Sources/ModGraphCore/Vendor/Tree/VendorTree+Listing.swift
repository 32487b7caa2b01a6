extension VendorTree {
    /// Reads `git ls-tree -r -l` output (with or without `-t`): `MODE TYPE OBJECT SIZE<TAB>PATH`
    /// per line, paths quoted by git when they hold unusual bytes.
    ///
    /// Paths are taken relative to the listing's `vendor/` directory: the one holding
    /// `modules.txt` when the listing has it (the listing may be of a whole repository, or of
    /// a module in a subdirectory), else `vendor/` at the top; a listing of `HEAD:vendor`
    /// itself (no such prefix) is taken as it is. Tree and submodule entries are skipped.
    ///
    /// - Throws: `ParseError` at the first line that is not a listing line.
    public static func parseListing(_ input: InputText) throws(ParseError) -> VendorTree {
        var entries: [(path: String, size: Int?, blob: String, line: Int)] = []
        for line in input.lines {
            let text = input.string(line)
            if text.isEmpty { continue }
            guard let tab = text.firstIndex(of: "\t") else {
                throw ParseError(
                    file: input.file, line: line.number, column: 1,
                    message: "expected `MODE TYPE OBJECT SIZE<TAB>PATH` (git ls-tree -r -l output)")
            }
            let fields = text[..<tab].split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count == 4 || fields.count == 3,
                fields[0].allSatisfy({ ("0"..."7").contains($0) }),
                ["blob", "tree", "commit"].contains(fields[1]),
                fields[2].count >= 4, fields[2].allSatisfy(\.isHexDigit)
            else {
                throw ParseError(
                    file: input.file, line: line.number, column: 1,
                    message: "expected `MODE TYPE OBJECT SIZE<TAB>PATH` (git ls-tree -r -l output)")
            }
            guard fields[1] == "blob" else { continue }
            let rawPath = text[text.index(after: tab)...]
            guard let path = unquote(rawPath) else {
                throw ParseError(
                    file: input.file, line: line.number, column: text.distance(from: text.startIndex, to: tab) + 2,
                    message: "malformed quoted path \(rawPath)")
            }
            let size = fields.count == 4 ? Int(fields[3]) : nil
            entries.append((path, size, String(fields[2]), line.number))
        }
        let prefix = vendorPrefix(entries.map(\.path))
        let files = entries.compactMap { e -> File? in
            guard e.path.hasPrefix(prefix), e.path.utf8.count > prefix.utf8.count else { return nil }
            return File(path: String(e.path.dropFirst(prefix.count)), size: e.size, blob: e.blob, line: e.line)
        }
        return VendorTree(origin: .listing(input.file), files: files)
    }

    /// The part of the listing's paths up to and including `vendor/`.
    static func vendorPrefix(_ paths: [String]) -> String {
        var best: String?
        for p in paths where p == "vendor/modules.txt" || p.hasSuffix("/vendor/modules.txt") {
            let prefix = String(p.dropLast("modules.txt".count))
            if best == nil || prefix.count < best!.count { best = prefix }
        }
        if let best { return best }
        if paths.contains(where: { $0.hasPrefix("vendor/") }) { return "vendor/" }
        return ""
    }

    /// A path as git prints it: verbatim, or in double quotes with C escapes (`core.quotePath`).
    static func unquote(_ raw: Substring) -> String? {
        guard raw.first == "\"" else { return String(raw) }
        guard raw.count >= 2, raw.last == "\"" else { return nil }
        let body = Array(raw.dropFirst().dropLast().utf8)
        var out: [UInt8] = []
        var i = 0
        while i < body.count {
            let c = body[i]
            if c != UInt8(ascii: "\\") {
                out.append(c)
                i += 1
                continue
            }
            guard i + 1 < body.count else { return nil }
            let e = body[i + 1]
            switch e {
            case UInt8(ascii: "0")...UInt8(ascii: "3"):
                guard i + 3 < body.count else { return nil }
                var value = 0
                for d in body[(i + 1)...(i + 3)] {
                    guard (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(d) else { return nil }
                    value = value * 8 + Int(d - UInt8(ascii: "0"))
                }
                out.append(UInt8(value))
                i += 4
                continue
            default:
                guard let byte = BackslashEscape.go(e) else { return nil }
                out.append(byte)
            }
            i += 2
        }
        return String(validating: out, as: UTF8.self)
    }
}
