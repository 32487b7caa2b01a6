import Foundation

/// A JSON file format of modgraph's own (a policy, a baseline): one parser from the file's
/// text, and from it reading a file by path or parsing bytes.
public protocol JSONFileFormat {
    /// Parses the file's text.
    ///
    /// - Throws: `ParseError` at line:column for invalid JSON, a duplicate key or a field of the wrong shape.
    static func parse(_ text: InputText) throws(ParseError) -> Self
}

extension JSONFileFormat {
    /// Reads and parses the file at `path`.
    ///
    /// - Throws: `ParseError` naming the file when it cannot be read, else what `parse` throws.
    public static func load(path: String) throws(ParseError) -> Self {
        try parse(try InputText.read(path: path))
    }

    /// Parses JSON given as bytes; `file` names it in errors.
    static func parse(_ data: Data, file: String) throws(ParseError) -> Self {
        try parse(try InputText(bytes: [UInt8](data), file: file))
    }
}
