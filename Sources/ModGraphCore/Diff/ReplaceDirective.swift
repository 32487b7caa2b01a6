/// One `replace` directive of go.mod or go.work, as the diff compares them.
struct ReplaceDirective: Hashable, Sendable {
    /// The file that holds the directive: `go.mod` or `go.work`.
    var file: String
    var oldPath: String
    /// Nil when every version of `oldPath` is replaced.
    var oldVersion: String?
    var newPath: String
    /// Nil for a local-directory replacement.
    var newVersion: String?

    /// The directive's left-hand side, which identifies it: `path` or `path version`.
    var key: Key { Key(file: file, path: oldPath, version: oldVersion) }

    /// `new [version]` as go.mod writes it.
    var newText: String { newVersion.map { "\(newPath) \($0)" } ?? newPath }

    /// What a directive replaces: the file, the old path and the old version (nil for all).
    struct Key: Hashable, Sendable, Comparable {
        var file: String
        var path: String
        var version: String?

        static func < (lhs: Key, rhs: Key) -> Bool {
            if lhs.path != rhs.path { return lhs.path < rhs.path }
            if lhs.version != rhs.version { return (lhs.version ?? "") < (rhs.version ?? "") }
            return lhs.file < rhs.file
        }
    }
}

extension ReplaceDirective {
    /// The replace directives of a go.mod and a go.work, go.mod's first, each in file order.
    static func all(goMod: GoModFile?, goWork: GoWorkFile?) -> [ReplaceDirective] {
        func convert(_ r: GoModFile.Replacement, _ file: String) -> ReplaceDirective {
            ReplaceDirective(
                file: file, oldPath: r.oldPath, oldVersion: r.oldVersion, newPath: r.newPath,
                newVersion: r.newVersion)
        }
        return (goMod?.replace.map { convert($0, "go.mod") } ?? [])
            + (goWork?.replace.map { convert($0, "go.work") } ?? [])
    }
}
