import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// `diff` between the two releases of each real project in ../shared/corpus: the module
/// lists checked against an independent reading of list.json, the reports against golden files.
@Suite(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)))
struct DiffCorpusTests {
    /// Golden folder name, base entry, head entry.
    static let pairs: [(String, String, String)] = [
        ("runc", "opencontainers-runc@v1.2.5", "opencontainers-runc@v1.3.0"),
        ("containerd", "containerd-containerd@v2.0.7", "containerd-containerd@v2.1.5"),
        ("buildah", "containers-buildah@v1.21.6", "containers-buildah@v1.37.7"),
    ]

    /// The version after the `@` of an entry name: the label the golden files use.
    static func label(_ entry: String) -> String { String(entry.split(separator: "@").last!) }

    static func diff(_ base: String, _ head: String) throws -> AnalysisDiff {
        AnalysisDiff(
            base: try DiffFixtures.corpusSide(base, label: label(base), at: Corpus.entry(base)),
            head: try DiffFixtures.corpusSide(head, label: label(head), at: Corpus.entry(head)))
    }

    /// Path → version of the non-main modules of a `go list -m -json all` capture.
    static func selected(_ entry: String) throws -> [String: String] {
        let text = try String(contentsOf: Corpus.entry(entry).appendingPathComponent("list.json"), encoding: .utf8)
        let array = "[" + text.replacingOccurrences(of: "\n}\n{", with: "\n},\n{") + "]"
        let objects = try JSONSerialization.jsonObject(with: Data(array.utf8)) as? [[String: Any]] ?? []
        var out: [String: String] = [:]
        for o in objects where o["Main"] as? Bool != true {
            out[o["Path"] as! String] = o["Version"] as? String ?? ""
        }
        return out
    }

    @Test(arguments: pairs)
    func listsMatchAnIndependentReading(name: String, base: String, head: String) throws {
        let diff = try Self.diff(base, head)
        let before = try Self.selected(base)
        let after = try Self.selected(head)
        #expect(diff.added.map(\.path) == after.keys.filter { before[$0] == nil }.sorted(), "\(name)")
        #expect(diff.removed.map(\.path) == before.keys.filter { after[$0] == nil }.sorted(), "\(name)")
        let changed = after.keys.filter { before[$0] != nil && before[$0] != after[$0] }.sorted()
        #expect((diff.upgraded + diff.downgraded).map(\.path).sorted() == changed, "\(name)")
        for c in diff.upgraded + diff.downgraded {
            #expect(before[c.path] == c.from && after[c.path] == c.to)
        }
        // Every added module the head's graph reaches has a chain that starts at the main module
        // and whose links are real requirements of the head.
        let sel = diff.head.analysis.selected
        for a in diff.added where !a.pulledInBy.isEmpty {
            let chain = a.pulledInBy + [a.module.id]
            #expect(chain[0].version.isEmpty && diff.head.analysis.mainModules.contains(chain[0].path))
            for (from, to) in zip(chain, chain.dropFirst()) {
                let f = try #require(sel.nodes.firstIndex(of: from))
                let t = try #require(sel.nodes.firstIndex(of: to))
                #expect(sel.successors[f].contains(Int32(t)), "\(from) does not require \(to)")
            }
        }
    }

    @Test(arguments: pairs)
    func reportsMatchGoldenFiles(name: String, base: String, head: String) throws {
        let diff = try Self.diff(base, head)
        let md = DiffMarkdownReport.render(diff)
        #expect(md.utf8.count <= DiffMarkdownReport.defaultLimit)
        if let d = Golden.check(md, against: "diff/\(name)/diff.md") { Issue.record(Comment(rawValue: d)) }
        if let d = Golden.checkJSON(DiffJSONReport.render(diff), against: "diff/\(name)/diff.json") {
            Issue.record(Comment(rawValue: d))
        }
        let dot = DiffDOTWriter().write(DiffGraphViewBuilder.view(of: diff))
        if let d = Golden.check(dot, against: "diff/\(name)/diff.dot") { Issue.record(Comment(rawValue: d)) }
    }

    @Test func replaceDirectiveChangesOfBuildah() throws {
        let diff = try Self.diff("containers-buildah@v1.21.6", "containers-buildah@v1.37.7")
        #expect(!diff.replaceChanges.isEmpty)
        let spec = diff.replaceChanges.first { $0.key.path == "github.com/opencontainers/runtime-spec" }
        #expect(spec?.to?.newVersion == "v1.2.0")
    }
}
