import Foundation

/// Every file and folder under a root with its bytes and modification time, to prove a run
/// left a tree exactly as it was.
public struct TreeSnapshot: Equatable, Sendable {
    /// Relative path (folders end in `/`, symbolic links in ` -> TARGET`) → bytes and modification time.
    public var entries: [String: Entry]

    public struct Entry: Equatable, Sendable {
        public var bytes: Data
        public var modified: Date
    }

    /// Walks `root` (without following symbolic links inside it).
    public init(_ root: URL) throws {
        entries = [:]
        let fm = FileManager.default
        let keys: [URLResourceKey] = [.isRegularFileKey, .isSymbolicLinkKey, .contentModificationDateKey]
        guard let walker = fm.enumerator(at: root, includingPropertiesForKeys: keys) else { return }
        let base = root.resolvingSymlinksInPath().path
        for case let url as URL in walker {
            let values = try url.resourceValues(forKeys: Set(keys))
            var rel = url.path
            if rel.hasPrefix(root.path) { rel = String(rel.dropFirst(root.path.count)) } else if rel.hasPrefix(base) { rel = String(rel.dropFirst(base.count)) }
            let modified = values.contentModificationDate ?? .distantPast
            if values.isSymbolicLink == true {
                let target = (try? fm.destinationOfSymbolicLink(atPath: url.path)) ?? "?"
                entries[rel + " -> " + target] = Entry(bytes: Data(), modified: .distantPast)
            } else if values.isRegularFile == true {
                entries[rel] = Entry(bytes: try Data(contentsOf: url), modified: modified)
            } else {
                entries[rel + "/"] = Entry(bytes: Data(), modified: modified)
            }
        }
    }

    /// What differs from `later`, one line per path; empty when the trees are the same.
    public func differences(to later: TreeSnapshot) -> [String] {
        var out: [String] = []
        for k in Set(entries.keys).union(later.entries.keys).sorted() {
            switch (entries[k], later.entries[k]) {
            case (nil, _): out.append("added: \(k)")
            case (_, nil): out.append("removed: \(k)")
            case let (a?, b?):
                if a.bytes != b.bytes { out.append("changed: \(k)") } else if a.modified != b.modified { out.append("rewritten: \(k)") }
            default: break
            }
        }
        return out
    }
}
