import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

@Suite struct AnalysisSARIFTests {
    /// go.mod requires a and replaces r; a requires b (not in go.mod: an unpruned graph).
    static func analysis() throws -> Analysis {
        let goMod = """
            module example.com/app

            go 1.16

            require (
            \texample.com/a v1.0.0
            \texample.com/r v1.0.0
            )

            replace example.com/r => ../r

            replace example.com/gone => ../gone
            """
        let graph = """
            example.com/app example.com/a@v1.0.0
            example.com/app example.com/r@v1.0.0
            example.com/a@v1.0.0 example.com/b@v0.0.0-20240101000000-abcdefabcdef
            """
        return try DiffFixtures.side("m", goMod: goMod, graph: graph).analysis
    }

    @Test func findingsPointAtTheLineThatBringsTheModuleIn() throws {
        let a = try Self.analysis()
        let located = AnalysisSARIF.locate(a)
        func at(_ id: String, _ module: String) -> Finding? { located.first { $0.id == id && $0.module == module } }
        // b is required by nobody in go.mod: the require of a, through which it comes, is the line.
        let b = try #require(at("pseudo-version", "example.com/b"), "\(located)")
        #expect(b.location == SourceLocation(file: "m/go.mod", line: 6))
        #expect(b.message.hasSuffix("(required through example.com/a, which example.com/app requires here)"))
        // A replace finding points at its replace line, not the require.
        let r = try #require(at("replaced", "example.com/r"))
        #expect(r.location == SourceLocation(file: "m/go.mod", line: 10))
        let gone = try #require(at("unused-replace", "example.com/gone"))
        #expect(gone.location == SourceLocation(file: "m/go.mod", line: 12))
        // Every finding has a file and a line.
        for f in located { #expect(f.location?.line != nil, "\(f)") }
    }

    @Test func sarifCarriesTheCataloguesRules() throws {
        let data = AnalysisSARIF.render(try Self.analysis(), toolVersion: "0.1.0")
        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let pseudo = try #require(rules.first { $0["id"] as? String == "pseudo-version" })
        let rule = try #require(FindingCatalogue.byID["pseudo-version"])
        #expect((pseudo["shortDescription"] as? [String: String])?["text"] == rule.plainMeaning)
        #expect(((pseudo["help"] as? [String: String])?["markdown"])?.contains(rule.meaning) == true)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == AnalysisSARIF.locate(try Self.analysis()).count)
    }
}

@Suite struct FindingCatalogueTests {
    /// The README's findings table is the catalogue, row for row.
    @Test func readmeTableIsTheCatalogue() throws {
        let readme = try String(contentsOf: RepoPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "### Findings\n\n"))
        let rest = readme[section.upperBound...]
        let table = rest.prefix { _ in true }.split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { $0.hasPrefix("|") }.joined(separator: "\n") + "\n"
        #expect(table == FindingCatalogue.markdownTable, "README's table differs; the catalogue's is:\n\(FindingCatalogue.markdownTable)")
    }

    /// Every id a sample's analysis reports is in the catalogue.
    @Test func everyReportedIdIsCatalogued() throws {
        let samples = try FileManager.default.contentsOfDirectory(atPath: RepoPaths.samples.path).filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }
        var ids = Set<String>()
        for s in samples {
            let a = try Analyzer.analyze(try InputSet.load(root: RepoPaths.sample(s).path), name: s)
            ids.formUnion(a.findings.map(\.id))
        }
        #expect(!ids.isEmpty)
        for id in ids { #expect(FindingCatalogue.byID[id] != nil, "\(id) is not in FindingCatalogue") }
    }
}
