import Foundation
import Testing
@testable import ModGraphCore

/// The error `body` throws, or nil.
func inputError<T>(_ body: () throws(ParseError) -> T) -> ParseError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

/// A fresh file under the temporary directory holding `bytes`; remove it with `removeTemporaryFile`.
func temporaryFile(_ bytes: [UInt8], name: String = "input") throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("modgraph-inputs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}

/// Removes a file made by `temporaryFile` and its folder.
func removeTemporaryFile(_ path: String) {
    try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
}

@Suite struct InputTextTests {
    private func lines(_ text: String) throws -> [String] {
        let input = try InputText(text, file: "t")
        return input.lines.map { input.string($0) }
    }

    @Test func splitsOnNewlineAndDropsOneTrailingCarriageReturn() throws {
        #expect(try lines("") == [])
        #expect(try lines("a") == ["a"])
        #expect(try lines("a\n") == ["a"])
        #expect(try lines("\n") == [""])
        #expect(try lines("a\r\nb\r\n\r\nc") == ["a", "b", "", "c"])
        #expect(try lines("a\r\r\n") == ["a\r"])
        #expect(try lines("a\rb\n") == ["a\rb"])
        let input = try InputText("x\ny\n\nz\n", file: "t")
        #expect(input.lines.map(\.number) == [1, 2, 3, 4])
    }

    @Test func acceptsUTF8() throws {
        let text = "é ü € 😀 \u{10FFFF}\n"
        let input = try InputText(text, file: "t")
        #expect(input.bytes == Array(text.utf8))
    }

    @Test(arguments: [
        // bytes, line, column
        ([0x61, 0x0A, 0x62, 0xFF], 2, 2),
        ([0xC0, 0x80], 1, 1),  // overlong
        ([0xC1, 0xBF], 1, 1),  // overlong
        ([0xE0, 0x80, 0x80], 1, 1),  // overlong
        ([0xED, 0xA0, 0x80], 1, 1),  // surrogate
        ([0xF4, 0x90, 0x80, 0x80], 1, 1),  // above U+10FFFF
        ([0xF5, 0x80, 0x80, 0x80], 1, 1),
        ([0x61, 0x62, 0x80], 1, 3),  // lone continuation byte
        ([0x61, 0xE2, 0x82], 1, 2),  // truncated at the end
        ([0xE2, 0x82, 0x61], 1, 1),  // truncated in the middle
        ([0xC3, 0xA9, 0x20, 0xC3], 1, 3),  // column counts characters
    ] as [([UInt8], Int, Int)])
    func rejectsInvalidUTF8(bytes: [UInt8], line: Int, column: Int) {
        let error = inputError { () throws(ParseError) in try InputText(bytes: bytes, file: "f.txt") }
        #expect(error?.file == "f.txt")
        #expect(error?.line == line)
        #expect(error?.column == column)
        #expect(error?.message.hasPrefix("invalid UTF-8") == true)
    }

    @Test func findsBadBytesPastTheEightByteFastPath() {
        var bytes = Array("0123456789abcdef\nxyz".utf8)
        bytes.append(0xFE)
        bytes += Array("0123456789".utf8)
        let error = inputError { () throws(ParseError) in try InputText(bytes: bytes, file: "f") }
        #expect(error?.description == "f:2:4: invalid UTF-8 (byte 0xFE); expected UTF-8 text")
    }

    @Test func rejectsNULAsBinary() {
        for offset in [0, 3, 9, 15] {
            var bytes = Array("abcdefgh\nijklmnop".utf8)
            bytes[offset] = 0
            let error = inputError { () throws(ParseError) in try InputText(bytes: bytes, file: "f") }
            #expect(error?.message == "binary data, not text (a NUL byte)")
            #expect(error?.line == (offset < 9 ? 1 : 2))
        }
    }

    @Test func enforcesTheSizeLimit() throws {
        let error = inputError { () throws(ParseError) in
            try InputText(bytes: Array(repeating: 0x61, count: 11), file: "f", sizeLimit: 10)
        }
        #expect(error?.message == "file is 11 bytes, larger than the 10-byte limit (--max-input-size)")
        #expect(
            InputText.tooLargeMessage(size: 300_000_000, limit: InputText.defaultSizeLimit)
                == "file is 300000000 bytes, larger than the 256 MiB limit (--max-input-size)")
        #expect(InputText.defaultSizeLimit == 256 * 1024 * 1024)
        #expect(throws: Never.self) {
            try InputText(bytes: Array(repeating: 0x61, count: 10), file: "f", sizeLimit: 10)
        }
    }

    @Test func readsAFileAndChecksItsSizeFirst() throws {
        let path = try temporaryFile(Array("line 1\nline 2\n".utf8))
        defer { removeTemporaryFile(path) }
        let input = try InputText.read(path: path, file: "shown.txt")
        #expect(input.file == "shown.txt")
        #expect(input.lines.map { input.string($0) } == ["line 1", "line 2"])

        let big = try temporaryFile(Array(repeating: 0x61, count: 2 << 20))
        defer { removeTemporaryFile(big) }
        let error = inputError { () throws(ParseError) in try InputText.read(path: big, sizeLimit: 1 << 20) }
        #expect(error?.description == "\(big): file is 2097152 bytes, larger than the 1 MiB limit (--max-input-size)")
        #expect(try InputText.read(path: big, sizeLimit: 2 << 20, lineLimit: 2 << 20).bytes.count == 2 << 20)
    }

    @Test func readsLargeFilesCompletely() throws {
        // More than one 64 KiB read, with a multi-byte character across the boundaries.
        let text = String(repeating: "abcdé\n", count: 50_000)
        let path = try temporaryFile(Array(text.utf8))
        defer { removeTemporaryFile(path) }
        let input = try InputText.read(path: path)
        #expect(input.bytes == Array(text.utf8))
        #expect(Array(input.lines).count == 50_000)
    }

    @Test func readsOnlyRegularFiles() throws {
        // A character device is refused without reading it (standard input is the way to stream;
        // BadInputTests checks its limits).
        let error = inputError { () throws(ParseError) in try InputText.read(path: "/dev/zero", sizeLimit: 1 << 20) }
        #expect(error?.description == "/dev/zero: cannot read: is a character device, not a regular file; expected a file (or - for standard input)")
        #expect(inputError { () throws(ParseError) in try InputText.readIfPresent(path: "/dev/null") }?.description
            == "/dev/null: cannot read: is a character device, not a regular file; expected a file (or - for standard input)")
        // procfs files report size 0 but have content.
        if FileManager.default.fileExists(atPath: "/proc/version") {
            #expect(try InputText.read(path: "/proc/version").bytes.isEmpty == false)
        }
    }

    @Test func reportsMissingAndUnreadableFiles() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)").path
        let error = inputError { () throws(ParseError) in try InputText.read(path: missing) }
        #expect(error?.description == "\(missing): cannot open: No such file or directory")
        #expect(try InputText.readIfPresent(path: missing) == nil)

        let dir = FileManager.default.temporaryDirectory.path
        let dirError = inputError { () throws(ParseError) in try InputText.read(path: dir) }
        #expect(dirError?.message.hasPrefix("cannot") == true)
    }

    @Test func readsBinaryAndInvalidFilesAsErrors() throws {
        let nul = try temporaryFile([0x61, 0x00, 0x62])
        defer { removeTemporaryFile(nul) }
        #expect(inputError { () throws(ParseError) in try InputText.read(path: nul) }?.message
            == "binary data, not text (a NUL byte)")
        let garbage = try temporaryFile([0x50, 0x4B, 0x03, 0x04, 0xFF, 0xD8])
        defer { removeTemporaryFile(garbage) }
        #expect(inputError { () throws(ParseError) in try InputText.read(path: garbage) }?.message
            .hasPrefix("invalid UTF-8") == true)
    }

    @Test func locatesBytesByLineAndCharacter() throws {
        let input = try InputText("ab\né€x\n", file: "t")
        #expect(input.location(ofByte: 0) == (1, 1))
        #expect(input.location(ofByte: 2) == (1, 3))
        #expect(input.location(ofByte: 3) == (2, 1))
        #expect(input.location(ofByte: 8) == (2, 3))  // 'x' after é (2 bytes) and € (3 bytes)
        #expect(input.location(ofByte: input.bytes.count) == (3, 1))
        #expect(input.error(atByte: 8, "m").description == "t:2:3: m")
    }

    @Test func splitsFieldsLikeGo() throws {
        let input = try InputText(" a\tb\u{00A0}c\u{2003}d\u{3000}e\u{000B}f  \u{0085}g ", file: "t")
        let all = 0..<input.bytes.count
        #expect(input.goFields(all).map { input.string($0) } == ["a", "b", "c", "d", "e", "f", "g"])
        let padded = try InputText("\u{2028} x y \u{00A0}\r", file: "t")
        #expect(padded.string(padded.goTrimSpace(0..<padded.bytes.count)) == "x y")
        let none = try InputText(" \t ", file: "t")
        #expect(none.goFields(0..<none.bytes.count).isEmpty)
        #expect(none.goTrimSpace(0..<none.bytes.count).isEmpty)
        // Non-space characters that share lead bytes with spaces.
        let lookalike = try InputText("\u{00A9}x\u{2010}y\u{3001}", file: "t")
        #expect(lookalike.goFields(0..<lookalike.bytes.count).count == 1)
    }

    /// Bytes are judged as they are read: invalid UTF-8 or a NUL at any read boundary is found at
    /// its position, and a multi-byte character split by a read is not an error (16 MiB is a
    /// boundary of the pieces files are read in).
    @Test(arguments: [(16 << 20) - 2, (16 << 20) - 1, 16 << 20])
    func judgesBytesAcrossReads(_ at: Int) throws {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: (16 << 20) + 8)
        for i in stride(from: 99, to: bytes.count, by: 100) { bytes[i] = 0x0A }
        bytes.replaceSubrange(at..<(at + 3), with: [0xE2, 0x80, 0xAE])  // U+202E
        let path = try temporaryFile(bytes)
        defer { removeTemporaryFile(path) }
        #expect(try InputText.read(path: path).bytes == bytes)
        bytes[at + 2] = 0x41  // a cut sequence
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let error = inputError { () throws(ParseError) in try InputText.read(path: path) }
        #expect(error?.message == "invalid UTF-8 (byte 0xE2); expected UTF-8 text")
        let prefix = bytes[..<at]
        #expect(error?.line == prefix.filter { $0 == 0x0A }.count + 1)
    }

    /// Files are read in pieces of `readChunkSize`: a four-byte character at every offset
    /// across the first boundary reads back whole, a file of exactly one piece (and one byte
    /// more) too, and a sequence cut at the boundary is an error at its first byte.
    @Test func readsInPiecesAcrossTheirBoundaries() throws {
        let chunk = InputText.readChunkSize
        for at in (chunk - 4)...(chunk + 1) {
            var bytes = [UInt8](repeating: UInt8(ascii: "b"), count: chunk + 64)
            for i in stride(from: 999, to: bytes.count, by: 1000) { bytes[i] = 0x0A }
            bytes.replaceSubrange(at..<(at + 4), with: [0xF0, 0x9F, 0x98, 0x80])  // U+1F600
            let path = try temporaryFile(bytes)
            defer { removeTemporaryFile(path) }
            #expect(try InputText.read(path: path).bytes == bytes, "at \(at)")
            bytes[at + 3] = 0x41
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let error = inputError { () throws(ParseError) in try InputText.read(path: path) }
            #expect(error?.message == "invalid UTF-8 (byte 0xF0); expected UTF-8 text", "at \(at)")
            #expect(error?.line == bytes[..<at].filter { $0 == 0x0A }.count + 1, "at \(at)")
        }
        for size in [chunk, chunk + 1, 2 * chunk] {
            let bytes = (0..<size).map { $0 % 1000 == 999 ? 0x0A : UInt8(ascii: "a") + UInt8($0 % 26) }
            let path = try temporaryFile(bytes)
            defer { removeTemporaryFile(path) }
            #expect(try InputText.read(path: path).bytes == bytes, "\(size) bytes")
        }
        // A file cut in the middle of a character at its very end.
        let path = try temporaryFile((0..<(chunk - 1)).map { $0 % 1000 == 999 ? 0x0A : UInt8(ascii: "c") } + [0xE2, 0x80])
        defer { removeTemporaryFile(path) }
        #expect(inputError { () throws(ParseError) in try InputText.read(path: path) }?.message
            == "invalid UTF-8 (byte 0xE2); expected UTF-8 text")
    }

    @Test func refusesALineOverTheLimit() throws {
        let text = "short\n" + String(repeating: "x", count: 100) + "\nshort\n"
        let path = try temporaryFile(Array(text.utf8))
        defer { removeTemporaryFile(path) }
        let error = inputError { () throws(ParseError) in try InputText.read(path: path, lineLimit: 99) }
        #expect(error?.description == "\(path):2:1: line 2 is longer than 99 bytes, the limit for a line of this input; expected the go command's output")
        #expect(try InputText.read(path: path, lineLimit: 100).bytes == Array(text.utf8))
    }
}

/// Quoted text in messages: invisible characters as go's own escapes, which read back.
@Suite struct InputTextQuoteTests {
    /// Found by the escaping fuzz target: U+061C was written `\u61c`, which is no escape.
    @Test(arguments: ["cloud.google\u{61C}om", "a\u{202E}b", "x\u{FEFF}", "e\u{E0001}z"])
    func invisibleCharactersRoundTrip(_ text: String) {
        let quoted = InputText.quoted(text)
        #expect(!quoted.unicodeScalars.contains { Escaping.isInvisible($0) })
        #expect(ModFileSyntax.unquote(quoted) == text, "\(quoted)")
    }

    @Test func escapesHaveGosWidth() {
        #expect(InputText.quoted("a\u{61C}") == "\"a\\u061c\"")
        #expect(InputText.quoted("\u{E0001}") == "\"\\U000e0001\"")
    }

    @Test func columnAloneAgreesWithLocation() {
        let text: [UInt8] = Array("{\n  é{\"x\"}\n\n日本 {}\r\nend".utf8)
        text.withUnsafeBufferPointer { b in
            for offset in 0...(b.count + 2) {
                #expect(InputText.column(in: b, ofByte: offset) == InputText.location(in: b, ofByte: offset).column, "offset \(offset)")
            }
        }
    }
}
