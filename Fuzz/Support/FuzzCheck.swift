import Foundation
@testable import ModGraphCore

/// Shared by every fuzz target (compiled into each one).
enum Fuzz {
    /// A property every input must keep; a violation stops the run, so libFuzzer saves the input.
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard condition else {
            FileHandle.standardError.write(Data("fuzz property violated: \(message())\n".utf8))
            abort()
        }
    }

    /// The input's bytes as an array.
    static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// A parse error must be one a person can act on: it names the file, points inside
    /// the input (or at no line at all), and says something.
    static func checkError(_ error: ParseError, file: String, bytes: [UInt8]) {
        checkError(error, file: file, lines: lineCount(bytes))
    }

    /// The same, with the input's line count worked out once by the caller (for many errors).
    static func checkError(_ error: ParseError, file: String, lines: Int) {
        require(error.file == file, "error names \(error.file), not \(file)")
        require(!error.message.isEmpty, "empty error message")
        require(error.line >= 0 && error.line <= lines + 1, "error line \(error.line) outside 0...\(lines + 1)")
        require(error.column >= 0, "negative column \(error.column)")
        require(error.description.hasPrefix(file), "description does not start with the file: \(error.description)")
    }

    /// Lines in the input (a last line without a newline counts).
    static func lineCount(_ bytes: [UInt8]) -> Int {
        bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// The input split into `count` strings at newline bytes (the last one takes the rest);
    /// invalid UTF-8 is repaired. Lets one input carry several values.
    static func fields(_ bytes: [UInt8], count: Int) -> [String] {
        var out: [String] = []
        var rest = bytes[...]
        while out.count < count - 1, let nl = rest.firstIndex(of: 0x0A) {
            out.append(String(decoding: rest[..<nl], as: UTF8.self))
            rest = rest[(nl + 1)...]
        }
        out.append(String(decoding: rest, as: UTF8.self))
        while out.count < count { out.append("") }
        return out
    }
}
