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
    public let file: String
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
    public init(_ text: String, file: String, sizeLimit: Int = InputText.defaultSizeLimit) throws(ParseError) {
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
    public static func readIfPresent(
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
    public var lines: Lines { Lines(bytes: bytes) }

    /// The text of a line, without its line ending.
    public func string(_ line: Line) -> String {
        String(decoding: bytes[line.range], as: UTF8.self)
    }

    /// The text of a byte range.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The 1-based line and column (in characters) of a byte offset; the end of input is allowed.
    public func location(ofByte offset: Int) -> (line: Int, column: Int) {
        bytes.withUnsafeBufferPointer { Self.location(in: $0, ofByte: offset) }
    }

    /// A `ParseError` at the byte offset `offset`.
    public func error(atByte offset: Int, _ message: String) -> ParseError {
        let (line, column) = location(ofByte: offset)
        return ParseError(file: file, line: line, column: column, message: message)
    }
}

extension InputText {
    /// One line: its 1-based number and the byte range of its text (no `\n`, no trailing `\r`).
    public struct Line: Hashable, Sendable {
        public var number: Int
        public var range: Range<Int>
    }

    /// The lines of an input, produced lazily.
    public struct Lines: Sequence, Sendable {
        let bytes: [UInt8]

        public func makeIterator() -> Iterator { Iterator(bytes: bytes) }

        public struct Iterator: IteratorProtocol, Sendable {
            let bytes: [UInt8]
            var start = 0
            var number = 0

            public mutating func next() -> Line? {
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

    /// Reads a descriptor to its end, judging the bytes as they arrive: a regular file's size is
    /// checked before anything is read, and the size limit (for standard input too), UTF-8, NUL
    /// bytes and the line limit after each read, so a bad input is refused without reading the rest.
    private static func readAll(fd: Int32, name: String, sizeLimit: Int, lineLimit: Int) throws(ParseError) -> InputText {
        var st = stat()
        var expected = 0
        if fstat(fd, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFDIR {
                throw ParseError(file: name, message: "cannot read: is a directory")
            }
            if (st.st_mode & S_IFMT) == S_IFREG {
                expected = Int(st.st_size)
                if expected > sizeLimit {
                    throw ParseError(file: name, message: tooLargeMessage(size: expected, limit: sizeLimit))
                }
            }
        }
        let hardCap = sizeLimit < Int.max ? sizeLimit + 1 : Int.max
        let tooLarge = "input is larger than the \(sizeText(sizeLimit)) limit (--max-input-size)"
        // One byte more than expected, so the end of a regular file needs no growth.
        var buffer = [UInt8](repeating: 0, count: min(max(expected + 1, 64 << 10), hardCap))
        var used = 0
        var screen = Screen(lineLimit: lineLimit)
        while true {
            if used == buffer.count {
                if used > sizeLimit { throw ParseError(file: name, message: tooLarge) }
                let grown = min(buffer.count &* 2, hardCap)
                buffer.append(contentsOf: repeatElement(0, count: grown - buffer.count))
            }
            // At most 16 MiB a read, so a bad start is judged before the rest is read.
            let n = buffer.withUnsafeMutableBytes { raw in
                systemRead(fd, raw.baseAddress! + used, min(raw.count - used, 16 << 20))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw ParseError(file: name, message: "cannot read: \(errnoText())")
            }
            if n == 0 { break }
            used += n
            if used > sizeLimit { throw ParseError(file: name, message: tooLarge) }
            if let problem = buffer.withUnsafeBufferPointer({ screen.check(UnsafeBufferPointer(rebasing: $0[..<used]), atEnd: false) }) {
                throw problem.error(in: buffer, used: used, file: name)
            }
        }
        if let problem = buffer.withUnsafeBufferPointer({ screen.check(UnsafeBufferPointer(rebasing: $0[..<used]), atEnd: true) }) {
            throw problem.error(in: buffer, used: used, file: name)
        }
        buffer.removeLast(buffer.count - used)
        return InputText(checked: buffer, file: name)
    }

    /// Checks text as it is read: UTF-8 without NUL, and no line longer than `lineLimit` bytes.
    struct Screen {
        enum Problem {
            case encoding(Int)
            /// A line (starting at the offset) longer than the limit.
            case longLine(start: Int, limit: Int)

            func error(in buffer: [UInt8], used: Int, file: String) -> ParseError {
                let text = InputText(checked: Array(buffer[..<used]), file: file)
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
        /// Bytes before this offset are valid UTF-8 (a sequence cut by a read waits for the next).
        var validUpTo = 0
        /// Bytes before this offset have been searched for newlines.
        var scannedUpTo = 0
        var lineStart = 0

        init(lineLimit: Int) { self.lineLimit = lineLimit }

        mutating func check(_ b: UnsafeBufferPointer<UInt8>, atEnd: Bool) -> Problem? {
            let n = b.count
            // UTF-8: up to the last sequence that may be complete.
            var end = n
            if !atEnd {
                var k = n
                while k > validUpTo && k > n - 4 && b[k - 1] & 0xC0 == 0x80 { k -= 1 }
                if k > validUpTo && k > n - 4 && b[k - 1] >= 0xC0 { end = k - 1 }
            }
            if end > validUpTo {
                if let bad = InputText.firstInvalidByte(UnsafeBufferPointer(rebasing: b[validUpTo..<end])) {
                    return .encoding(validUpTo + bad)
                }
                validUpTo = end
            }
            // Lines.
            guard let base = b.baseAddress else { return nil }
            var p = scannedUpTo
            while p < n {
                guard let hit = memchr(base + p, 0x0A, n - p) else { break }
                let nl = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
                if nl - lineStart > lineLimit { return .longLine(start: lineStart, limit: lineLimit) }
                lineStart = nl + 1
                p = nl + 1
            }
            scannedUpTo = n
            if n - lineStart > lineLimit { return .longLine(start: lineStart, limit: lineLimit) }
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
