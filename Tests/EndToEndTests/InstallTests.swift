import Foundation
import Testing
import TestSupport

/// `scripts/install.sh --prefix DIR` (with the built binary, `--binary`, so the suite does not
/// build a release): the installed modgraph runs, its bash, zsh and fish completions complete
/// subcommands and options in those shells, and the man page renders.
@Suite struct InstallTests {
    func sh(_ args: [String], in work: URL) throws -> ModGraphProcess.Result {
        try HTMLReportBrowserTests().run(args, in: work)
    }

    static func has(_ tool: String) -> Bool {
        ["/usr/bin/", "/bin/", "/usr/local/bin/"].contains { FileManager.default.isExecutableFile(atPath: $0 + tool) }
    }

    @Test func installsIntoAPrefix() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let prefix = work.appendingPathComponent("pre fix")  // a space, to catch missing quotes
        let script = RepoPaths.root.appendingPathComponent("scripts/install.sh").path
        let r = try sh(["bash", script, "--prefix", prefix.path, "--binary", ModGraphProcess.binary.path], in: work)
        #expect(r.status == 0, "\(r.stdout)")
        let bin = prefix.appendingPathComponent("bin/modgraph").path
        let files = [
            "bin/modgraph", "share/bash-completion/completions/modgraph", "share/zsh/site-functions/_modgraph",
            "share/fish/vendor_completions.d/modgraph.fish", "share/man/man1/modgraph.1",
        ]
        for f in files { #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(f).path), "\(f)") }

        // The installed binary works.
        let version = try sh([bin, "--version"], in: work)
        #expect(version.status == 0 && version.stdout == "0.1.0\n", "\(version.stdout)")
        let analyze = try sh([bin, "analyze", RepoPaths.sample("hello").path, "--no-go", "-q", "-o", "out"], in: work)
        #expect(analyze.status <= 1, "\(analyze.stdout)")
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("out/hello/report.json").path))

        // bash: the completion function offers the subcommands, then a subcommand's options.
        let bash = prefix.appendingPathComponent("share/bash-completion/completions/modgraph").path
        func complete(_ words: [String]) throws -> [String] {
            let line = words.joined(separator: " ")
            let code = """
                source '\(bash)'
                COMP_WORDS=(\(words.map { "'\($0)'" }.joined(separator: " "))); COMP_CWORD=\(words.count - 1)
                COMP_LINE='\(line)'; COMP_POINT=\(line.utf8.count)
                _modgraph modgraph '\(words.last!)' '\(words[words.count - 2])'
                printf '%s\\n' "${COMPREPLY[@]}"
                """
            let r = try sh(["bash", "-c", code], in: work)
            #expect(r.status == 0, "\(r.stdout)")
            return r.stdout.split(separator: "\n").map(String.init)
        }
        #expect(try complete(["modgraph", "an"]) == ["analyze"])
        #expect(try complete(["modgraph", "vendor-check", "--fo"]).contains("--format"))
        #expect(try complete(["modgraph", "analyze", "--mer"]).contains("--mermaid"))

        // zsh and fish (scripts/install-deps.sh installs both): the scripts load, and fish
        // completes as a user would see it.
        let zsh = prefix.appendingPathComponent("share/zsh/site-functions/_modgraph").path
        let fish = prefix.appendingPathComponent("share/fish/vendor_completions.d/modgraph.fish").path
        if Self.has("zsh") {
            let z = try sh(["zsh", "-c", "autoload -U compinit && compinit -u && source '\(zsh)' && whence -w _modgraph"], in: work)
            #expect(z.status == 0 && z.stdout.contains("_modgraph: function"), "\(z.stdout)")
        } else {
            Issue.record("zsh is not installed (scripts/install-deps.sh installs it)")
        }
        if Self.has("fish") {
            let f = try sh(["fish", "--no-config", "-c", "source '\(fish)'; complete -C'modgraph an'; complete -C'modgraph diff --mark'"], in: work)
            #expect(f.status == 0, "\(f.stdout)")
            #expect(f.stdout.contains("analyze"), "\(f.stdout)")
            #expect(f.stdout.contains("--markdown-limit"), "\(f.stdout)")
        } else {
            Issue.record("fish is not installed (scripts/install-deps.sh installs it)")
        }

        // The man page renders without a troff warning and covers every subcommand.
        let page = prefix.appendingPathComponent("share/man/man1/modgraph.1").path
        let warnings = try sh(["sh", "-c", "groff -man -Tutf8 -ww '\(page)' >/dev/null"], in: work)
        #expect(warnings.status == 0 && warnings.stdout.isEmpty, "groff: \(warnings.stdout)")
        let man = try sh(["groff", "-man", "-Tascii", "-P-cbou", page], in: work)
        #expect(man.status == 0, "\(man.stdout)")
        for c in ["analyze", "diff", "why", "baseline", "vendor-check", "bench"] {
            #expect(man.stdout.contains("MODGRAPH \(c.uppercased())"), "\(c)")
        }
    }

    @Test func badArgumentsAreUsageErrors() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let r = try sh(["bash", RepoPaths.root.appendingPathComponent("scripts/install.sh").path, "--prefx", "x"], in: work)
        #expect(r.status == 64, "\(r.stdout)")
    }
}
