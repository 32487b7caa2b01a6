extension GoWorkFile {
    /// go.work text that means the same from any folder: every `use` directory and every
    /// directory replacement made absolute against `directory`, the folder this go.work is in.
    ///
    /// The go command reads such a copy (through `GOWORK`) as it reads the original, and writes
    /// go.work.sum beside the copy, never beside the original. Paths are written as Go string
    /// literals, which go.work accepts wherever a path goes.
    public func relocatedText(from directory: String) -> String {
        func absolute(_ path: String) -> String {
            GoFilePath.isAbs(path) ? GoFilePath.clean(path) : GoFilePath.join(directory, path)
        }
        var lines: [String] = []
        if let go { lines.append("go \(go.version)") }
        if let toolchain { lines.append("toolchain \(toolchain.name)") }
        for g in godebug { lines.append("godebug \(g.key)=\(g.value)") }
        for u in use { lines.append("use \(GoQuote.string(absolute(u.path)))") }
        for r in replace {
            let old = GoQuote.string(r.oldPath) + (r.oldVersion.map { " " + $0 } ?? "")
            let new = r.newVersion.map { GoQuote.string(r.newPath) + " " + $0 } ?? GoQuote.string(absolute(r.newPath))
            lines.append("replace \(old) => \(new)")
        }
        return lines.map { $0 + "\n" }.joined()
    }
}

extension GoWorkFile {
    /// The `use` directories that lie in the go.work's folder or below it, cleaned and relative
    /// to it (`.` for the folder itself), in file order: what a copy of the workspace's files
    /// needs beside go.work. Absolute directories and ones above the folder are left out.
    public var directoriesBelow: [String] {
        var seen: Set<String> = []
        return use.compactMap { u -> String? in
            guard !GoFilePath.isAbs(u.path) else { return nil }
            let clean = GoFilePath.clean(u.path)
            guard clean != "..", !clean.hasPrefix("../"), seen.insert(clean).inserted else { return nil }
            return clean
        }
    }
}
