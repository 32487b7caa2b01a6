/// The output of `go list -m -json`, parsed: one `Module` per JSON object, in input order.
///
/// The go command prints each module as an indented JSON object and concatenates them
/// (no array, whitespace between). Every field of its `Module` struct is decoded; unknown
/// fields are skipped. Field names match exactly, or else case-insensitively, as Go's
/// `encoding/json` does, and `null` leaves a field empty.
struct ModuleList: Sendable {
    /// The name of the input in messages.
    let file: String
    /// Every module object, in input order.
    var modules: [Module]

    /// The main modules (`"Main": true`), in input order.
    var mainModules: [Module] { modules.filter(\.main) }

    /// The number of modules that carry an `Error`.
    var modulesWithError: Int { modules.reduce(0) { $1.error == nil ? $0 : $0 + 1 } }
}

extension ModuleList {
    /// Parses `go list -m -json` output.
    ///
    /// - Parameter goRules: also check what the go command can print: a Path in every object,
    ///   module paths and versions by go's rules, no field given twice (see `ModuleListParser.validate`).
    /// - Throws: `ParseError` naming the object (1-based) and the line and column where the
    ///   JSON went wrong, a top-level value that is not an object, or an input with no object.
    static func parse(_ input: InputText, goRules: Bool = true) throws(ParseError) -> ModuleList {
        var parser = ModuleListParser(input: input, checksGoRules: goRules)
        return ModuleList(file: input.file, modules: try parser.run())
    }

    /// Parses `go list -m -json` output given as bytes (checked as UTF-8 text first).
    static func parse(bytes: [UInt8], file: String) throws(ParseError) -> ModuleList {
        try parse(InputText(bytes: bytes, file: file))
    }

    /// Parses `go list -m -json` output given as a string.
    static func parse(text: String, file: String) throws(ParseError) -> ModuleList {
        try parse(InputText(text, file: file))
    }
}
