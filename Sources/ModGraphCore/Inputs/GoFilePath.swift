/// Slash-separated path arithmetic as the go command does it on Unix (`path/filepath`).
///
/// The consistency check names files relative to the working directory (`base.ShortPath`)
/// and rebases workspace replacement directories (`filepath.Rel`), so these must give the
/// same strings as Go's `Clean`, `Join`, `Dir` and `Rel`, without touching the file system.
enum GoFilePath {
    /// Whether `path` is absolute.
    static func isAbs(_ path: String) -> Bool {
        path.utf8.first == UInt8(ascii: "/")
    }

    /// The shortest lexically equivalent path (`filepath.Clean`).
    static func clean(_ path: String) -> String {
        if path.isEmpty { return "." }
        let rooted = isAbs(path)
        var parts: [Substring] = []
        for element in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch element {
            case ".":
                continue
            case "..":
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !rooted {
                    parts.append(element)
                }
            default:
                parts.append(element)
            }
        }
        let joined = parts.joined(separator: "/")
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The elements joined with `/` and cleaned; "" when every element is empty (`filepath.Join`).
    static func join(_ elements: String...) -> String {
        let nonEmpty = elements.filter { !$0.isEmpty }
        if nonEmpty.isEmpty { return "" }
        return clean(nonEmpty.joined(separator: "/"))
    }

    /// Everything but the last element, cleaned (`filepath.Dir`).
    static func dir(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return clean(String(path[..<slash]) + (slash == path.startIndex ? "/" : ""))
    }

    /// `target` relative to `base`, or nil when there is none (`filepath.Rel`).
    static func rel(_ base: String, _ target: String) -> String? {
        let b = clean(base)
        let t = clean(target)
        if b == t { return "." }
        if isAbs(b) != isAbs(t) { return nil }
        let bParts = b == "." ? [] : b.split(separator: "/", omittingEmptySubsequences: true)
        let tParts = t.split(separator: "/", omittingEmptySubsequences: true)
        var common = 0
        while common < bParts.count && common < tParts.count && bParts[common] == tParts[common] {
            common += 1
        }
        if common < bParts.count && bParts[common] == ".." { return nil }
        let ups = Array(repeating: Substring(".."), count: bParts.count - common)
        return (ups + tParts[common...]).joined(separator: "/")
    }

    /// `path` relative to `cwd` when that is shorter, else `path` (`base.ShortPath`).
    static func short(_ path: String, cwd: String) -> String {
        if let r = rel(cwd, path), r.utf8.count < path.utf8.count { return r }
        return path
    }

    /// A directory replacement as modules.txt records it (`modload.ToDirectoryPath`).
    ///
    /// `./x` for a path that does not already start with `./`, `../` or `/`.
    static func toDirectoryPath(_ path: String) -> String {
        if ModFileSyntax.isDirectoryPath(path) { return path }
        return "./" + clean(path)
    }
}
