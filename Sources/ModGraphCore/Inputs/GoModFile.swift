/// A go.mod file, parsed as the go command parses it (`golang.org/x/mod/modfile`).
///
/// Directives keep their file order and the 1-based line and column where they start
/// (inside a block, the directive's own line), so findings can point at them.
/// Versions of `require`, `exclude` and `replace` are canonical, as the go command rewrites
/// them (`v1.2` → `v1.2.0`); `retract` versions are kept as written.
public struct GoModFile: Sendable, Hashable {
    /// The name used in messages.
    public var file: String
    /// The `module` directive; nil when the file has none (only an error for a main module).
    public var module: Module?
    public var go: GoDirective?
    public var toolchain: Toolchain?
    public var godebug: [Godebug] = []
    public var require: [Requirement] = []
    public var exclude: [Exclusion] = []
    public var replace: [Replacement] = []
    public var retract: [Retraction] = []
    /// `tool` directives (Go 1.24; Go 1.23 itself rejects them as unknown).
    public var tool: [Tool] = []
    /// `ignore` directives (Go 1.25: directories the go command skips; Go 1.23 and 1.24 reject them).
    public var ignore: [Ignore] = []

    /// Which rules apply.
    public enum Mode: Sendable, Hashable {
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
    public struct Module: Sendable, Hashable {
        public var path: String
        /// Nil when not deprecated (an empty message does not count).
        public var deprecated: String?
        public var line: Int
        public var column: Int
    }

    /// `go 1.21.0`: the version as written (in lax mode, the `1.N` kept from a malformed one).
    public struct GoDirective: Sendable, Hashable {
        public var version: String
        public var line: Int
        public var column: Int
    }

    /// `toolchain go1.21.3` (or `default`).
    public struct Toolchain: Sendable, Hashable {
        public var name: String
        public var line: Int
        public var column: Int
    }

    /// `godebug key=value` (the value may be empty or contain `=`).
    public struct Godebug: Sendable, Hashable {
        public var key: String
        public var value: String
        public var line: Int
        public var column: Int
    }

    /// `require path version [// indirect]`.
    public struct Requirement: Sendable, Hashable {
        public var path: String
        public var version: String
        public var indirect: Bool = false
        public var line: Int
        public var column: Int
    }

    /// `exclude path version`.
    public struct Exclusion: Sendable, Hashable {
        public var path: String
        public var version: String
        public var line: Int
        public var column: Int
    }

    /// `replace old [version] => new [version]`; a new path without a version is a directory.
    public struct Replacement: Sendable, Hashable {
        public var oldPath: String
        /// Nil: every version of `oldPath` is replaced.
        public var oldVersion: String?
        public var newPath: String
        /// Nil exactly when `newPath` is a local directory.
        public var newVersion: String?
        public var line: Int
        public var column: Int

        /// Whether the replacement is a directory on disk rather than another module version.
        public var isLocal: Bool { newVersion == nil }
    }

    /// `retract v1.0.0` (low == high) or `retract [low, high]`, with the comment as rationale.
    public struct Retraction: Sendable, Hashable {
        public var low: String
        public var high: String
        /// The comments on the directive (or its block), one line each; "" when none.
        public var rationale: String = ""
        public var line: Int
        public var column: Int
    }

    /// A directive whose one argument is a path, as written (unquoted): `tool`, `ignore`, and
    /// go.work's `use`.
    public struct PathDirective: Sendable, Hashable {
        public var path: String
        public var line: Int
        public var column: Int
    }

    /// `tool path/to/package` (Go 1.24).
    public typealias Tool = PathDirective

    /// `ignore ./dir` (Go 1.25): a directory the go command leaves out of `./...` patterns.
    public typealias Ignore = PathDirective
}

extension GoModFile {
    /// Parses a go.mod file.
    ///
    /// - Throws: the first error the go command reports for this text: a lexical or block error
    ///   (at its position), else the first directive error (at the directive's line).
    public static func parse(_ input: InputText, mode: Mode = .strict) throws(ParseError) -> GoModFile {
        let (file, errors) = try read(input, mode: mode)
        if let first = errors.first { throw first }
        return file
    }

    /// Parses the main module's go.mod, which must declare the module, as the go command requires.
    ///
    /// - Throws: what `parse` throws, or go's "missing module declaration" error for a file with
    ///   no `module` directive (an empty file, or only comments).
    public static func parseMainModule(_ input: InputText) throws(ParseError) -> GoModFile {
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
    public static func parse(bytes: [UInt8], file: String, mode: Mode = .strict) throws(ParseError) -> GoModFile {
        try parse(InputText(bytes: bytes, file: file), mode: mode)
    }

    /// Parses go.mod text given as a string.
    public static func parse(_ text: String, file: String, mode: Mode = .strict) throws(ParseError) -> GoModFile {
        try parse(InputText(text, file: file), mode: mode)
    }

    /// Every error the go command would report for this file, in its order; empty when it parses.
    ///
    /// A lexical or block error stops everything, so it is then the only one. The go command
    /// prints directive errors joined by newlines, each as `file:line[:column]: message`.
    public static func errors(in input: InputText, mode: Mode = .strict) -> [ParseError] {
        do throws(ParseError) {
            return try read(input, mode: mode).errors
        } catch {
            return [error]
        }
    }
}
