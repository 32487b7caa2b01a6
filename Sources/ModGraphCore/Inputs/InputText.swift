#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one input file, checked to be UTF-8 text no larger than a size limit.
///
/// Every parser starts from an `InputText`, so each reports an unreadable file, a file that
/// is too big, invalid UTF-8 and binary data the same way, as a `ParseError` with a position.
public struct InputText: Sendable {
    /// The default size limit, 256 MiB (`--max-input-size`).
    public static let defaultSizeLimit = 256 << 20
    /// The default limit on one line, 1 MiB: far above any line the go command writes in its
    /// files and outputs, so a runaway line is refused while it is read, not after.
    public static let defaultLineLimit = 1 << 20

    /// The name used in error messages (usually the path as the user gave it).
    let file: String
    /// The file's bytes: valid UTF-8 without NUL bytes.
    public let bytes: [UInt8]

    /// Checks `bytes` as text: at most `sizeLimit` bytes, valid UTF-8, no NUL byte.
    public init(bytes: [UInt8], file: String, sizeLimit: Int = InputText.defaultSizeLimit) throws(ParseError) {
        if bytes.count > sizeLimit {
            throw ParseError(file: file, message: Self.tooLargeMessage(size: bytes.count, limit: sizeLimit))
        }
        self.file = file
        self.bytes = bytes
        if let bad = bytes.withUnsafeBufferPointer({ Self.firstInvalidByte($0) }) {
            throw self.encodingError(at: bad)
        }
    }

    /// Wraps a string (for tests and callers that already hold text); rejects NUL bytes.
    init(_ text: String, file: String, sizeLimit: Int = InputText.defaultSizeLimit) throws(ParseError) {
        try self.init(bytes: Array(text.utf8), file: file, sizeLimit: sizeLimit)
    }

    /// Reads and checks the file at `path` without reading more than `sizeLimit` bytes.
    ///
    /// - Parameter file: the name for messages; defaults to `path`.
    /// - Throws: `ParseError` when the file cannot be opened or read, is larger than the limit
    ///   (checked before reading a regular file), or is not UTF-8 text.
    public static func read(
        path: String, file: String? = nil, sizeLimit: Int = InputText.defaultSizeLimit,
        lineLimit: Int = InputText.defaultLineLimit
    ) throws(ParseError) -> InputText {
        let name = file ?? path
        guard let input = try readIfPresent(path: path, file: name, sizeLimit: sizeLimit, lineLimit: lineLimit) else {
            throw ParseError(file: name, message: "cannot open: \(String(cString: strerror(ENOENT)))")
        }
        return input
    }

    /// Like `read(path:file:sizeLimit:)`, but nil when nothing is at `path`.
    ///
    /// Only a regular file (or a symbolic link to one) is read: a FIFO, socket or device is
    /// refused without blocking on it, and a symbolic link that leads nowhere or loops is an
    /// error, not an absent file.
    static func readIfPresent(
        path: String, file: String? = nil, sizeLimit: Int = InputText.defaultSizeLimit,
        lineLimit: Int = InputText.defaultLineLimit
    ) throws(ParseError) -> InputText? {
        let name = file ?? path
        guard let fd = try openRegularFile(path: path, name: name) else { return nil }
        defer { close(fd) }
        return try readAll(fd: fd, name: name, sizeLimit: sizeLimit, lineLimit: lineLimit)
    }

    /// Opens `path` for reading if it is a regular file, without blocking on a FIFO; nil when
    /// nothing is there.
    ///
    /// - Throws: `ParseError` for a dangling or looping symbolic link, a directory, a FIFO,
    ///   socket or device, or a file that cannot be opened.
    static func openRegularFile(path: String, name: String) throws(ParseError) -> Int32? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        if fd < 0 {
            let code = errno
            switch code {
            case ENOENT:
                var st = stat()
                if lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK {
                    throw ParseError(file: name, message: "cannot open: a symbolic link to a file that does not exist (\(linkTarget(path)))")
                }
                return nil
            case ENOTDIR:
                // A file where a folder of the path should be (vendor/ as a file): nothing there.
                return nil
            case ELOOP:
                throw ParseError(file: name, message: "cannot open: a symbolic link that loops (too many levels of symbolic links)")
            default:
                throw ParseError(file: name, message: "cannot open: \(String(cString: strerror(code)))")
            }
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let text = errnoText()
            close(fd)
            throw ParseError(file: name, message: "cannot read: \(text)")
        }
        let type = st.st_mode & S_IFMT
        guard type == S_IFREG else {
            close(fd)
            throw ParseError(file: name, message: "cannot read: \(fileTypeText(type)), not a regular file; expected a file (or - for standard input)")
        }
        // Back to blocking reads (a regular file never blocks, but keep read(2) simple).
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    /// What a file of type `type` (`st_mode & S_IFMT`) is, for messages.
    static func fileTypeText(_ type: mode_t) -> String {
        switch type {
        case S_IFDIR: "is a directory"
        case S_IFIFO: "is a FIFO (named pipe)"
        case S_IFSOCK: "is a socket"
        case S_IFCHR: "is a character device"
        case S_IFBLK: "is a block device"
        default: "is a special file"
        }
    }

    /// Where the symbolic link at `path` points, quoted, for messages.
    private static func linkTarget(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: 4097)
        let n = readlink(path, &buffer, 4096)
        guard n >= 0 else { return "unreadable link" }
        buffer[n] = 0
        return "-> " + quoted(String(cString: buffer))
    }

    /// Reads and checks standard input, stopping as soon as it exceeds `sizeLimit`.
    public static func readStandardInput(
        file: String = "<stdin>", sizeLimit: Int = InputText.defaultSizeLimit,
        lineLimit: Int = InputText.defaultLineLimit
    ) throws(ParseError) -> InputText {
        try readAll(fd: 0, name: file, sizeLimit: sizeLimit, lineLimit: lineLimit)
    }

    /// Bytes already checked by `readAll`.
    private init(checked bytes: [UInt8], file: String) {
        self.file = file
        self.bytes = bytes
    }

    /// The lines, split on `\n` with a trailing `\r` dropped; no final empty line after a last `\n`.
    var lines: Lines { Lines(bytes: bytes) }

    /// The text of a line, without its line ending.
    func string(_ line: Line) -> String {
        String(decoding: bytes[line.range], as: UTF8.self)
    }

    /// The text of a byte range.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The 1-based line and column (in characters) of a byte offset; the end of input is allowed.
    func location(ofByte offset: Int) -> (line: Int, column: Int) {
        bytes.withUnsafeBufferPointer { Self.location(in: $0, ofByte: offset) }
    }

    /// A `ParseError` at the byte offset `offset`.
    func error(atByte offset: Int, _ message: String) -> ParseError {
        let (line, column) = location(ofByte: offset)
        return ParseError(file: file, line: line, column: column, message: message)
    }
}

extension InputText {
    /// One line: its 1-based number and the byte range of its text (no `\n`, no trailing `\r`).
    struct Line: Hashable, Sendable {
        var number: Int
        var range: Range<Int>
    }

    /// The lines of an input, produced lazily.
    struct Lines: Sequence, Sendable {
        let bytes: [UInt8]

        func makeIterator() -> Iterator { Iterator(bytes: bytes) }

        struct Iterator: IteratorProtocol, Sendable {
            let bytes: [UInt8]
            var start = 0
            var number = 0

            mutating func next() -> Line? {
                let count = bytes.count
                guard start < count else { return nil }
                var end = start
                bytes.withUnsafeBufferPointer { b in
                    while end < count && b[end] != 0x0A { end += 1 }
                }
                number += 1
                var textEnd = end
                if textEnd > start && bytes[textEnd - 1] == 0x0D { textEnd -= 1 }
                let line = Line(number: number, range: start..<textEnd)
                start = end + 1
                return line
            }
        }
    }
}

extension InputText {
    static func tooLargeMessage(size: Int, limit: Int) -> String {
        "file is \(size) bytes, larger than the \(sizeText(limit)) limit (--max-input-size)"
    }

    static func sizeText(_ n: Int) -> String {
        if n >= 1 << 20 && n % (1 << 20) == 0 { return "\(n >> 20) MiB" }
        if n >= 1 << 10 && n % (1 << 10) == 0 { return "\(n >> 10) KiB" }
        return "\(n)-byte"
    }

    static func errnoText() -> String {
        String(cString: strerror(errno))
    }

    /// The size of the pieces a descriptor is read in, 1 MiB.
    static let readChunkSize = 1 << 20

    /// Reads a descriptor to its end, judging the bytes as they arrive: a regular file's size is
    /// checked before anything is read, and the size limit (for standard input too), UTF-8, NUL
    /// bytes and the line limit after each read, so a bad input is refused without reading the rest.
    ///
    /// The parsers work on the whole text at once, so the bytes end up in one array; but they
    /// are read in pieces of `readChunkSize` and the array is made once the end is reached, of
    /// exactly the size read. The size `fstat` gave is used only to refuse a file that is
    /// already too large: a file that grows or shrinks while it is read costs what it holds.
    private static func readAll(fd: Int32, name: String, sizeLimit: Int, lineLimit: Int) throws(ParseError) -> InputText {
        var st = stat()
        if fstat(fd, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFDIR {
                throw ParseError(file: name, message: "cannot read: is a directory")
            }
            if (st.st_mode & S_IFMT) == S_IFREG && Int(st.st_size) > sizeLimit {
                throw ParseError(file: name, message: tooLargeMessage(size: Int(st.st_size), limit: sizeLimit))
            }
        }
        let tooLarge = "input is larger than the \(sizeText(sizeLimit)) limit (--max-input-size)"
        var chunks: [[UInt8]] = []
        var total = 0
        var screen = Screen(lineLimit: lineLimit)
        var atEnd = false
        while !atEnd {
            var chunk = [UInt8](repeating: 0, count: readChunkSize)
            var filled = 0
            while filled < chunk.count {
                let n = chunk.withUnsafeMutableBytes { raw in
                    systemRead(fd, raw.baseAddress! + filled, raw.count - filled)
                }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ParseError(file: name, message: "cannot read: \(errnoText())")
                }
                if n == 0 {
                    atEnd = true
                    break
                }
                if total + filled + n > sizeLimit { throw ParseError(file: name, message: tooLarge) }
                let problem = chunk.withUnsafeBufferPointer {
                    screen.check(UnsafeBufferPointer(rebasing: $0[filled..<(filled + n)]), at: total + filled, atEnd: false)
                }
                filled += n
                if let problem {
                    chunk.removeLast(chunk.count - filled)
                    throw problem.error(in: chunks + [chunk], file: name)
                }
            }
            if filled == 0 { break }
            if filled < chunk.count {
                // The last piece: keep only what was read.
                chunk = Array(chunk[..<filled])
            }
            chunks.append(chunk)
            total += filled
        }
        if let problem = screen.check(UnsafeBufferPointer(start: nil, count: 0), at: total, atEnd: true) {
            throw problem.error(in: chunks, file: name)
        }
        return InputText(checked: joined(&chunks, count: total), file: name)
    }

    /// The pieces as one array of `count` bytes, each piece freed once copied (the last first,
    /// so the memory it held can go back to the system), so little more than the text is held.
    static func joined(_ chunks: inout [[UInt8]], count: Int) -> [UInt8] {
        if chunks.count == 1 { return chunks.removeLast() }
        return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var end = count
            while let chunk = chunks.popLast() {
                end -= chunk.count
                chunk.withUnsafeBufferPointer { source in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[end..<(end + source.count)]).initialize(from: source)
                }
            }
            initialized = count
        }
    }

    /// Checks text as it is read, piece by piece: UTF-8 without NUL, and no line longer than
    /// `lineLimit` bytes. A UTF-8 sequence cut between two pieces waits for the next one.
    struct Screen {
        enum Problem {
            case encoding(Int)
            /// A line (starting at the offset) longer than the limit.
            case longLine(start: Int, limit: Int)

            func error(in chunks: [[UInt8]], file: String) -> ParseError {
                var chunks = chunks
                let text = InputText(checked: InputText.joined(&chunks, count: chunks.reduce(0) { $0 + $1.count }), file: file)
                switch self {
                case .encoding(let offset):
                    return text.encodingError(at: offset)
                case .longLine(let start, let limit):
                    let (line, _) = text.location(ofByte: start)
                    return ParseError(
                        file: file, line: line, column: 1,
                        message: "line \(line) is longer than \(limit) bytes, the limit for a line of this input; expected the go command's output")
                }
            }
        }

        let lineLimit: Int
        /// The start of a UTF-8 sequence the last piece ended in, waiting for the rest, and its offset.
        var pending: [UInt8] = []
        var pendingStart = 0
        /// The offset of the line being read.
        var lineStart = 0

        init(lineLimit: Int) { self.lineLimit = lineLimit }

        /// Checks the piece `b`, which starts at byte `offset` of the input; `atEnd` once the
        /// input has ended (then `b` may be empty).
        mutating func check(_ b: UnsafeBufferPointer<UInt8>, at offset: Int, atEnd: Bool) -> Problem? {
            let n = b.count
            var from = 0
            // UTF-8: first the sequence the previous piece ended in.
            if !pending.isEmpty {
                let need = Self.sequenceLength(pending[0])
                let take = min(max(need - pending.count, 0), n)
                if take > 0 { pending += UnsafeBufferPointer(rebasing: b[0..<take]) }
                from = take
                if pending.count < need && !atEnd { return lineCheck(b, at: offset) }
                if let bad = pending.withUnsafeBufferPointer({ InputText.firstInvalidByte($0) }) {
                    return .encoding(pendingStart + bad)
                }
                pending = []
            }
            // Then up to the last sequence that may be complete.
            var end = n
            if !atEnd {
                var k = n
                while k > from && k > n - 4 && b[k - 1] & 0xC0 == 0x80 { k -= 1 }
                if k > from && k > n - 4 && b[k - 1] >= 0xC0 { end = k - 1 }
            }
            if end > from, let bad = InputText.firstInvalidByte(UnsafeBufferPointer(rebasing: b[from..<end])) {
                return .encoding(offset + from + bad)
            }
            if end < n {
                pending = Array(b[end..<n])
                pendingStart = offset + end
            }
            return lineCheck(b, at: offset)
        }

        /// The length a UTF-8 sequence starting with `lead` claims (1 for a byte that cannot start one).
        private static func sequenceLength(_ lead: UInt8) -> Int {
            lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        }

        /// Lines: the offset of each newline in `b` against the start of its line.
        private mutating func lineCheck(_ b: UnsafeBufferPointer<UInt8>, at offset: Int) -> Problem? {
            let n = b.count
            guard let base = b.baseAddress else { return nil }
            var p = 0
            while p < n {
                guard let hit = memchr(base + p, 0x0A, n - p) else { break }
                let nl = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
                if offset + nl - lineStart > lineLimit { return .longLine(start: lineStart, limit: lineLimit) }
                lineStart = offset + nl + 1
                p = nl + 1
            }
            if offset + n - lineStart > lineLimit { return .longLine(start: lineStart, limit: lineLimit) }
            return nil
        }
    }

    /// The 1-based line and column (counting characters) of `offset` in text that is valid UTF-8 before it.
    static func location(in b: UnsafeBufferPointer<UInt8>, ofByte offset: Int) -> (line: Int, column: Int) {
        let end = min(offset, b.count)
        var line = 1
        var lineStart = 0
        for i in 0..<end where b[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        var column = 1
        for i in lineStart..<end where b[i] & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }

    /// The 1-based column (in characters' first bytes) of byte `offset`: the same as
    /// `location(in:ofByte:).column`, found by walking back to the line's start only.
    static func column(in b: UnsafeBufferPointer<UInt8>, ofByte offset: Int) -> Int {
        let end = min(offset, b.count)
        var column = 1
        var i = end
        while i > 0 && b[i - 1] != 0x0A {
            i -= 1
            if b[i] & 0xC0 != 0x80 { column += 1 }
        }
        return column
    }

    fileprivate func encodingError(at offset: Int) -> ParseError {
        let byte = bytes[offset]
        if byte == 0 { return error(atByte: offset, "binary data, not text (a NUL byte)") }
        let hex = String(byte, radix: 16, uppercase: true)
        return error(atByte: offset, "invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex)); expected UTF-8 text")
    }

    /// The offset of the first NUL byte or the first byte of an invalid UTF-8 sequence, or nil.
    static func firstInvalidByte(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = b.count
        guard let base = b.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i < n {
            // Eight ASCII bytes without NUL at a time.
            if i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                let hasZero = (w &- 0x0101_0101_0101_0101) & ~w & high
                if (w & high) | hasZero == 0 {
                    i += 8
                    continue
                }
            }
            let c = b[i]
            if c < 0x80 {
                if c == 0 { return i }
                i += 1
                continue
            }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            if i + need >= n { return i }
            let c1 = b[i + 1]
            if c1 < lo || c1 > hi { return i }
            var k = 2
            while k <= need {
                if b[i + k] & 0xC0 != 0x80 { return i }
                k += 1
            }
            i += need + 1
        }
        return nil
    }
}

/// `read(2)`, named apart from `InputText.read`.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
