import Foundation
import Testing
import TestSupport

/// The workspace samples recorded with go 1.23 (scripts/samples/record.sh workspace
/// workspace-broken): go.work uses app, greeter and tools (tools requires nothing), replaces
/// example.com/color v0.2.0, app wires example.com/ws/greeter to ../greeter, and vendor/ was
/// written by `go work vendor`; the broken copy's tools/go.mod gained a requirement afterwards.
@Suite struct WorkspaceSampleTests {
    static let mains = ["example.com/ws/app", "example.com/ws/greeter", "example.com/ws/tools"]

    func analyze(_ sample: String, in work: URL) throws -> (ModGraphProcess.Result, [String: Any]) {
        try FileManager.default.createSymbolicLink(at: work.appendingPathComponent("samples"), withDestinationURL: RepoPaths.samples)
        let r = try ModGraphProcess.run(["analyze", "samples/\(sample)", "--no-go", "--no-svg", "-o", "out"], in: work)
        let data = try Data(contentsOf: work.appendingPathComponent("out/\(sample)/report.json"))
        return (r, try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]))
    }

    /// What go printed on stderr for `go list -mod=vendor -m` in the sample (its vendor-check.txt
    /// holds stdout and stderr together: on success that is stdout), with the recorder's folder
    /// named as `name`.
    func recordedVendorStderr(_ sample: String, as name: String) throws -> String {
        let text = try String(contentsOf: RepoPaths.sample(sample).appendingPathComponent("vendor-check.txt"), encoding: .utf8)
        let block = try #require(text.components(separatedBy: "### command: go list -mod=vendor -m\n").dropFirst().first)
        let parts = block.components(separatedBy: "### exit status: ")
        guard parts.count > 1, !parts[1].hasPrefix("0\n") else { return "" }
        return parts[0].replacingOccurrences(of: "/tmp/modgraph-samples/\(sample)", with: name)
    }

    /// report.html's modules table and report.md's build list say which workspace modules
    /// require each module, as report.json's requiredBy does.
    @Test func htmlAndMarkdownSayWhichWorkspaceModulesRequireEachModule() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let (r, report) = try analyze("workspace", in: work)
        #expect(r.status == 0, "\(r.stderr)")
        let list = try #require(report["buildList"] as? [[String: Any]])
        let html = try String(contentsOf: work.appendingPathComponent("out/workspace/report.html"), encoding: .utf8)
        let markdown = try String(contentsOf: work.appendingPathComponent("out/workspace/report.md"), encoding: .utf8)
        #expect(html.contains("<button type=\"button\">Required by (workspace modules)</button></th></tr></thead>"))
        for m in list {
            let path = try #require(m["path"] as? String)
            let by = try #require(m["requiredBy"] as? [String])
            // The row ends with the cell listing them.
            let cell = "<td>" + by.map { "<code>\($0)</code>" }.joined(separator: ", ") + "</td></tr>"
            let row = try #require(html.components(separatedBy: "\n").first { $0.hasPrefix("<tr><td><button") && $0.contains("<code>\(path)</code>") || $0.hasPrefix("<tr><td><code>\(path)</code>") })
            #expect(row.hasSuffix(cell), "\(path): \(row)")
            let mdRow = try #require(markdown.components(separatedBy: "\n").first { $0.hasPrefix("| `\(path)` |") })
            #expect(by.isEmpty || mdRow.contains("required by " + by.map { "`\($0)`" }.joined(separator: ", ")), "\(mdRow)")
        }
        let words = try #require(list.first { $0["path"] as? String == "example.com/words" })
        #expect(words["requiredBy"] as? [String] == ["example.com/ws/app", "example.com/ws/greeter"])
    }

    /// Without graph.txt (and list.json) the default graph draws each workspace module's go.mod
    /// requirements: app -> greeter (a workspace module), greeter -> words; tools requires nothing.
    @Test func withoutGraphTheDefaultGraphDrawsGoModRequirements() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let copy = work.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: RepoPaths.sample("workspace"), to: copy)
        for file in ["graph.txt", "list.json"] { try FileManager.default.removeItem(at: copy.appendingPathComponent(file)) }
        let r = try ModGraphProcess.run(["analyze", "ws", "--no-go", "--no-svg", "-o", "out"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("module graph     unknown (no go mod graph)"))
        let dot = try String(contentsOf: work.appendingPathComponent("out/ws/graph.dot"), encoding: .utf8)
        let edges = Set(dot.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("\"example.com/") && $0.contains(" -> ") }
            .map { $0.components(separatedBy: " [")[0] })
        #expect(edges.contains("\"example.com/ws/app\" -> \"example.com/ws/greeter\""), "\(edges.sorted())")
        #expect(edges.contains("\"example.com/ws/app\" -> \"example.com/greet@v1.2.0\""), "\(edges.sorted())")
        #expect(edges.contains("\"example.com/ws/greeter\" -> \"example.com/words@v1.1.0\""), "\(edges.sorted())")
        #expect(edges.contains("\"example.com/ws/greeter\" -> \"example.com/color@v0.2.0\""), "\(edges.sorted())")
        #expect(!edges.contains { $0.hasPrefix("\"example.com/ws/tools\"") }, "\(edges.sorted())")
        #expect(!edges.contains { $0.hasPrefix("\"example.com/greet@") }, "only main modules' requirements are known: \(edges.sorted())")
    }

    @Test func analyzeSeesEveryWorkspaceModule() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let (r, report) = try analyze("workspace", in: work)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(report["mainModules"] as? [String] == Self.mains)
        let vendor = try #require(report["vendor"] as? [String: Any])
        #expect(vendor["consistent"] as? Bool == true)
        #expect(vendor["workspace"] as? Bool == true)
        let ws = try #require(report["workspace"] as? [String: Any])
        #expect(ws["goWork"] as? String == "samples/workspace/go.work")
        #expect(ws["wiring"] as? [String] == ["samples/workspace/app/go.mod:15: replace example.com/ws/greeter => ../greeter"])
        let modules = try #require(ws["modules"] as? [[String: Any]])
        #expect(modules.map { $0["path"] as? String ?? "" } == Self.mains)
        #expect(modules.map { $0["direct"] as? Int ?? -1 } == [1, 2, 0])
        let list = try #require(report["buildList"] as? [[String: Any]])
        // Workspace modules are not dependencies; "direct" says which workspace modules require each.
        #expect(!list.contains { ($0["path"] as? String ?? "").hasPrefix("example.com/ws/") })
        let words = try #require(list.first { $0["path"] as? String == "example.com/words" })
        #expect(words["version"] as? String == "v1.1.0")
        #expect(words["requiredBy"] as? [String] == ["example.com/ws/app", "example.com/ws/greeter"])
        let ids = ((report["findings"] as? [[String: Any]]) ?? []).map { $0["id"] as? String ?? "" }
        #expect(!ids.contains("unused-replace"), "the wiring replace is not an unused replace: \(ids)")
        #expect(!ids.contains("gosum-missing") && !ids.contains("vendor-gosum-missing"), "the modules' go.sum files count: \(ids)")
        #expect(!ids.contains("vendor-version-drift"), "\(ids)")
    }

    @Test func analyzeReportsTheBrokenWorkspaceAsGoDoes() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let (r, report) = try analyze("workspace-broken", in: work)
        #expect(r.status == 1)
        let vendor = try #require(report["vendor"] as? [String: Any])
        #expect(vendor["consistent"] as? Bool == false)
        let expected = try recordedVendorStderr("workspace-broken", as: "samples/workspace-broken")
        #expect(vendor["goStderr"] as? String == expected)
        #expect(r.stdout.contains("[vendor-inconsistent] example.com/lib: example.com/lib@v1.1.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt"))
    }

    @Test func vendorCheckPrintsWhatGoPrinted() throws {
        for sample in ["workspace", "workspace-broken"] {
            let dir = RepoPaths.sample(sample)
            let r = try ModGraphProcess.run(
                ["vendor-check", "--format", "go", "--go-version", "go1.23.5", "--mod", "vendor"], in: dir,
                environment: ["PWD": dir.path, "GOTOOLCHAIN": "local"], removing: ["GOFLAGS", "GOWORK", "GO111MODULE"])
            let expected = try recordedVendorStderr(sample, as: dir.path)
            #expect(r.stderr == expected, "\(sample)")
            #expect(r.status == (expected.isEmpty ? 0 : 1))
        }
    }

    @Test func whyFindsPathsFromEveryWorkspaceModule() throws {
        let r = try ModGraphProcess.run(["why", "example.com/words", RepoPaths.sample("workspace").path, "--no-go", "--format", "json"], in: RepoPaths.root)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("example.com/ws/greeter"))
        #expect(r.stdout.contains("example.com/ws/app"))
    }

    @Test func diffAndBaselineAcrossTheWorkspaces() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let d = try ModGraphProcess.run(
            ["diff", RepoPaths.sample("workspace").path, RepoPaths.sample("workspace-broken").path, "--no-go", "--no-svg", "-o", "out"], in: work)
        #expect(d.stdout.contains("+ example.com/lib v1.1.0"), "\(d.stdout)\(d.stderr)")
        #expect(d.stdout.contains("new error: [vendor-inconsistent] example.com/lib"))
        let b = try ModGraphProcess.run(["baseline", RepoPaths.sample("workspace").path, "--no-go", "-o", "base.json"], in: work)
        #expect(b.status == 0, "\(b.stderr)")
        let a = try ModGraphProcess.run(
            ["analyze", RepoPaths.sample("workspace-broken").path, "--no-go", "--no-svg", "-o", "out2", "--baseline", "base.json"], in: work)
        #expect(a.status == 1)
        #expect(a.stdout.contains("vendor-inconsistent"))
    }
}
