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

    /// Where `swift build -c release` puts modgraph (scripts/test.sh builds it before the suite,
    /// with install.sh's command).
    static let release = RepoPaths.root.appendingPathComponent(".build/release/modgraph")

    /// The release build install.sh makes (`--static-swift-stdlib`) links neither the Swift
    /// runtime nor Foundation: ldd resolves no library from the Swift toolchain, only Graphviz's
    /// (Debian's libgvc6 and what it depends on) and the C/C++ runtime, and README's Install
    /// section names those packages.
    @Test(.enabled(
        if: FileManager.default.isExecutableFile(atPath: InstallTests.release.path),
        "no .build/release/modgraph (scripts/test.sh builds it: swift build -c release --product modgraph --static-swift-stdlib): skipped"))
    func releaseBuildLinksNoSwiftLibrary() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let prefix = work.appendingPathComponent("prefix")
        let script = RepoPaths.root.appendingPathComponent("scripts/install.sh").path
        let r = try sh(["bash", script, "--prefix", prefix.path, "--binary", Self.release.path], in: work)
        #expect(r.status == 0, "\(r.stdout)")
        let bin = prefix.appendingPathComponent("bin/modgraph").path
        let ldd = try sh(["ldd", bin], in: work)
        #expect(ldd.status == 0, "\(ldd.stdout)")
        // The toolchain: two folders above the real `swift` (/opt/swift/usr).
        let swift = try sh(["sh", "-c", "readlink -f \"$(command -v swift)\""], in: work).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!swift.isEmpty)
        let toolchain = URL(fileURLWithPath: swift).deletingLastPathComponent().deletingLastPathComponent().path
        var resolved: [String: String] = [:]
        for line in ldd.stdout.split(separator: "\n") {
            let parts = line.trimmingCharacters(in: .whitespaces).components(separatedBy: " => ")
            guard parts.count == 2 else { continue }
            let path = parts[1].components(separatedBy: " (")[0]
            #expect(path != "not found", "\(line)")
            resolved[parts[0]] = path
        }
        #expect(resolved["libgvc.so.6"] != nil && resolved["libcgraph.so.6"] != nil, "\(ldd.stdout)")
        for (name, path) in resolved.sorted(by: { $0.key < $1.key }) {
            #expect(!path.hasPrefix(toolchain + "/"), "\(name) => \(path): from the Swift toolchain")
            let swiftLike = name.hasPrefix("libswift") || name.contains("Foundation") || name.hasPrefix("libdispatch")
                || name.hasPrefix("libBlocksRuntime") || name.hasPrefix("libicu")
            #expect(!swiftLike, "\(name) => \(path): a Swift runtime library")
        }
        // Each library's Debian package (dpkg -S; on merged /usr a library may be listed under /lib).
        var packages: Set<String> = []
        for (name, path) in resolved {
            let q = try sh(["sh", "-c", "r=$(readlink -f \"$1\"); dpkg -S \"$r\" 2>/dev/null || dpkg -S \"$1\" 2>/dev/null || dpkg -S \"${r#/usr}\"", "sh", path], in: work)
            #expect(q.status == 0, "\(name) => \(path): no package owns it: \(q.stdout)")
            if let package = q.stdout.split(separator: ":").first { packages.insert(String(package)) }
        }
        let graphviz: Set = ["libgvc6", "libcgraph6", "libcdt5", "libpathplan4", "libltdl7", "libexpat1", "zlib1g"]
        let base: Set = ["libc6", "libstdc++6", "libgcc-s1"]
        #expect(packages.isSubset(of: graphviz.union(base)), "\(packages.subtracting(graphviz.union(base)).sorted())")
        let readme = try String(contentsOf: RepoPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let install = readme.components(separatedBy: "## Install\n").dropFirst().first?.components(separatedBy: "\n## ").first ?? ""
        for p in packages.sorted() { #expect(install.contains("`\(p)`"), "README's Install section does not name \(p)") }

        // The installed release build runs, SVG included.
        let version = try sh([bin, "--version"], in: work)
        #expect(version.status == 0 && version.stdout == "0.1.0\n", "\(version.stdout)")
        let analyze = try sh([bin, "analyze", RepoPaths.sample("vendored").path, "--no-go", "-q", "-o", "out"], in: work)
        #expect(analyze.status <= 1, "\(analyze.stdout)")
        let svg = try String(contentsOf: work.appendingPathComponent("out/vendored/graph.svg"), encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("example.com/lib"))
    }

    @Test func badArgumentsAreUsageErrors() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let r = try sh(["bash", RepoPaths.root.appendingPathComponent("scripts/install.sh").path, "--prefx", "x"], in: work)
        #expect(r.status == 64, "\(r.stdout)")
    }
}
