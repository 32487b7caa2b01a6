import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// `analyze` over the real projects in ../shared/corpus, checked against numbers derived
/// here independently, straight from the captured files with Foundation.
@Suite(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)))
struct CorpusAnalysisTests {
    /// Entries that have both captures (one, containerd v1.7.27, has neither).
    static let captured: [String] = Corpus.entries.filter {
        FileManager.default.fileExists(atPath: Corpus.entry($0).appendingPathComponent("graph.txt").path)
            && FileManager.default.fileExists(atPath: Corpus.entry($0).appendingPathComponent("list.json").path)
    }

    /// The objects of a `go list -m -json` stream, split at top-level `}` lines (go's
    /// MarshalIndent puts them at column 0) and decoded by JSONSerialization.
    static func listObjects(_ url: URL) throws -> [[String: Any]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        let array = "[" + text.replacingOccurrences(of: "\n}\n{", with: "\n},\n{") + "]"
        return try JSONSerialization.jsonObject(with: Data(array.utf8)) as? [[String: Any]] ?? []
    }

    /// Edges of `go mod graph` as string pairs, toolchain pseudo-modules left out.
    static func graphEdges(_ url: URL) throws -> [(String, String)] {
        let text = try String(contentsOf: url, encoding: .utf8)
        func pseudo(_ s: Substring) -> Bool { s.hasPrefix("go@") || s.hasPrefix("toolchain@") }
        return text.split(separator: "\n").compactMap { line in
            let f = line.split(separator: " ")
            guard f.count == 2, !pseudo(f[0]), !pseudo(f[1]) else { return nil }
            return (String(f[0]), String(f[1]))
        }
    }

    func analyze(_ entry: String) throws -> Analysis {
        let inputs = try InputSet.load(root: Corpus.entry(entry).path)
        return try Analyzer.analyze(inputs, name: entry)
    }

    @Test(arguments: captured)
    func statsMatchIndependentCounts(entry: String) throws {
        let dir = Corpus.entry(entry)
        let edges = try Self.graphEdges(dir.appendingPathComponent("graph.txt"))
        let objects = try Self.listObjects(dir.appendingPathComponent("list.json"))
        let main = objects.filter { $0["Main"] as? Bool == true }.compactMap { $0["Path"] as? String }
        let deps = objects.filter { $0["Main"] as? Bool != true }

        // Independent max depth: BFS over the selected graph built from strings.
        var selectedVersion: [String: String] = [:]
        for d in deps { selectedVersion[d["Path"] as! String] = d["Version"] as? String }
        var requires: [String: Set<String>] = [:]  // "path@version" or main path -> paths
        for (from, to) in edges {
            let toPath = String(to.split(separator: "@").first!)
            requires[from, default: []].insert(toPath)
        }
        var depth: [String: Int] = [:]
        var queue = main
        for m in main { depth[m] = 0 }
        var head = 0
        while head < queue.count {
            let p = queue[head]; head += 1
            let key = main.contains(p) ? p : "\(p)@\(selectedVersion[p] ?? "")"
            for q in requires[key] ?? [] where depth[q] == nil && (selectedVersion[q] != nil) {
                depth[q] = depth[p]! + 1
                queue.append(q)
            }
        }

        let a = try analyze(entry)
        #expect(a.mainModules == main)
        #expect(a.stats.graphEdges == Set(edges.map { "\($0.0) \($0.1)" }).count)
        #expect(a.stats.graphNodes == Set(edges.flatMap { [$0.0, $0.1] }).count)
        #expect(a.stats.selectedModules == deps.count)
        #expect(a.stats.indirect == deps.filter { $0["Indirect"] as? Bool == true }.count)
        #expect(a.stats.direct == deps.filter { $0["Indirect"] as? Bool != true }.count)
        #expect(a.stats.maxDepth == depth.values.max())
        #expect(a.buildList.modules.map(\.path) == deps.compactMap { $0["Path"] as? String }.sorted())
        // Entries the go command could not resolve are findings, not failures.
        let errored = deps.filter { $0["Error"] != nil }.count
        #expect(a.findings.filter { $0.id == "module-error" }.count == errored)
    }

    @Test(arguments: captured)
    func replacementsComeFromList(entry: String) throws {
        let objects = try Self.listObjects(Corpus.entry(entry).appendingPathComponent("list.json"))
        let replaced = objects.filter { $0["Replace"] != nil }.compactMap { $0["Path"] as? String }.sorted()
        let a = try analyze(entry)
        #expect(a.buildList.modules.filter { $0.replacement != nil }.map(\.path) == replaced)
    }

    /// Minimal version selection over the graph alone picks what `go list -m all` picked.
    @Test(arguments: captured)
    func mvsOverGraphEqualsList(entry: String) throws {
        let dir = Corpus.entry(entry)
        let text = try InputText.read(path: dir.appendingPathComponent("graph.txt").path)
        let graph = ModuleGraph(try ModGraphText.parse(text))
        let mvs = MVS.buildList(graph)
        let objects = try Self.listObjects(dir.appendingPathComponent("list.json"))
        var expected: [String: String] = [:]
        for o in objects where o["Main"] as? Bool != true { expected[o["Path"] as! String] = o["Version"] as? String }
        #expect(mvs == expected)
    }

    /// `vendor.consistent` is the go command's verdict: the exit status go gave
    /// `go list -mod=vendor -m` in the entry, as vendor-check.txt records it.
    @Test(arguments: Corpus.entries)
    func vendorVerdictIsTheGoCommands(entry: String) throws {
        let record = try String(contentsOf: Corpus.entry(entry).appendingPathComponent("vendor-check.txt"), encoding: .utf8)
        let first = try #require(record.components(separatedBy: "### command: go list -mod=vendor -m\n").dropFirst().first)
        let status = try #require(first.components(separatedBy: "### exit status: ").dropFirst().first?.prefix { $0.isNumber })
        let a = try analyze(entry)
        #expect(a.vendor.present)
        #expect(a.vendor.consistent == (status == "0"))
        #expect(a.findings.filter { $0.id.hasPrefix("vendor-") }.isEmpty == (status == "0"))
    }

    /// An entry with neither capture still analyzes, from go.mod alone.
    @Test(.enabled(if: Corpus.has("containerd-containerd@v1.7.27"), Corpus.skipReason("containerd-containerd@v1.7.27")))
    func goModOnlyEntry() throws {
        let entry = "containerd-containerd@v1.7.27"
        let a = try analyze(entry)
        #expect(a.buildList.source == .goMod)
        #expect(a.mainModules == ["github.com/containerd/containerd"])
        #expect(a.stats.selectedModules > 100)
        #expect(a.findings.filter { $0.id == "input-missing" }.count == 2)
        #expect(a.vendor.present)
    }
}
