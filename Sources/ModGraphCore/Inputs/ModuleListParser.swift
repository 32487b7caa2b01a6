/// The JSON reader behind `ModuleList.parse`: a byte-level parser for a stream of objects.
///
/// It decodes the go command's module objects directly (no intermediate tree) and reports
/// the object number and the byte position of the first problem.
struct ModuleListParser {
    let input: InputText
    /// Current byte offset.
    private var p = 0
    /// 1-based line of `p`, kept while skipping whitespace (raw newlines occur nowhere else).
    private var line = 1
    /// 1-based number of the top-level object being read.
    private var object = 0

    /// Deeper nesting is refused, so hostile input cannot exhaust the stack.
    static let maxDepth = 256
    /// Where the value of each field of the current top-level object starts (by canonical name).
    private var fieldAt: [String: Int] = [:]

    /// Whether to check go's rules (`validate`, no repeated field) besides the JSON syntax.
    let checksGoRules: Bool

    /// The most objects accepted (`ModGraphText.nodeCountLimit`; smaller in tests).
    let objectLimit: Int

    init(input: InputText, checksGoRules: Bool = true, objectLimit: Int = ModGraphText.nodeCountLimit) {
        self.input = input
        self.checksGoRules = checksGoRules
        self.objectLimit = objectLimit
    }

    mutating func run() throws(ParseError) -> [ModuleList.Module] {
        let result: Result<[ModuleList.Module], ParseError> = input.bytes.withUnsafeBufferPointer { b in
            do throws(ParseError) {
                return .success(try readAll(b))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private mutating func readAll(_ b: UnsafeBufferPointer<UInt8>) throws(ParseError) -> [ModuleList.Module] {
        var modules: [ModuleList.Module] = []
        while true {
            skipSpace(b)
            if p == b.count { break }
            object += 1
            if object > objectLimit {
                throw fail(b, "more than \(objectLimit) module objects: too many to analyze within bounded memory (the largest real graphs have a few thousand)")
            }
            if b[p] != UInt8(ascii: "{") {
                throw fail(b, "expected '{' to start a module object, found \(describe(b))")
            }
            let start = p
            fieldAt = [:]
            var m = try readModule(b, depth: 1)
            m.column = InputText.column(in: b, ofByte: start)
            m.object = object
            if checksGoRules { try validate(m, b, start: start) }
            modules.append(m)
        }
        if modules.isEmpty {
            throw ParseError(
                file: input.file, line: 1, column: 1,
                message: "empty input: expected the JSON objects printed by go list -m -json")
        }
        return modules
    }

    // MARK: Modules

    private mutating func readModule(_ b: UnsafeBufferPointer<UInt8>, depth: Int) throws(ParseError) -> ModuleList.Module {
        var m = ModuleList.Module()
        m.line = line
        try readObject(b, depth: depth) { (parser: inout ModuleListParser, key: String) throws(ParseError) in
            try parser.readModuleField(b, key, &m, depth: depth)
        }
        return m
    }

    private mutating func readModuleField(
        _ b: UnsafeBufferPointer<UInt8>, _ key: String, _ m: inout ModuleList.Module, depth: Int
    ) throws(ParseError) {
        if depth == 1 && checksGoRules { fieldAt[key] = p }
        switch key {
        case "Path": try readString(b, key, &m.path)
        case "Version": try readString(b, key, &m.version)
        case "Query": try readString(b, key, &m.query)
        case "Versions": try readStrings(b, key, &m.versions, depth: depth)
        case "Replace": try readNested(b, key, &m.replace, depth: depth)
        case "Time": try readString(b, key, &m.time)
        case "Update": try readNested(b, key, &m.update, depth: depth)
        case "Main": try readBool(b, key, &m.main)
        case "Indirect": try readBool(b, key, &m.indirect)
        case "Dir": try readString(b, key, &m.dir)
        case "GoMod": try readString(b, key, &m.goMod)
        case "GoVersion": try readString(b, key, &m.goVersion)
        case "Retracted": try readStrings(b, key, &m.retracted, depth: depth)
        case "Deprecated": try readString(b, key, &m.deprecated)
        case "Error": try readModuleError(b, key, &m.error, depth: depth)
        case "Sum": try readString(b, key, &m.sum)
        case "GoModSum": try readString(b, key, &m.goModSum)
        case "Origin": try readOrigin(b, key, &m.origin, depth: depth)
        case "Reuse": try readBool(b, key, &m.reuse)
        default:
            // encoding/json falls back to a case-insensitive match.
            if let exact = Self.moduleFields[key.lowercased()] {
                try readModuleField(b, exact, &m, depth: depth)
            } else {
                try skipValue(b, depth: depth)
            }
        }
    }

    private static let moduleFields: [String: String] = Dictionary(uniqueKeysWithValues: [
        "Path", "Version", "Query", "Versions", "Replace", "Time", "Update", "Main", "Indirect", "Dir",
        "GoMod", "GoVersion", "Retracted", "Deprecated", "Error", "Sum", "GoModSum", "Origin", "Reuse",
    ].map { ($0.lowercased(), $0) })

    private static let originFields: [String: String] = Dictionary(uniqueKeysWithValues: [
        "VCS", "URL", "Subdir", "Hash", "TagPrefix", "TagSum", "Ref", "RepoSum",
    ].map { ($0.lowercased(), $0) })

    /// True after reading `null`; otherwise an object must start here (`{`, not read) or this throws.
    private mutating func readNullOrObjectStart(
        _ b: UnsafeBufferPointer<UInt8>, _ key: String, expected: String
    ) throws(ParseError) -> Bool {
        if try readNull(b) { return true }
        guard p < b.count, b[p] == UInt8(ascii: "{") else {
            throw fail(b, "field \"\(key)\": expected \(expected), found \(describe(b))")
        }
        return false
    }

    private mutating func readNested(
        _ b: UnsafeBufferPointer<UInt8>, _ key: String, _ value: inout ModuleList.Module?, depth: Int
    ) throws(ParseError) {
        if try readNullOrObjectStart(b, key, expected: "a module object '{'") { value = nil; return }
        if depth + 1 > Self.maxDepth { throw fail(b, "objects nested more than \(Self.maxDepth) deep") }
        value = try readModule(b, depth: depth + 1)
    }

    /// `Error` is `{"Err": "text"}`; like the go command, a bare string is accepted too.
    private mutating func readModuleError(
        _ b: UnsafeBufferPointer<UInt8>, _ key: String, _ value: inout ModuleList.ModuleError?, depth: Int
    ) throws(ParseError) {
        if try readNull(b) { value = nil; return }
        if p < b.count && b[p] == UInt8(ascii: "\"") {
            value = ModuleList.ModuleError(err: try readStringValue(b))
            return
        }
        guard p < b.count, b[p] == UInt8(ascii: "{") else {
            throw fail(b, "field \"\(key)\": expected an object {\"Err\": ...}, found \(describe(b))")
        }
        var e = ModuleList.ModuleError(err: "")
        try readObject(b, depth: depth + 1) { (parser: inout ModuleListParser, key: String) throws(ParseError) in
            if key == "Err" || key.lowercased() == "err" {
                try parser.readString(b, "Err", &e.err)
            } else {
                try parser.skipValue(b, depth: depth + 1)
            }
        }
        value = e
    }

    private mutating func readOrigin(
        _ b: UnsafeBufferPointer<UInt8>, _ key: String, _ value: inout ModuleList.Origin?, depth: Int
    ) throws(ParseError) {
        if try readNullOrObjectStart(b, key, expected: "an object") { value = nil; return }
        var o = ModuleList.Origin()
        try readObject(b, depth: depth + 1) { (parser: inout ModuleListParser, key: String) throws(ParseError) in
            let name = Self.originFields[key.lowercased()] ?? ""
            switch name {
            case "VCS": try parser.readString(b, name, &o.vcs)
            case "URL": try parser.readString(b, name, &o.url)
            case "Subdir": try parser.readString(b, name, &o.subdir)
            case "Hash": try parser.readString(b, name, &o.hash)
            case "TagPrefix": try parser.readString(b, name, &o.tagPrefix)
            case "TagSum": try parser.readString(b, name, &o.tagSum)
            case "Ref": try parser.readString(b, name, &o.ref)
            case "RepoSum": try parser.readString(b, name, &o.repoSum)
            default: try parser.skipValue(b, depth: depth + 1)
            }
        }
        value = o
    }

    /// `s` with ASCII letters in lower case.
    private static func foldedASCII(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return s }
        return String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    // MARK: Go's rules

    /// Checks a top-level module object against what `go list -m -json` can print
    /// (`modload.moduleInfo`): a Path always; a main module without a Version; any other module
    /// with a semantic version that matches its path's major suffix. An object with an `Error`
    /// (`go list -e`) may carry a path or version the go command could not resolve, so only its
    /// Path is required. Paths are checked as `go mod graph`'s are: as import paths, because
    /// replaced requirements need not be valid module paths.
    private mutating func validate(_ m: ModuleList.Module, _ b: UnsafeBufferPointer<UInt8>, start: Int) throws(ParseError) {
        func at(_ field: String) -> Int { fieldAt[field] ?? start }
        if m.path.isEmpty {
            p = at("Path")
            throw fail(b, fieldAt["Path"] == nil
                ? "expected a \"Path\" field: every module go list prints has one"
                : "\"Path\" is empty: expected a module path")
        }
        if let replace = m.replace, replace.path.isEmpty {
            p = at("Replace")
            throw fail(b, "\"Replace\" has no \"Path\": expected the replacement module path or directory")
        }
        if m.error != nil { return }
        if m.path.utf8.count > ModGraphText.nodeLimit {
            p = at("Path")
            throw fail(b, "expected a module path: this one is \(m.path.utf8.count) bytes long, longer than the \(ModGraphText.nodeLimit)-byte limit")
        }
        if let problem = ModulePath.checkImportPath(m.path) {
            p = at("Path")
            throw fail(b, "expected a module path: \(problem)")
        }
        if m.main {
            if !m.version.isEmpty {
                p = at("Version")
                throw fail(b, "a main module has no \"Version\", found \(InputText.quoted(m.version))")
            }
            return
        }
        guard let pathMajor = ModulePath.splitPathVersion(m.path)?.pathMajor else {
            p = at("Path")
            throw fail(b, "expected a module path: \(InputText.quoted(m.path)) has an invalid major version suffix")
        }
        if m.version.isEmpty {
            p = at("Version")
            throw fail(b, "expected a \"Version\" for \(m.path): only a main module (\"Main\": true) has none")
        }
        if !Semver.isValid(m.version) {
            p = at("Version")
            throw fail(b, "invalid version \(InputText.quoted(m.version)) of \(m.path): expected a semantic version such as v1.2.3")
        }
        if !ModulePath.matchesPathMajor(m.version, pathMajor) {
            p = at("Version")
            let want = pathMajor.isEmpty ? "v0 or v1" : String(pathMajor.dropFirst())
            throw fail(b, "version \(InputText.quoted(m.version)) does not match the module path \(m.path): expected \(want), not \(Semver.major(m.version))")
        }
    }

    // MARK: Typed values

    private mutating func readString(_ b: UnsafeBufferPointer<UInt8>, _ key: String, _ value: inout String) throws(ParseError) {
        if try readNull(b) { return }
        guard p < b.count, b[p] == UInt8(ascii: "\"") else {
            throw fail(b, "field \"\(key)\": expected a string, found \(describe(b))")
        }
        value = try readStringValue(b)
    }

    private mutating func readBool(_ b: UnsafeBufferPointer<UInt8>, _ key: String, _ value: inout Bool) throws(ParseError) {
        if try readNull(b) { return }
        if try readLiteral(b, "true") { value = true; return }
        if try readLiteral(b, "false") { value = false; return }
        throw fail(b, "field \"\(key)\": expected true or false, found \(describe(b))")
    }

    private mutating func readStrings(
        _ b: UnsafeBufferPointer<UInt8>, _ key: String, _ value: inout [String], depth: Int
    ) throws(ParseError) {
        if try readNull(b) { value = []; return }
        guard p < b.count, b[p] == UInt8(ascii: "[") else {
            throw fail(b, "field \"\(key)\": expected an array of strings, found \(describe(b))")
        }
        p += 1
        var list: [String] = []
        skipSpace(b)
        if p < b.count && b[p] == UInt8(ascii: "]") {
            p += 1
            value = list
            return
        }
        while true {
            skipSpace(b)
            guard p < b.count, b[p] == UInt8(ascii: "\"") else {
                throw fail(b, "field \"\(key)\": expected a string, found \(describe(b))")
            }
            list.append(try readStringValue(b))
            skipSpace(b)
            guard p < b.count else { throw fail(b, "unexpected end of input, expected ',' or ']'") }
            if b[p] == UInt8(ascii: ",") { p += 1; continue }
            if b[p] == UInt8(ascii: "]") { p += 1; break }
            throw fail(b, "expected ',' or ']' in the array \"\(key)\", found \(describe(b))")
        }
        value = list
    }

    /// Consumes `null` if it is next.
    private mutating func readNull(_ b: UnsafeBufferPointer<UInt8>) throws(ParseError) -> Bool {
        try readLiteral(b, "null")
    }

    /// Consumes the literal `word` (`true`, `false`, `null`) if it starts here.
    private mutating func readLiteral(_ b: UnsafeBufferPointer<UInt8>, _ word: StaticString) throws(ParseError) -> Bool {
        let n = word.utf8CodeUnitCount
        let w = word.utf8Start
        guard p < b.count, b[p] == w[0] else { return false }
        var i = 1
        while i < n {
            guard p + i < b.count else {
                p += i
                throw fail(b, "unexpected end of input in the literal \(word)")
            }
            if b[p + i] != w[i] {
                p += i
                throw fail(b, "invalid literal: expected \(word), found \(describe(b))")
            }
            i += 1
        }
        p += n
        return true
    }

    // MARK: Generic JSON

    /// Reads an object starting at `{`, calling `field` with the parser positioned at each value.
    private mutating func readObject(
        _ b: UnsafeBufferPointer<UInt8>, depth: Int,
        _ field: (inout ModuleListParser, String) throws(ParseError) -> Void
    ) throws(ParseError) {
        p += 1  // '{'
        skipSpace(b)
        guard p < b.count else { throw fail(b, "unexpected end of input, expected a field name or '}'") }
        if b[p] == UInt8(ascii: "}") {
            p += 1
            return
        }
        // Field names seen so far, folded to lower case as encoding/json matches them, with
        // where each started: the go command never repeats a field.
        var seen: [(name: String, at: Int)] = []
        while true {
            skipSpace(b)
            guard p < b.count else { throw fail(b, "unexpected end of input, expected a field name") }
            guard b[p] == UInt8(ascii: "\"") else {
                throw fail(b, "expected a field name in double quotes, found \(describe(b))")
            }
            let keyAt = p
            let key = try readStringValue(b)
            let folded = checksGoRules ? Self.foldedASCII(key) : ""
            if checksGoRules, let first = seen.first(where: { $0.name == folded }) {
                let (line, column) = InputText.location(in: b, ofByte: first.at)
                p = keyAt
                throw fail(b, "duplicate field \(InputText.quoted(key)) (first at line \(line), column \(column)); the go command never repeats a field")
            }
            if checksGoRules { seen.append((folded, keyAt)) }
            skipSpace(b)
            guard p < b.count else { throw fail(b, "unexpected end of input, expected ':'") }
            guard b[p] == UInt8(ascii: ":") else {
                throw fail(b, "expected ':' after the field name \"\(key)\", found \(describe(b))")
            }
            p += 1
            skipSpace(b)
            guard p < b.count else { throw fail(b, "unexpected end of input, expected the value of \"\(key)\"") }
            try field(&self, key)
            skipSpace(b)
            guard p < b.count else { throw fail(b, "unexpected end of input, expected ',' or '}'") }
            if b[p] == UInt8(ascii: ",") {
                p += 1
                continue
            }
            if b[p] == UInt8(ascii: "}") {
                p += 1
                return
            }
            throw fail(b, "expected ',' or '}' after the value of \"\(key)\", found \(describe(b))")
        }
    }

    /// Skips any JSON value, checking its syntax.
    private mutating func skipValue(_ b: UnsafeBufferPointer<UInt8>, depth: Int) throws(ParseError) {
        guard p < b.count else { throw fail(b, "unexpected end of input, expected a value") }
        switch b[p] {
        case UInt8(ascii: "\""):
            _ = try readStringValue(b)
        case UInt8(ascii: "{"):
            if depth + 1 > Self.maxDepth { throw fail(b, "values nested more than \(Self.maxDepth) deep") }
            try readObject(b, depth: depth + 1) { (parser: inout ModuleListParser, _: String) throws(ParseError) in
                try parser.skipValue(b, depth: depth + 1)
            }
        case UInt8(ascii: "["):
            if depth + 1 > Self.maxDepth { throw fail(b, "values nested more than \(Self.maxDepth) deep") }
            p += 1
            skipSpace(b)
            if p < b.count && b[p] == UInt8(ascii: "]") {
                p += 1
                return
            }
            while true {
                skipSpace(b)
                try skipValue(b, depth: depth + 1)
                skipSpace(b)
                guard p < b.count else { throw fail(b, "unexpected end of input, expected ',' or ']'") }
                if b[p] == UInt8(ascii: ",") { p += 1; continue }
                if b[p] == UInt8(ascii: "]") { p += 1; return }
                throw fail(b, "expected ',' or ']' in an array, found \(describe(b))")
            }
        case UInt8(ascii: "t"): _ = try readLiteral(b, "true")
        case UInt8(ascii: "f"): _ = try readLiteral(b, "false")
        case UInt8(ascii: "n"): _ = try readLiteral(b, "null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try skipNumber(b)
        default:
            throw fail(b, "expected a JSON value, found \(describe(b))")
        }
    }

    private mutating func skipNumber(_ b: UnsafeBufferPointer<UInt8>) throws(ParseError) {
        func isDigit(_ i: Int) -> Bool { i < b.count && b[i] &- 0x30 < 10 }
        if b[p] == UInt8(ascii: "-") { p += 1 }
        guard isDigit(p) else { throw fail(b, "invalid number: expected a digit, found \(describe(b))") }
        if b[p] == UInt8(ascii: "0") {
            p += 1
        } else {
            while isDigit(p) { p += 1 }
        }
        if p < b.count && b[p] == UInt8(ascii: ".") {
            p += 1
            guard isDigit(p) else { throw fail(b, "invalid number: expected a digit after '.', found \(describe(b))") }
            while isDigit(p) { p += 1 }
        }
        if p < b.count && (b[p] == UInt8(ascii: "e") || b[p] == UInt8(ascii: "E")) {
            p += 1
            if p < b.count && (b[p] == UInt8(ascii: "+") || b[p] == UInt8(ascii: "-")) { p += 1 }
            guard isDigit(p) else { throw fail(b, "invalid number: expected an exponent, found \(describe(b))") }
            while isDigit(p) { p += 1 }
        }
    }

    /// Reads a string starting at `"`, decoding escapes.
    private mutating func readStringValue(_ b: UnsafeBufferPointer<UInt8>) throws(ParseError) -> String {
        p += 1  // opening quote
        let start = p
        while p < b.count {
            let c = b[p]
            if c == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: b[start..<p]), as: UTF8.self)
                p += 1
                return s
            }
            if c == UInt8(ascii: "\\") { return try readEscapedString(b, from: start) }
            if c < 0x20 { throw fail(b, "control character \(describe(b)) in a string; expected it escaped") }
            p += 1
        }
        throw fail(b, "unexpected end of input in a string, expected '\"'")
    }

    /// The slow path of `readStringValue`, once a backslash is seen.
    private mutating func readEscapedString(_ b: UnsafeBufferPointer<UInt8>, from start: Int) throws(ParseError) -> String {
        var out = Array(UnsafeBufferPointer(rebasing: b[start..<p]))
        while p < b.count {
            let c = b[p]
            if c == UInt8(ascii: "\"") {
                p += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c < 0x20 { throw fail(b, "control character \(describe(b)) in a string; expected it escaped") }
            if c != UInt8(ascii: "\\") {
                out.append(c)
                p += 1
                continue
            }
            p += 1
            guard p < b.count else { throw fail(b, "unexpected end of input in a string escape") }
            switch b[p] {
            case UInt8(ascii: "u"):
                p += 1
                var scalar = try readHex4(b)
                if (0xD800..<0xDC00).contains(scalar) {
                    // A high surrogate: combine with a following \uDC00-\uDFFF, else U+FFFD as Go does.
                    if p + 1 < b.count && b[p] == UInt8(ascii: "\\") && b[p + 1] == UInt8(ascii: "u") {
                        let save = p
                        p += 2
                        let low = try readHex4(b)
                        if (0xDC00..<0xE000).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            scalar = 0xFFFD
                            p = save
                        }
                    } else {
                        scalar = 0xFFFD
                    }
                } else if (0xDC00..<0xE000).contains(scalar) {
                    scalar = 0xFFFD
                }
                out.append(contentsOf: Array(String(Unicode.Scalar(scalar)!).utf8))
                continue
            default:
                guard let byte = BackslashEscape.json(b[p]) else {
                    throw fail(b, "invalid escape '\\\(String(decoding: [b[p]], as: UTF8.self))' in a string")
                }
                out.append(byte)
            }
            p += 1
        }
        throw fail(b, "unexpected end of input in a string, expected '\"'")
    }

    private mutating func readHex4(_ b: UnsafeBufferPointer<UInt8>) throws(ParseError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard p < b.count else { throw fail(b, "unexpected end of input in a \\u escape") }
            let c = b[p]
            let d: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - 0x30
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - 0x61 + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c - 0x41 + 10
            default: throw fail(b, "invalid \\u escape: expected a hex digit, found \(describe(b))")
            }
            v = v << 4 | UInt32(d)
            p += 1
        }
        return v
    }

    @inline(__always)
    private mutating func skipSpace(_ b: UnsafeBufferPointer<UInt8>) {
        while p < b.count {
            switch b[p] {
            case 0x20, 0x09, 0x0D: p += 1
            case 0x0A:
                p += 1
                line += 1
            default: return
            }
        }
    }

    // MARK: Errors

    /// The byte at `p`, quoted for a message, or "the end of input".
    private func describe(_ b: UnsafeBufferPointer<UInt8>) -> String {
        guard p < b.count else { return "the end of input" }
        let c = b[p]
        switch c {
        case 0x0A: return "a newline"
        case 0x09: return "a tab"
        case 0x20...0x7E: return "'\(String(UnicodeScalar(c)))'"
        case 0..<0x20: return "byte 0x" + String(c, radix: 16, uppercase: true)
        default:
            // Show the whole character that starts here (the input is valid UTF-8).
            var end = p + 1
            while end < b.count && b[end] & 0xC0 == 0x80 { end += 1 }
            return "'" + String(decoding: UnsafeBufferPointer(rebasing: b[p..<end]), as: UTF8.self) + "'"
        }
    }

    /// An error at the current position, prefixed with the object number.
    private func fail(_ b: UnsafeBufferPointer<UInt8>, _ message: String) -> ParseError {
        let (line, column) = InputText.location(in: b, ofByte: p)
        return ParseError(file: input.file, line: line, column: column, message: "object \(object): \(message)")
    }
}
