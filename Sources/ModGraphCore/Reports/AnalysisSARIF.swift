import Foundation

/// `report.sarif` of `analyze`: every finding as a SARIF 2.1.0 result at the go.mod or go.work
/// line that brings its module in, for GitHub code scanning.
///
/// Where a finding points, in order: a replace directive's line for replace findings; the
/// `require` of the module itself; the `require` of the direct dependency through which the
/// main module reaches it (its message then says so); an `exclude` line naming it; else the
/// finding's own location (list.json, go.sum), else the `module` line — also for findings about
/// the inputs as a whole, unless they name a line of their own. Rules (id, level, help)
/// come from `FindingCatalogue`.
enum AnalysisSARIF {
    static func render(_ a: Analysis, toolVersion: String) -> Data {
        var data = Data()
        // Appending to memory cannot fail.
        try? write(a, toolVersion: toolVersion) { data.append(contentsOf: $0) }
        return data
    }

    /// Writes report.sarif in chunks of about 1 MiB to `sink`, locating each finding as its
    /// result is written, so neither the log nor a located copy of the findings sits whole in memory.
    /// - Throws: what `sink` throws.
    static func write(_ a: Analysis, toolVersion: String, to sink: ([UInt8]) throws -> Void) throws {
        let fallback = a.goModFiles.first?.file ?? a.goWork?.file ?? "go.mod"
        try SARIFReport.write(
            a.findings, toolVersion: toolVersion, fallbackFile: fallback, catalogue: FindingCatalogue.byID,
            result: locator(a), to: sink)
    }

    /// The findings with the locations SARIF gives them.
    static func locate(_ a: Analysis) -> [Finding] {
        a.findings.map(locator(a))
    }

    /// Gives a finding the location SARIF gives it.
    static func locator(_ a: Analysis) -> (Finding) -> Finding {
        let sel = a.selected
        let buildList = a.buildList
        func nodeOf(_ path: String) -> SelectedGraph.NodeID? { SelectedGraph.node(ofPath: path, in: buildList) }
        let tree = RequirementTree(sel, preferring: [])
        let replaceIDs: Set<String> = ["replaced", "unused-replace", "replace-not-allowed"]

        func require(_ path: String, in mainModule: String? = nil) -> SourceLocation? {
            for m in a.goModFiles where mainModule == nil || m.module?.path == mainModule {
                if let r = m.require.first(where: { $0.path == path }) { return SourceLocation(file: m.file, line: r.line) }
            }
            return nil
        }
        func replace(_ path: String) -> SourceLocation? {
            if let w = a.goWork, let r = w.replace.first(where: { $0.oldPath == path }) { return SourceLocation(file: w.file, line: r.line) }
            for m in a.goModFiles {
                if let r = m.replace.first(where: { $0.oldPath == path }) { return SourceLocation(file: m.file, line: r.line) }
            }
            return nil
        }
        func exclude(_ path: String) -> SourceLocation? {
            for m in a.goModFiles {
                if let e = m.exclude.first(where: { $0.path == path }) { return SourceLocation(file: m.file, line: e.line) }
            }
            return nil
        }
        let moduleLine = a.goModFiles.first.flatMap { m in m.module.map { SourceLocation(file: m.file, line: $0.line) } }

        return { f in
            var f = f
            let onGoFile = f.location.map { ($0.file.hasSuffix("go.mod") || $0.file.hasSuffix("go.work")) && $0.line != nil } ?? false
            if onGoFile { return f }
            if f.module.isEmpty {
                // About the inputs as a whole (a missing list.json): the module line, where code
                // scanning can show it; a file named with its line keeps it.
                if f.location?.line == nil, let moduleLine { f.location = moduleLine }
                return f
            }
            if replaceIDs.contains(f.id), let r = replace(f.module) {
                f.location = r
                return f
            }
            if let r = require(f.module) {
                f.location = r
                return f
            }
            if let n = nodeOf(f.module) {
                let chain = tree.chain(to: n).map { sel.nodes[Int($0)].path }
                if chain.count >= 3, let r = require(chain[1], in: chain[0]) ?? require(chain[1]) {
                    f.location = r
                    f.message += " (required through \(chain[1]), which \(chain[0]) requires here)"
                    return f
                }
            }
            if let e = exclude(f.module) {
                f.location = e
                return f
            }
            if f.location == nil { f.location = moduleLine }
            return f
        }
    }
}
