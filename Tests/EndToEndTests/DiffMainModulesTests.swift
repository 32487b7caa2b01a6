import Foundation
import Testing
import TestSupport

/// `diff` and `baseline` when the set of main modules changes: a workspace gaining or losing a
/// `use`d module, a module becoming a workspace. The change is said as such (json, md, text),
/// not as dependencies added or removed, and a baseline still matches the findings that persist.
@Suite struct DiffMainModulesTests {
    /// Copies of the workspace sample as `base` and `head` without captures or vendor/ (so both
    /// sides are read from go.work and the go.mod files alone), base's go.work without greeter.
    func workspaces() throws -> URL {
        let work = try ModGraphProcess.scratch()
        for side in ["base", "head"] {
            let dir = work.appendingPathComponent(side)
            try FileManager.default.copyItem(at: RepoPaths.sample("workspace"), to: dir)
            for f in ["graph.txt", "list.json", "meta.json", "vendor-check.txt", "vendor"] {
                try? FileManager.default.removeItem(at: dir.appendingPathComponent(f))
            }
        }
        let goWork = work.appendingPathComponent("base/go.work")
        let text = try String(contentsOf: goWork, encoding: .utf8).replacingOccurrences(of: "\t./greeter\n", with: "")
        try text.write(to: goWork, atomically: true, encoding: .utf8)
        return work
    }

    func json(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test func workspaceGainingAndLosingAModule() throws {
        let work = try workspaces()
        defer { try? FileManager.default.removeItem(at: work) }
        let r = try ModGraphProcess.run(["diff", "base", "head", "--no-go", "--no-svg", "--output", "out"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        // In the base, app requires example.com/ws/greeter v0.0.0 (replaced by ../greeter): a dependency.
        #expect(r.stdout.contains("  + main module example.com/ws/greeter  (a dependency at v0.0.0 in the base)\n"), "\(r.stdout)")
        #expect(!r.stdout.contains("- example.com/ws/greeter"), "\(r.stdout)")
        #expect(!r.stdout.contains("different main modules"), "\(r.stdout)")
        #expect(r.stdout.contains("changes          1 main module added;"), "\(r.stdout)")
        let doc = try json(work.appendingPathComponent("out/diff/diff.json"))
        let mains = try #require(doc["mainModules"] as? [String: Any])
        #expect((mains["added"] as? [[String: Any]])?.map { $0["path"] as? String } == ["example.com/ws/greeter"])
        #expect((mains["added"] as? [[String: Any]])?.first?["asDependency"] as? String == "v0.0.0")
        #expect((mains["removed"] as? [Any])?.isEmpty == true)
        #expect(((doc["removed"] as? [[String: Any]]) ?? []).allSatisfy { $0["path"] as? String != "example.com/ws/greeter" })
        let md = try String(contentsOf: work.appendingPathComponent("out/diff/diff.md"), encoding: .utf8)
        #expect(md.contains("### Main modules added (1)\n\n| Module | Before |\n|---|---|\n| `example.com/ws/greeter` | a dependency at `v0.0.0` in the base |\n"), "\(md)")
        #expect(!md.contains("may not be two revisions"))

        // The other way: the workspace loses greeter, which becomes a dependency again.
        let back = try ModGraphProcess.run(["diff", "head", "base", "--no-go", "--no-svg", "--output", "back"], in: work)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout.contains("  - main module example.com/ws/greeter  (a dependency at v0.0.0 in the head)\n"), "\(back.stdout)")
        #expect(!back.stdout.contains("+ example.com/ws/greeter"), "\(back.stdout)")
        let backDoc = try json(work.appendingPathComponent("back/diff/diff.json"))
        let backMains = try #require(backDoc["mainModules"] as? [String: Any])
        #expect((backMains["removed"] as? [[String: Any]])?.map { $0["path"] as? String } == ["example.com/ws/greeter"])
        #expect(((backDoc["added"] as? [[String: Any]]) ?? []).allSatisfy { $0["path"] as? String != "example.com/ws/greeter" })

        // A baseline of the base still matches the head's findings that persist.
        let b = try ModGraphProcess.run(["baseline", "base", "--no-go", "-o", "base.json"], in: work)
        #expect(b.status == 0, "\(b.stderr)")
        let entries = try #require(try json(work.appendingPathComponent("base.json"))["findings"] as? [[String: Any]])
        #expect(!entries.isEmpty)
        let a = try ModGraphProcess.run(["analyze", "head", "--no-go", "--no-svg", "-o", "out2", "--baseline", "base.json"], in: work)
        #expect(a.status == 0 || a.status == 1, "\(a.stderr)")
        // Every finding persists except the base's note that greeter (then a dependency) is
        // replaced by ../greeter: in the head that replace is workspace wiring.
        #expect(a.stdout.contains("baseline base.json: 0 new, \(entries.count - 1) known, 1 gone\n"), "\(a.stdout)")
        #expect(a.stdout.contains("  gone note: [replaced] example.com/ws/greeter: "), "\(a.stdout)")
    }

    @Test func moduleBecomingAWorkspace() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let fm = FileManager.default
        for side in ["base", "head"] {
            let dir = work.appendingPathComponent(side)
            try fm.createDirectory(at: dir, withIntermediateDirectories: true)
            try "module example.com/one\n\ngo 1.23\n\nrequire example.com/greet v1.2.0\n"
                .write(to: dir.appendingPathComponent("go.mod"), atomically: true, encoding: .utf8)
        }
        let sub = work.appendingPathComponent("head/sub")
        try fm.createDirectory(at: sub, withIntermediateDirectories: true)
        try "module example.com/one/sub\n\ngo 1.23\n\nrequire example.com/words v1.1.0\n"
            .write(to: sub.appendingPathComponent("go.mod"), atomically: true, encoding: .utf8)
        try "go 1.23\n\nuse (\n\t.\n\t./sub\n)\n".write(to: work.appendingPathComponent("head/go.work"), atomically: true, encoding: .utf8)

        let r = try ModGraphProcess.run(["diff", "base", "head", "--no-go", "--no-svg", "--output", "out"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("  + main module example.com/one/sub\n"), "\(r.stdout)")
        #expect(r.stdout.contains("  + example.com/words v1.1.0"), "\(r.stdout)")
        #expect(!r.stdout.contains("different main modules"), "\(r.stdout)")
        let doc = try json(work.appendingPathComponent("out/diff/diff.json"))
        let mains = try #require(doc["mainModules"] as? [String: Any])
        let added = try #require(mains["added"] as? [[String: Any]])
        #expect(added.map { $0["path"] as? String } == ["example.com/one/sub"])
        #expect(added.first?["asDependency"] is NSNull)
        #expect((doc["head"] as? [String: Any])?["mainModules"] as? [String] == ["example.com/one", "example.com/one/sub"])

        // Unrelated modules keep the old note and no main-module section.
        let other = work.appendingPathComponent("other")
        try fm.createDirectory(at: other, withIntermediateDirectories: true)
        try "module example.com/two\n\ngo 1.23\n".write(to: other.appendingPathComponent("go.mod"), atomically: true, encoding: .utf8)
        let u = try ModGraphProcess.run(["diff", "base", "other", "--no-go", "--no-svg", "--output", "out3"], in: work)
        #expect(u.stdout.contains("note: the base and the head have different main modules"), "\(u.stdout)")
        #expect(try json(work.appendingPathComponent("out3/diff/diff.json"))["mainModules"] == nil)
    }

    /// The same change between two git revisions: each side is read out of git with the
    /// workspace's own files (go.work.sum, each `use`d module's go.mod and go.sum).
    @Test(.enabled(if: DiffCommandTests.hasGit, "git not found: git tests skipped"))
    func workspaceGainingAModuleBetweenRevisions() throws {
        let work = try workspaces()
        defer { try? FileManager.default.removeItem(at: work) }
        let repo = work.appendingPathComponent("base")
        try DiffCommandTests.git(["init", "-q"], in: repo)
        try DiffCommandTests.git(["add", "-A"], in: repo)
        try DiffCommandTests.git(["commit", "-q", "-m", "base"], in: repo)
        try DiffCommandTests.git(["tag", "base"], in: repo)
        try FileManager.default.removeItem(at: repo.appendingPathComponent("go.work"))
        try FileManager.default.copyItem(at: work.appendingPathComponent("head/go.work"), to: repo.appendingPathComponent("go.work"))
        try DiffCommandTests.git(["commit", "-q", "-am", "use greeter"], in: repo)
        let r = try ModGraphProcess.run(["diff", "--git", "base..HEAD", "--no-go", "--no-svg", "--output", "../out"], in: repo)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("  + main module example.com/ws/greeter  (a dependency at v0.0.0 in the base)\n"), "\(r.stdout)")
        #expect(r.stdout.contains("modgraph diff: example.com/ws/app, example.com/ws/greeter, example.com/ws/tools\n"), "\(r.stdout)")
        #expect(try DiffCommandTests.git(["status", "--porcelain"], in: repo).isEmpty, "the work tree is untouched")
    }
}
