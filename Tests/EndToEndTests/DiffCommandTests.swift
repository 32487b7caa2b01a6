import Foundation
import Testing
import TestSupport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `modgraph diff` as a user runs it: capture folders, git revisions, exit statuses.
@Suite struct DiffCommandTests {
    // MARK: Helpers

    /// A copy of a sample under `work/name`.
    static func copySample(_ sample: String, to work: URL, as name: String) throws -> URL {
        let dest = work.appendingPathComponent(name)
        try FileManager.default.copyItem(at: RepoPaths.sample(sample), to: dest)
        return dest
    }

    /// Appends a list.json entry the go command could not resolve (a warning finding, and an added module).
    static func addErroredModule(to folder: URL, path: String = "example.com/broken") throws {
        let list = folder.appendingPathComponent("list.json")
        var text = try String(contentsOf: list, encoding: .utf8)
        text += "{\n\t\"Path\": \"\(path)\",\n\t\"Version\": \"v1.0.0\",\n\t\"Error\": {\n\t\t\"Err\": \"not found\"\n\t}\n}\n"
        try text.write(to: list, atomically: true, encoding: .utf8)
    }

    static func json(_ url: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    }

    static func paths(_ json: [String: Any], _ key: String) -> [String] {
        (json[key] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
    }

    // MARK: Folders

    @Test func identicalFoldersHaveNoChanges() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let hello = RepoPaths.sample("hello").path
        let r = try ModGraphProcess.run(["diff", hello, hello, "--no-go", "--output", "out"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr == "")
        #expect(r.stdout.contains("No module changes; findings: 0 new, 0 gone"))
        let names = try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("out/diff").path).sorted()
        #expect(names == [".modgraph-report.json", "diff.dot", "diff.json", "diff.md", "diff.svg"])
    }

    /// A layout that cannot fit the budget is skipped with a warning before it starts; the
    /// other reports are written and the exit status is the diff's own.
    @Test func aDiffSVGOverItsLayoutBudgetIsSkipped() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let hello = RepoPaths.sample("hello").path
        let r = try ModGraphProcess.run(["diff", hello, hello, "--no-go", "--output", "out", "--layout-budget", "0.01"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("modgraph: warning: diff.svg skipped: "), "\(r.stderr)")
        #expect(r.stderr.contains("within 0.01 s (raise --layout-budget)"), "\(r.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("out/diff").path).sorted()
        #expect(names == [".modgraph-report.json", "diff.dot", "diff.json", "diff.md"])
        let bad = try ModGraphProcess.run(["diff", hello, hello, "--layout-budget", "0"], in: work)
        #expect(bad.status == 64)
    }

    @Test func newFindingsFailAtTheChosenSeverity() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = try Self.copySample("hello", to: work, as: "base")
        let head = try Self.copySample("hello", to: work, as: "head")
        try Self.addErroredModule(to: head)
        let args = ["diff", "base", "head", "--no-go", "--no-svg"]
        let lenient = try ModGraphProcess.run(args, in: work)
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(lenient.stdout.contains("+ example.com/broken v1.0.0"))
        #expect(lenient.stdout.contains("new warning: [module-error] example.com/broken"))
        #expect(try ModGraphProcess.run(args + ["--fail-on", "warning"], in: work).status == 1)
        #expect(try ModGraphProcess.run(args + ["--fail-on", "never"], in: work).status == 0)
        // The other way round the finding is gone, not new: clean even at --fail-on note.
        #expect(try ModGraphProcess.run(["diff", "head", "base", "--no-go", "--no-svg", "--fail-on", "note"], in: work).status == 0)
    }

    @Test func formatChoosesWhatStdoutGets() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = try Self.copySample("hello", to: work, as: "base")
        let head = try Self.copySample("hello", to: work, as: "head")
        try Self.addErroredModule(to: head)
        let json = try ModGraphProcess.run(["diff", "base", "head", "--no-go", "--no-svg", "--format", "json"], in: work)
        #expect(json.status == 0)
        let doc = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(Self.paths(doc, "added") == ["example.com/broken"])
        #expect(json.stdout == (try String(contentsOf: work.appendingPathComponent("output/diff/diff.json"), encoding: .utf8)))
        let md = try ModGraphProcess.run(["diff", "base", "head", "--no-go", "--no-svg", "--format", "markdown", "--name", "md"], in: work)
        #expect(md.stdout.hasPrefix("<!-- modgraph-diff -->\n## modgraph diff: `example.com/hello`"))
        let quiet = try ModGraphProcess.run(["diff", "base", "head", "--no-go", "--no-svg", "-q"], in: work)
        #expect(quiet.stdout == "")
    }

    @Test(arguments: [
        (["diff", "only-one"], "give BASE and HEAD"),
        (["diff", "a", "b", "c"], "give BASE and HEAD"),
        (["diff", "--git", "main"], "--git takes a range"),
        (["diff", "--git", "a..b", "x", "y"], "at most one path"),
        (["diff", "a", "b", "--name", "../x"], "--name must be a plain folder name"),
        (["diff", "a", "b", "--markdown-limit", "10"], "--markdown-limit"),
    ])
    func usageErrorsExit64(args: [String], message: String) throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let r = try ModGraphProcess.run(args, in: work)
        #expect(r.status == 64)
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }

    @Test func unreadableSidesExit2() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let r = try ModGraphProcess.run(["diff", "nope", RepoPaths.sample("hello").path, "--no-go"], in: work)
        #expect(r.status == 2)
        #expect(r.stderr.contains("nope: no such file or directory"))
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("output").path))
    }

    // MARK: Real revisions (corpus)

    static let pairs: [(String, String, String)] = [
        ("runc", "opencontainers-runc@v1.2.5", "opencontainers-runc@v1.3.0"),
        ("containerd", "containerd-containerd@v2.0.7", "containerd-containerd@v2.1.5"),
        ("buildah", "containers-buildah@v1.21.6", "containers-buildah@v1.37.7"),
    ]

    static func label(_ entry: String) -> String { String(entry.split(separator: "@").last!) }

    /// Runs `diff BASE HEAD` on two corpus releases, named by their versions (the labels the
    /// golden files use), and checks every output against the golden files.
    @Test(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)), arguments: pairs)
    func corpusReleasesMatchGoldenFiles(name: String, base: String, head: String) throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        for entry in [base, head] {
            try FileManager.default.createSymbolicLink(
                at: work.appendingPathComponent(Self.label(entry)), withDestinationURL: Corpus.entry(entry))
        }
        let r = try ModGraphProcess.run(["diff", Self.label(base), Self.label(head), "--no-go", "--output", "out"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr == "")
        if let d = Golden.check(r.stdout, against: "diff/\(name)/stdout.txt") { Issue.record(Comment(rawValue: d)) }
        let out = work.appendingPathComponent("out/diff")
        for file in ["diff.md", "diff.dot"] {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            if let d = Golden.check(text, against: "diff/\(name)/\(file)") { Issue.record(Comment(rawValue: d)) }
        }
        let md = try String(contentsOf: out.appendingPathComponent("diff.md"), encoding: .utf8)
        #expect(md.count <= 65_536)
        if let d = Golden.checkJSON(try Data(contentsOf: out.appendingPathComponent("diff.json")), against: "diff/\(name)/diff.json") {
            Issue.record(Comment(rawValue: d))
        }
        let svg = try Data(contentsOf: out.appendingPathComponent("diff.svg"))
        let summary = try SVGSummary(svg)
        if let d = Golden.check(summary.text, against: "diff/\(name)/diff.svg.txt") { Issue.record(Comment(rawValue: d)) }
        #expect(!String(decoding: svg, as: UTF8.self).contains("<script"))
        // Every changed module is drawn.
        let json = try Self.json(out.appendingPathComponent("diff.json"))
        for key in ["added", "removed", "upgraded", "downgraded"] {
            for path in Self.paths(json, key) {
                #expect(summary.nodeTitles.contains { $0.hasPrefix(path + "@") }, "\(key) \(path) is not drawn")
            }
        }
    }

    // MARK: Git

    /// Runs git in `dir` with a fixed identity and dates; returns stdout.
    @discardableResult
    static func git(_ args: [String], in dir: URL) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "-c", "user.name=modgraph test", "-c", "user.email=test@example.com",
                       "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"] + args
        p.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment
        env["GIT_AUTHOR_DATE"] = "2024-01-01T00:00:00Z"
        env["GIT_COMMITTER_DATE"] = "2024-01-01T00:00:00Z"
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw GitFailed(args: args) }
        return String(decoding: data, as: UTF8.self)
    }

    struct GitFailed: Error { var args: [String] }

    static let hasGit = (try? git(["--version"], in: URL(fileURLWithPath: "/"))) != nil

    /// Copies a capture folder's files into `dest`, replacing what is there.
    static func putCapture(from folder: URL, into dest: URL, files: [String] = ["go.mod", "go.sum", "vendor/modules.txt", "graph.txt", "list.json"]) throws {
        let fm = FileManager.default
        for f in files {
            let target = dest.appendingPathComponent(f)
            try? fm.removeItem(at: target)
            let source = folder.appendingPathComponent(f)
            guard fm.fileExists(atPath: source.path) else { continue }
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.copyItem(at: source, to: target)
        }
    }

    /// Two revisions of a module in a subfolder of a repository; the work tree has
    /// uncommitted edits and a staged change, which the diff must neither read nor touch.
    @Test(.enabled(if: hasGit, "git not found: git tests skipped"))
    func gitRevisionsAreReadWithoutTouchingTheRepository() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let repo = work.appendingPathComponent("repo")
        let module = repo.appendingPathComponent("mod")
        try FileManager.default.createDirectory(at: module, withIntermediateDirectories: true)
        try Self.git(["init", "-q"], in: repo)
        try Self.putCapture(from: RepoPaths.sample("hello"), into: module)
        try Self.git(["add", "-A"], in: repo)
        try Self.git(["commit", "-q", "-m", "base"], in: repo)
        try Self.git(["tag", "base"], in: repo)
        try Self.addErroredModule(to: module)
        var goMod = try String(contentsOf: module.appendingPathComponent("go.mod"), encoding: .utf8)
        goMod += "\nreplace example.com/words => ../words\n"
        try goMod.write(to: module.appendingPathComponent("go.mod"), atomically: true, encoding: .utf8)
        try Self.git(["commit", "-q", "-am", "head"], in: repo)
        // Uncommitted: a work-tree edit and a staged one.
        try Self.addErroredModule(to: module, path: "example.com/uncommitted")
        try "staged\n".write(to: repo.appendingPathComponent("staged.txt"), atomically: true, encoding: .utf8)
        try Self.git(["add", "staged.txt"], in: repo)
        let before = try TreeSnapshot(repo)

        let r = try ModGraphProcess.run(
            ["diff", "--git", "base..HEAD", "mod", "--no-go", "--output", "../out", "--fail-on", "warning"], in: repo)
        #expect(r.status == 1, "\(r.stderr)")  // a new warning, and --fail-on warning
        #expect(r.stderr.contains("reading base base ("))
        let json = try Self.json(work.appendingPathComponent("out/diff/diff.json"))
        #expect(Self.paths(json, "added") == ["example.com/broken"])
        #expect((json["base"] as? [String: Any])?["label"] as? String == "base")
        #expect((json["head"] as? [String: Any])?["label"] as? String == "HEAD")
        let replace = json["replaceChanged"] as? [[String: Any]] ?? []
        #expect(replace.count == 1 && replace.first?["path"] as? String == "example.com/words")
        let findings = (json["findings"] as? [String: Any])?["new"] as? [[String: Any]] ?? []
        #expect(findings.contains { $0["file"] as? String == "HEAD:mod/list.json" }, "\(findings)")
        #expect(try TreeSnapshot(repo) == before, "the repository changed")

        // From the module folder itself, and from the merge base (here: base itself).
        let fromModule = try ModGraphProcess.run(
            ["diff", "--git", "base...", "--no-go", "--no-svg", "--output", "../../out2"], in: module)
        #expect(fromModule.status == 0, "\(fromModule.stderr)")
        #expect(fromModule.stdout.contains("base             merge base of base and HEAD"))
        #expect(fromModule.stdout.contains("+ example.com/broken v1.0.0"))
        #expect(try TreeSnapshot(repo) == before, "the repository changed")
    }

    @Test(.enabled(if: hasGit, "git not found: git tests skipped"))
    func badRevisionsExit2() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        try Self.putCapture(from: RepoPaths.sample("hello"), into: work)
        try Self.git(["init", "-q"], in: work)
        try Self.git(["add", "-A"], in: work)
        try Self.git(["commit", "-q", "-m", "one"], in: work)
        for range in ["nosuch..HEAD", "--output..HEAD", "HEAD~5..HEAD"] {
            let r = try ModGraphProcess.run(["diff", "--git=\(range)", "--no-go"], in: work)
            #expect(r.status == 2, "\(range): \(r.stderr)")
            #expect(r.stderr.contains("modgraph: error:"), "\(range): \(r.stderr)")
        }
        let notRepo = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: notRepo) }
        let r = try ModGraphProcess.run(["diff", "--git", "a..b", "--no-go"], in: notRepo)
        #expect(r.status == 2)
        #expect(r.stderr.contains("not in a git work tree"), "\(r.stderr)")
    }

    /// Revisions without captures: go runs (read-only) in the temporary folder of each side.
    @Test(.enabled(if: hasGit && LiveGoReadOnlyTests.go != nil, LiveGoReadOnlyTests.skipReason))
    func gitRevisionsWithoutCapturesRunGo() throws {
        let (work, env) = try LiveGoReadOnlyTests().prepare()
        defer { try? FileManager.default.removeItem(at: work) }
        let repo = work.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: repo, withIntermediateDirectories: true)
        try Self.putCapture(from: RepoPaths.sample("hello"), into: repo, files: ["go.mod", "go.sum", "main.go"])
        try Self.git(["init", "-q"], in: repo)
        try Self.git(["add", "-A"], in: repo)
        try Self.git(["commit", "-q", "-m", "base"], in: repo)
        let goMod = repo.appendingPathComponent("go.mod")
        let text = try String(contentsOf: goMod, encoding: .utf8)
        try text.replacingOccurrences(of: "example.com/greet v1.2.0", with: "example.com/greet v1.0.0")
            .write(to: goMod, atomically: true, encoding: .utf8)
        try Self.git(["commit", "-q", "-am", "downgrade greet"], in: repo)
        let before = try TreeSnapshot(repo)
        let r = try ModGraphProcess.run(
            ["diff", "--git", "HEAD~1..HEAD", "--no-svg", "--output", "../out", "--fail-on", "never"],
            in: repo, environment: env)
        // (go.sum has no zip hash for greet v1.0.0, which a check may rightly report as new.)
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        #expect(r.stderr.contains("running go mod graph for HEAD~1:. (read-only)"), "\(r.stderr)")
        #expect(r.stderr.contains("running go list -m -e -json all for HEAD:. (read-only)"), "\(r.stderr)")
        let json = try Self.json(work.appendingPathComponent("out/diff/diff.json"))
        let down = json["downgraded"] as? [[String: String]]
        #expect(down == [["path": "example.com/greet", "from": "v1.2.0", "to": "v1.0.0"]])
        #expect(Self.paths(json, "added").isEmpty && Self.paths(json, "removed").isEmpty)
        #expect(try TreeSnapshot(repo) == before, "the repository changed")
    }

    /// The corpus releases committed one after the other: `--git` gives the same lists as the folders.
    @Test(.enabled(if: hasGit && Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)))
    func gitRevisionsOfRuncMatchTheFolders() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let repo = work.appendingPathComponent("runc")
        try FileManager.default.createDirectory(at: repo, withIntermediateDirectories: true)
        try Self.git(["init", "-q"], in: repo)
        for entry in ["opencontainers-runc@v1.2.5", "opencontainers-runc@v1.3.0"] {
            try Self.putCapture(from: Corpus.entry(entry), into: repo)
            try Self.git(["add", "-A"], in: repo)
            try Self.git(["commit", "-q", "-m", entry], in: repo)
            try Self.git(["tag", Self.label(entry)], in: repo)
        }
        let r = try ModGraphProcess.run(["diff", "--git", "v1.2.5..v1.3.0", "--no-go", "--no-svg", "--output", "../out"], in: repo)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try Self.json(work.appendingPathComponent("out/diff/diff.json"))
        let golden = try Self.json(Golden.url("diff/runc/diff.json"))
        for key in ["added", "removed", "upgraded", "downgraded", "replaceChanged", "statsDelta"] {
            let a = try JSONSerialization.data(withJSONObject: json[key] ?? NSNull(), options: [.sortedKeys, .fragmentsAllowed])
            let b = try JSONSerialization.data(withJSONObject: golden[key] ?? NSNull(), options: [.sortedKeys, .fragmentsAllowed])
            #expect(a == b, "\(key) differs between --git and the capture folders")
        }
    }
}

/// What an SVG from Graphviz draws, without coordinates: per node and edge its title,
/// shape colours, dash pattern and text lines, in document order.
struct SVGSummary {
    var lines: [String] = []
    var nodeTitles: [String] = []

    var text: String { lines.joined(separator: "\n") + "\n" }

    init(_ data: Data) throws {
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else { throw Malformed(error: String(describing: parser.parserError)) }
        lines = delegate.lines
        nodeTitles = delegate.nodeTitles
    }

    struct Malformed: Error { var error: String }

    final class Delegate: NSObject, XMLParserDelegate {
        var lines: [String] = []
        var nodeTitles: [String] = []
        var group: (kind: String, title: String, parts: [String])?
        var text = ""
        var depth = 0
        var groupDepth = 0

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            depth += 1
            text = ""
            if name == "g", let cls = attributes["class"], ["node", "edge", "graph", "cluster"].contains(cls) {
                flush()
                group = (cls, "", [])
                groupDepth = depth
            } else if group != nil, ["polygon", "path", "ellipse", "polyline"].contains(name) {
                let style = ["fill", "stroke", "stroke-width", "stroke-dasharray"].compactMap { k in
                    attributes[k].map { "\(k)=\($0)" }
                }
                group?.parts.append("\(name)[\(style.joined(separator: " "))]")
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if group != nil {
                if name == "title" { group?.title = text }
                if name == "text" { group?.parts.append("text \"\(text)\"") }
            }
            if name == "g", depth == groupDepth { flush() }
            depth -= 1
            text = ""
        }

        func flush() {
            guard let g = group else { return }
            lines.append("\(g.kind) \(g.title)")
            for p in g.parts { lines.append("  \(p)") }
            if g.kind == "node" { nodeTitles.append(g.title) }
            group = nil
        }
    }
}
