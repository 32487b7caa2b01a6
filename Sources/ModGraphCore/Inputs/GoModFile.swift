/// A go.mod file, parsed as the go command parses it (`golang.org/x/mod/modfile`).
///
/// Directives keep their file order and the 1-based line and column where they start
/// (inside a block, the directive's own line), so findings can point at them.
/// Versions of `require`, `exclude` and `replace` are canonical, as the go command rewrites
/// them (`v1.2` → `v1.2.0`); `retract` versions are kept as written.
struct GoModFile: Sendable, Hashable {
    /// The name used in messages.
    var file: String
    /// The `module` directive; nil when the file has none (only an error for a main module).
    var module: Module?
    var go: GoDirective?
    var toolchain: Toolchain?
    var godebug: [Godebug] = []
    var require: [Requirement] = []
    var exclude: [Exclusion] = []
    var replace: [Replacement] = []
    var retract: [Retraction] = []
    /// `tool` directives (Go 1.24; Go 1.23 itself rejects them as unknown).
    var tool: [Tool] = []
    /// `ignore` directives (Go 1.25: directories the go command skips; Go 1.23 and 1.24 reject them).
    var ignore: [Ignore] = []

    /// Which rules apply.
    enum Mode: Sendable, Hashable {
        /// A main module's go.mod (`modfile.Parse`, as `go mod edit` reads it).
        ///
        /// Every directive is checked, and an unknown directive or block is an error.
        case strict
        /// A dependency's go.mod (`modfile.ParseLax`).
        ///
        /// Only `module`, `go`, `require` and `retract` are read; other directives and blocks
        /// are ignored, a go version such as `1.21.x` is read as `1.21`, and a malformed
        /// `retract` is skipped.
        case lax
    }

    /// `module path`, with the message of a `// Deprecated:` comment on it.
    struct Module: Sendable, Hashable {
        var path: String
        /// Nil when not deprecated (an empty message does not count).
        var deprecated: String?
        var line: Int
        var column: Int
    }

    /// `go 1.21.0`: the version as written (in lax mode, the `1.N` kept from a malformed one).
    struct GoDirective: Sendable, Hashable {
        var version: String
        var line: Int
        var column: Int
    }

    /// `toolchain go1.21.3` (or `default`).
    struct Toolchain: Sendable, Hashable {
        var name: String
        var line: Int
        var column: Int
    }

    /// `godebug key=value` (the value may be empty or contain `=`).
    struct Godebug: Sendable, Hashable {
        var key: String
        var value: String
        var line: Int
        var column: Int
    }

    /// `require path version [// indirect]`.
    struct Requirement: Sendable, Hashable {
        var path: String
        var version: String
        var indirect: Bool = false
        var line: Int
        var column: Int
    }

    /// `exclude path version`.
    struct Exclusion: Sendable, Hashable {
        var path: String
        var version: String
        var line: Int
        var column: Int
    }

    /// `replace old [version] => new [version]`; a new path without a version is a directory.
    struct Replacement: Sendable, Hashable {
        var oldPath: String
        /// Nil: every version of `oldPath` is replaced.
        var oldVersion: String?
        var newPath: String
        /// Nil exactly when `newPath` is a local directory.
        var newVersion: String?
        var line: Int
        var column: Int

        /// Whether the replacement is a directory on disk rather than another module version.
        var isLocal: Bool { newVersion == nil }
    }

    /// `retract v1.0.0` (low == high) or `retract [low, high]`, with the comment as rationale.
    struct Retraction: Sendable, Hashable {
        var low: String
        var high: String
        /// The comments on the directive (or its block), one line each; "" when none.
        var rationale: String = ""
        var line: Int
        var column: Int
    }

    /// A directive whose one argument is a path, as written (unquoted): `tool`, `ignore`, and
    /// go.work's `use`.
    struct PathDirective: Sendable, Hashable {
        var path: String
        var line: Int
        var column: Int
    }

    /// `tool path/to/package` (Go 1.24).
    typealias Tool = PathDirective

    /// `ignore ./dir` (Go 1.25): a directory the go command leaves out of `./...` patterns.
    typealias Ignore = PathDirective
}

extension GoModFile {
    /// Parses a go.mod file.
    ///
    /// - Throws: the first error the go command reports for this text: a lexical or block error
    ///   (at its position), else the first directive error (at the directive's line).
    static func parse(_ input: InputText, mode: Mode = .strict) throws(ParseError) -> GoModFile {
        let (file, errors) = try read(input, mode: mode)
        if let first = errors.first { throw first }
        return file
    }

    /// Parses the main module's go.mod, which must declare the module, as the go command requires.
    ///
    /// - Throws: what `parse` throws, or go's "missing module declaration" error for a file with
    ///   no `module` directive (an empty file, or only comments).
    static func parseMainModule(_ input: InputText) throws(ParseError) -> GoModFile {
        let file = try parse(input, mode: .strict)
        if file.module == nil {
            // The go command's text (modload.ReadModFile), with its newline and tab as one space.
            throw ParseError(
                file: input.file,
                message: "missing module declaration. To specify the module path: go mod edit -module=example.com/mod")
        }
        return file
    }

    /// Parses go.mod text given as bytes (checked as UTF-8 text first).
    static func parse(bytes: [UInt8], file: String, mode: Mode = .strict) throws(ParseError) -> GoModFile {
        try parse(InputText(bytes: bytes, file: file), mode: mode)
    }

    /// Parses go.mod text given as a string.
    static func parse(_ text: String, file: String, mode: Mode = .strict) throws(ParseError) -> GoModFile {
        try parse(InputText(text, file: file), mode: mode)
    }

    /// Every error the go command would report for this file, in its order; empty when it parses.
    ///
    /// A lexical or block error stops everything, so it is then the only one. The go command
    /// prints directive errors joined by newlines, each as `file:line[:column]: message`.
    static func errors(in input: InputText, mode: Mode = .strict) -> [ParseError] {
        do throws(ParseError) {
            return try read(input, mode: mode).errors
        } catch {
            return [error]
        }
    }
}
