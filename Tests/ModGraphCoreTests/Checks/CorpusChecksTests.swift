import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// The conflict checks over the real projects in ../shared/corpus, against answers derived
/// here from the captured files with plain strings (`IndependentGraph`, regular expressions).
@Suite(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)))
struct CorpusChecksTests {
    static let captured: [String] = Corpus.entries.filter {
        FileManager.default.fileExists(atPath: Corpus.entry($0).appendingPathComponent("graph.txt").path)
            && FileManager.default.fileExists(atPath: Corpus.entry($0).appendingPathComponent("list.json").path)
    }

    func analyze(_ entry: String) throws -> Analysis {
        try Analyzer.analyze(InputSet.load(root: Corpus.entry(entry).path), name: entry)
    }

    @Test(arguments: captured)
    func findingsMatchIndependentAnswers(entry: String) throws {
        let folder = Corpus.entry(entry)
        let a = try analyze(entry)
        let g = try IndependentGraph(folder: folder)
        let objects = try IndependentGraph.listObjects(folder.appendingPathComponent("list.json"))
        let deps = objects.filter { $0["Main"] as? Bool != true }

        // The captures agree with each other, and go.sum covers every module go.mod requires.
        #expect(a.findings.with("stale-input").isEmpty)
        #expect(a.findings.with("gosum-missing").isEmpty)

        // replaced: exactly list.json's Replace entries, minus versioned no-op directives.
        let replaced = deps.filter { $0["Replace"] != nil }.compactMap { $0["Path"] as? String }.sorted()
        #expect(a.findings.with("replaced").map(\.module) == replaced)

        // incompatible / pseudo-version: the version the build uses (the replacement's when
        // replaced by a module version; directory replacements skipped).
        func used(_ o: [String: Any]) -> String? {
            if let r = o["Replace"] as? [String: Any] { return r["Version"] as? String }
            return o["Version"] as? String
        }
        let pseudo = try Regex(#"^v[0-9]+\.(0\.0-|\d+\.\d+-([^+]*\.)?0\.)\d{14}-[A-Za-z0-9]+(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$"#)
        let expectIncompatible = deps.filter { used($0)?.hasSuffix("+incompatible") == true }.compactMap { $0["Path"] as? String }.sorted()
        let expectPseudo = deps.filter { (used($0)?.wholeMatch(of: pseudo)) != nil }.compactMap { $0["Path"] as? String }.sorted()
        #expect(a.findings.with("incompatible").map(\.module) == expectIncompatible)
        #expect(a.findings.with("pseudo-version").map(\.module) == expectPseudo)

        // multiple-major: paths that differ only in a /vN or gopkg.in .vN suffix.
        let suffix = try Regex(#"(/v[2-9][0-9]*|/v[1-9][0-9]+|\.v[0-9]+(-unstable)?)$"#)
        var families: [String: [String]] = [:]
        for o in deps {
            let p = o["Path"] as! String
            let base = p.hasPrefix("gopkg.in/") || p.firstMatch(of: suffix).map { $0.range.lowerBound != p.startIndex } == true
                ? p.replacing(suffix, with: "") : p
            families[base, default: []].append(p)
        }
        let expectMajor = families.values.filter { $0.count > 1 }.map { $0.min()! }.sorted()
        #expect(a.findings.with("multiple-major").map(\.module).sorted() == expectMajor)

        // cycle: one finding per strongly connected component of two or more modules.
        let comps = g.components().filter { $0.count > 1 }
        #expect(a.findings.with("cycle").count == comps.count)
        #expect(Set(a.findings.with("cycle").map(\.module)) == Set(comps.map { c in c.map { g.path($0) }.min()! }))

        // version-skew: modules some selected module requires at an older version.
        var selectedText: Set<String> = Set(g.nodes)
        selectedText.formUnion(g.mains.map { g.nodes[$0] })
        var skewed: Set<String> = []
        for (from, to) in g.rawEdges where selectedText.contains(from) && !selectedText.contains(to) {
            let at = to.lastIndex(of: "@")!
            let path = String(to[..<at])
            if let chosen = g.selected[path], Semver.compare(String(to[to.index(after: at)...]), chosen) < 0 {
                skewed.insert(path)
            }
        }
        #expect(Set(a.findings.with("version-skew").map(\.module)) == skewed)

        // go-version: none of these projects has a dependency with a newer go line.
        #expect(a.findings.with("go-version").isEmpty)
    }

    /// buildah v1.21.6 pins 18 modules with wildcard replaces, several at the version MVS
    /// selects anyway: those pins are in effect (they rewrite every other version of the path).
    @Test(.enabled(if: captured.contains("containers-buildah@v1.21.6"), Corpus.skipReason("containers-buildah@v1.21.6")))
    func buildahPins() throws {
        let entry = "containers-buildah@v1.21.6"
        let a = try analyze(entry)
        let replaced = a.findings.with("replaced")
        #expect(replaced.count == 18)
        #expect(replaced.allSatisfy { $0.location?.line != nil && $0.message.hasSuffix("(version pin)") })
        #expect(a.findings.with("unused-replace").isEmpty)
        let pin = try #require(replaced.first { $0.module == "github.com/containerd/containerd" })
        #expect(pin.message == "github.com/containerd/containerd v1.7.9 is replaced by version v1.6.38 of itself (version pin)")
    }
}
