import Foundation

/// Writes report.json's big arrays the way `JSONEncoder` pretty-prints them (two-space indent,
/// `"key" : value`, records at depth two), into a buffer handed to a sink about every MiB.
struct JSONRecordWriter {
    var sink: ([UInt8]) throws -> Void
    var buffer: [UInt8] = []
    static let chunk = 1 << 20

    init(sink: @escaping ([UInt8]) throws -> Void) {
        self.sink = sink
        buffer.reserveCapacity(Self.chunk + 4096)
    }

    mutating func flushIfFull() throws {
        if buffer.count >= Self.chunk { try flush() }
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func bytes<C: Collection>(_ b: C) throws where C.Element == UInt8 {
        buffer.append(contentsOf: b)
        try flushIfFull()
    }

    mutating func text(_ s: String) throws {
        buffer.append(contentsOf: s.utf8)
    }

    /// `      "key" : "value"` (a field of a record at depth two).
    mutating func field(_ key: String, string value: String) throws {
        buffer.append(contentsOf: "      \"".utf8)
        buffer.append(contentsOf: key.utf8)
        buffer.append(contentsOf: "\" : ".utf8)
        try string(value)
    }

    /// A JSON string as `JSONEncoder` writes it without escaping slashes: `"` and `\`
    /// backslashed, control characters as `\n`-style or `\u00XX` escapes, the rest as is.
    mutating func string(_ s: String) throws {
        let start = buffer.count
        defer {
            // Bidi controls, separators and other invisible characters as \u escapes.
            if s.utf8.contains(where: { $0 >= 0x80 }) {
                let escaped = Escaping.json(Data(buffer[start...]))
                buffer.removeSubrange(start...)
                buffer.append(contentsOf: escaped)
            }
        }
        buffer.append(0x22)
        var plain = true
        for byte in s.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            plain = false
            break
        }
        if plain {
            buffer.append(contentsOf: s.utf8)
        } else {
            for byte in s.utf8 {
                switch byte {
                case 0x22: buffer.append(contentsOf: [0x5C, 0x22])
                case 0x5C: buffer.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: buffer.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: buffer.append(contentsOf: [0x5C, 0x72])
                case 0x09: buffer.append(contentsOf: [0x5C, 0x74])
                case 0x08: buffer.append(contentsOf: [0x5C, 0x62])
                case 0x0C: buffer.append(contentsOf: [0x5C, 0x66])
                case ..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    buffer.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
                default: buffer.append(byte)
                }
            }
        }
        buffer.append(0x22)
    }

    /// An array of strings whose key is indented `indent` spaces, one string a line.
    mutating func strings(_ items: [String], indent: Int) throws {
        let pad = String(repeating: " ", count: indent)
        guard !items.isEmpty else {
            buffer.append(contentsOf: "[\n\n\(pad)]".utf8)
            return
        }
        buffer.append(contentsOf: "[\n".utf8)
        for (i, item) in items.enumerated() {
            if i > 0 { buffer.append(contentsOf: ",\n".utf8) }
            buffer.append(contentsOf: (pad + "  ").utf8)
            try string(item)
        }
        buffer.append(contentsOf: "\n\(pad)]".utf8)
    }

    /// An array of records at the document's top level: `[`, each record's fields between
    /// `    {` and `    }`, `]`; an empty array as the encoder writes one.
    mutating func array<T>(_ items: [T], _ record: (inout JSONRecordWriter, T) throws -> Void) throws {
        guard !items.isEmpty else {
            buffer.append(contentsOf: "[\n\n  ]".utf8)
            return
        }
        buffer.append(contentsOf: "[\n".utf8)
        for (i, item) in items.enumerated() {
            buffer.append(contentsOf: (i == 0 ? "    {\n" : ",\n    {\n").utf8)
            try record(&self, item)
            buffer.append(contentsOf: "\n    }".utf8)
            try flushIfFull()
        }
        buffer.append(contentsOf: "\n  ]".utf8)
    }
}
