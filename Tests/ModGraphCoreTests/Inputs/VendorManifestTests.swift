import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

@Suite struct VendorManifestTests {
    private func parse(_ text: String) throws -> VendorManifest {
        try VendorManifest.parse(text: text, file: "vendor/modules.txt")
    }

    private func id(_ text: String) -> ModuleID {
        let parts = text.split(separator: "@", maxSplits: 1)
        return ModuleID(path: String(parts[0]), version: parts.count > 1 ? String(parts[1]) : "")
    }

    @Test func readsModulesAnnotationsPackagesAndReplacements() throws {
        let m = try VendorManifest.read(path: RepoPaths.fixture("inputs/vendor/modules.txt").path, file: "modules.txt")
        #expect(m.file == "modules.txt")
        #expect(!m.isWorkspace)
        #expect(m.entries.map(\.line) == [1, 5, 9, 12, 15, 17, 18])
        #expect(m.entries.map(\.module.text) == [
            "example.com/alpha@v1.2.0", "example.com/beta/v2@v2.0.1", "example.com/gamma@v0.3.0-rc.1",
            "example.com/local@v0.0.0-00010101000000-000000000000", "example.com/nopkgs@v1.0.0",
            "example.com/alpha", "example.com/beta/v2",
        ])
        #expect(m.vendorList.map(\.text) == [
            "example.com/alpha@v1.2.0", "example.com/beta/v2@v2.0.1", "example.com/gamma@v0.3.0-rc.1",
            "example.com/local@v0.0.0-00010101000000-000000000000",
        ])
        #expect(m.vendorVersion == [
            "example.com/alpha": "v1.2.0", "example.com/beta/v2": "v2.0.1", "example.com/gamma": "v0.3.0-rc.1",
            "example.com/local": "v0.0.0-00010101000000-000000000000",
        ])
        #expect(m.meta(id("example.com/alpha@v1.2.0")) == .init(explicit: true, goVersion: "1.21"))
        #expect(m.meta(id("example.com/beta/v2@v2.0.1"))
            == .init(explicit: true, goVersion: "1.20", replacement: id("example.com/beta-fork/v2@v2.0.2")))
        #expect(m.meta(id("example.com/gamma@v0.3.0-rc.1")) == .init(goVersion: "1.18"))
        #expect(m.meta(id("example.com/local@v0.0.0-00010101000000-000000000000"))
            == .init(explicit: true, goVersion: "1.22", replacement: id("../local")))
        #expect(m.meta(id("example.com/nopkgs@v1.0.0")) == .init(explicit: true))
        #expect(m.meta(id("example.com/alpha")) == .init(replacement: id("example.com/alpha-fork@v1.2.1")))
        #expect(m.meta(id("example.com/alpha@v1.0.0")) == .init())
        #expect(m.vendorMeta.count == 7)
        #expect(m.vendorReplaced.map(\.text) == [
            "example.com/beta/v2@v2.0.1", "example.com/local@v0.0.0-00010101000000-000000000000",
            "example.com/alpha", "example.com/beta/v2",
        ])
        #expect(m.vendorPkgModule.mapValues(\.text) == [
            "example.com/alpha": "example.com/alpha@v1.2.0",
            "example.com/alpha/internal/util": "example.com/alpha@v1.2.0",
            "example.com/beta/v2": "example.com/beta/v2@v2.0.1",
            "example.com/gamma/pkg": "example.com/gamma@v0.3.0-rc.1",
            "example.com/local": "example.com/local@v0.0.0-00010101000000-000000000000",
        ])
        #expect(m.goAnnotations == [
            .init(module: id("example.com/alpha@v1.2.0"), goVersion: "1.21", line: 2),
            .init(module: id("example.com/beta/v2@v2.0.1"), goVersion: "1.20", line: 7),
            .init(module: id("example.com/gamma@v0.3.0-rc.1"), goVersion: "1.18", line: 10),
            .init(module: id("example.com/local@v0.0.0-00010101000000-000000000000"), goVersion: "1.22", line: 13),
        ])
        let beta = m.entries[1]
        #expect(beta.replacement == id("example.com/beta-fork/v2@v2.0.2") && !beta.replacementIgnored)
        #expect(beta.annotations == [.init(line: 6, entries: ["explicit"]), .init(line: 7, entries: ["go 1.20"])])
        #expect(beta.packages == [.init(path: "example.com/beta/v2", line: 8)])
        #expect(m.entries[0].packages.map(\.path) == ["example.com/alpha", "example.com/alpha/internal/util"])
        #expect(m.entries[0].annotations == [.init(line: 2, entries: ["explicit", "go 1.21"])])
        #expect(m.entries[4].packages.isEmpty)
        #expect(m.ignoredLines.isEmpty)
    }

    @Test func followsEveryReadingRuleOfTheGoCommand() throws {
        let m = try parse("""
            stray/package
            ## explicit
            # a.example/m v1.0.0
            ## explicit
            ## go 1.16; future-thing
            a.example/m
            # only-two-fields
            a.example/m/attached
            #\ttab.example/x v1.0.0
            ##explicit
            # a.example/bad notaversion
            ## explicit
            a.example/bad/pkg
            # a.example/m v0.9.0
            a.example/m/old
            # a.example/m v1.1.0 => a.example/m-fork
            a.example/m/new
            # b.example/n v1.0.0 => x y z
             b.example/n\t
            b.example/n two
            # c.example/o v1.0.0 => c.example/o-fork notaversion
            # d.example/p v1.0.0 extra tokens here
            d.example/p
            a.example/m
            # e.example/w => ./w
            e.example/w/pkg
            # f.example/q v1.2
            ## go  1.21 ; go 1.22;explicit\u{0020}\u{0020}
            f.example/q
            # g.example/r\u{00A0}v1.0.0
            g.example/r
            bad$pkg
            ## go 99.0
            """)
        #expect(m.entries.map(\.line) == [3, 14, 16, 18, 21, 22, 25, 27, 30])
        #expect(m.ignoredLines == [1, 2, 7, 9, 10, 11, 12, 13, 20, 32])
        #expect(m.vendorList.map(\.text) == [
            "a.example/m@v1.0.0", "a.example/m@v1.1.0", "b.example/n@v1.0.0", "d.example/p@v1.0.0",
            "e.example/w", "f.example/q@v1.2", "g.example/r@v1.0.0",
        ])
        #expect(m.vendorVersion["a.example/m"] == "v1.1.0")
        #expect(m.vendorVersion["e.example/w"] == "")
        #expect(m.vendorVersion["a.example/bad"] == nil)
        // Fewer than three fields keeps the current module; several ## lines add up.
        #expect(m.entries[0].packages.map(\.path) == ["a.example/m", "a.example/m/attached"])
        #expect(m.entries[0].annotations.map(\.entries) == [["explicit"], ["go 1.16", "future-thing"]])
        #expect(m.meta(id("a.example/m@v1.0.0")) == .init(explicit: true, goVersion: "1.16"))
        // The reset by an unreadable module line drops the ## explicit after it.
        #expect(m.vendorMeta[id("a.example/bad@notaversion")] == nil)
        // Replacements: understood ones are recorded; others leave the module unreplaced.
        #expect(m.vendorReplaced.map(\.text) == ["a.example/m@v1.1.0", "e.example/w"])
        #expect(m.meta(id("a.example/m@v1.1.0")).replacement == id("a.example/m-fork"))
        #expect(m.meta(id("e.example/w")).replacement == id("./w"))
        #expect(m.entries[3].replacementIgnored && m.entries[3].replacement == nil)
        #expect(m.vendorMeta[id("b.example/n@v1.0.0")] == .init())
        #expect(m.entries[4].replacementIgnored)
        #expect(m.vendorMeta[id("c.example/o@v1.0.0")] == .init())
        #expect(!m.entries[5].replacementIgnored && m.vendorMeta[id("d.example/p@v1.0.0")] == nil)
        // A package listed again maps to the module listed last.
        #expect(m.vendorPkgModule["a.example/m"] == id("d.example/p@v1.0.0"))
        #expect(m.vendorPkgModule["a.example/m/old"] == id("a.example/m@v0.9.0"))
        #expect(m.vendorPkgModule["b.example/n"] == id("b.example/n@v1.0.0"))
        #expect(m.vendorPkgModule["a.example/bad/pkg"] == nil)
        #expect(m.vendorPkgModule["##explicit"] == nil)
        // `go X` takes the text after "go " as written; the last one wins.
        #expect(m.meta(id("f.example/q@v1.2")) == .init(explicit: true, goVersion: "1.22"))
        #expect(m.goAnnotations.map { "\($0.module.text) [\($0.goVersion)] \($0.line)" } == [
            "a.example/m@v1.0.0 [1.16] 5", "f.example/q@v1.2 [ 1.21] 28", "f.example/q@v1.2 [1.22] 28",
            "g.example/r@v1.0.0 [99.0] 33",
        ])
        #expect(m.entries[7].annotations == [.init(line: 28, entries: ["go  1.21", "go 1.22", "explicit"])])
    }

    @Test func comparesVersionsAsTheGoCommandDoes() throws {
        let m = try parse("""
            # x.example/a v1.10.0
            x.example/a
            # x.example/a v1.9.0
            x.example/a/old
            # x.example/a v1.10.0-rc.1
            x.example/a/rc
            # x.example/a v1.10.1-0.20240101000000-abcdefabcdef
            x.example/a/pseudo
            # x.example/b v2.0.0+incompatible
            x.example/b
            # x.example/b v2.0.0+incompatible
            x.example/b/again
            """)
        #expect(m.vendorList.map(\.text) == [
            "x.example/a@v1.10.0", "x.example/a@v1.10.1-0.20240101000000-abcdefabcdef",
            "x.example/b@v2.0.0+incompatible",
        ])
    }

    @Test func acceptsCRLFAndEmptyFiles() throws {
        let m = try parse("# a.example/m v1.0.0\r\n## explicit; go 1.21\r\na.example/m\r\n\r\n")
        #expect(m.vendorList == [id("a.example/m@v1.0.0")])
        #expect(m.meta(id("a.example/m@v1.0.0")) == .init(explicit: true, goVersion: "1.21"))
        #expect(m.ignoredLines.isEmpty)
        for text in ["", "\n", "\n\n"] {
            let empty = try parse(text)
            #expect(empty.entries.isEmpty && empty.vendorList.isEmpty && !empty.isWorkspace && empty.ignoredLines.isEmpty)
        }
    }

    @Test func readsOldFilesWithoutAnnotations() throws {
        let m = try VendorManifest.read(path: RepoPaths.fixture("inputs/vendor/go113.txt").path)
        #expect(m.vendorList.map(\.text) == ["example.com/alpha@v1.0.0", "example.com/beta@v0.2.0"])
        #expect(m.vendorMeta[id("example.com/alpha@v1.0.0")] == nil)
        #expect(m.meta(id("example.com/beta@v0.2.0")) == .init(replacement: id("example.com/beta-fork@v0.2.1")))
        #expect(m.vendorReplaced == [id("example.com/beta@v0.2.0")])
        #expect(m.goAnnotations.isEmpty)
        #expect(m.entries[1].packages.map(\.line) == [4, 5])
    }

    @Test func missingFileIsEmptyAsInTheGoCommand() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)/modules.txt").path
        let m = try VendorManifest.read(path: missing, file: "vendor/modules.txt")
        #expect(m.file == "vendor/modules.txt" && m.entries.isEmpty && m.vendorList.isEmpty && !m.isWorkspace)
    }

    @Test func readsTheWorkspaceMarkerFromLineOneOnly() throws {
        let fixture = try VendorManifest.read(path: RepoPaths.fixture("inputs/vendor/workspace.txt").path)
        #expect(fixture.isWorkspace)
        #expect(fixture.ignoredLines.isEmpty)
        #expect(fixture.vendorReplaced == [id("example.com/ws/b")])

        let cases: [(String, Bool)] = [
            ("## workspace\n", true),
            ("## workspace", true),
            ("## workspace\r\n# a.example/m v1.0.0\n", true),
            ("## explicit; workspace\n", true),
            ("##  workspace ;\n", true),
            ("## workspaces\n", false),
            ("##workspace\n", false),
            ("# workspace\n", false),
            ("\n## workspace\n", false),
            ("# a.example/m v1.0.0\n## workspace\n", false),
            ("## " + String(repeating: "x", count: 600) + "; workspace\n", false),
            ("## " + String(repeating: "x", count: 497) + ";workspace\n", true),  // ends at byte 510
            ("## " + String(repeating: "x", count: 505) + ";workspace\n", false),  // cut at byte 512
            ("## workspace;" + String(repeating: "x", count: 600) + "\n", true),
        ]
        for (text, expected) in cases {
            #expect(try parse(text).isWorkspace == expected, "\(text.prefix(40))")
        }
        // Line 1 as `## ` is the marker's place, never an ignored line.
        #expect(try parse("## workspace\n").ignoredLines.isEmpty)
        #expect(try parse("## other\n").ignoredLines.isEmpty)
    }

    @Test func failsOnlyOnUnreadableInput() throws {
        let nul = inputError { () throws(ParseError) in try VendorManifest.parse(bytes: Array("# a v1.0.0\n\0".utf8), file: "m") }
        #expect(nul?.description == "m:2:1: binary data, not text (a NUL byte)")
        let bad = inputError { () throws(ParseError) in try VendorManifest.parse(bytes: [0x23, 0x20, 0xFF], file: "m") }
        #expect(bad?.description == "m:1:3: invalid UTF-8 (byte 0xFF); expected UTF-8 text")
        let garbage = try parse("PK\u{3}\u{4}\u{1}garbage\n# # #\n")
        #expect(garbage.entries.isEmpty && garbage.ignoredLines == [1, 2])
    }

    // MARK: Corpus

    @Test(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)))
    func readsEveryCorpusManifest() throws {
        var checked = 0
        for name in Corpus.entries {
            let url = Corpus.entry(name).appendingPathComponent("vendor/modules.txt")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let m = try VendorManifest.read(path: url.path, file: "\(name)/vendor/modules.txt")
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)

            // Derived independently: module lines, package lines, go annotations.
            let moduleLines = lines.enumerated().filter { $0.element.hasPrefix("# ") }.map { $0.offset + 1 }
            let packageLines = lines.enumerated().filter { !$0.element.hasPrefix("#") && !$0.element.isEmpty }.map { $0.offset + 1 }
            let goEntries = lines.filter { $0.hasPrefix("## ") }
                .flatMap { $0.dropFirst(3).split(separator: ";") }
                .filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("go ") }
            #expect(m.entries.map(\.line) == moduleLines, "\(name)")
            #expect(m.entries.flatMap(\.packages).map(\.line) == packageLines, "\(name)")
            #expect(m.vendorPkgModule.count == Set(packageLines.map { lines[$0 - 1] }).count, "\(name)")
            #expect(m.goAnnotations.count == goEntries.count, "\(name)")
            #expect(m.ignoredLines.isEmpty, "\(name)")
            #expect(!m.isWorkspace, "\(name)")
            #expect(m.vendorList.count == m.entries.filter { !$0.packages.isEmpty }.count, "\(name)")

            // meta.json: vendored_modules counts the module lines of modules.txt.
            if let n = try corpusCounts(name)?["vendored_modules"] as? Int {
                #expect(m.entries.count == n, "\(name)")
            }

            // The go command's own view: `go list -mod=vendor -m -json <each path>`
            // reports the vendored version, the go annotation and the replacement.
            let check = try String(contentsOf: Corpus.entry(name).appendingPathComponent("vendor-check.txt"), encoding: .utf8)
            let marker = "### command: go list -mod=vendor -m -json"
            if let section = check.components(separatedBy: marker).dropFirst().first {
                let body = section.split(separator: "\n", maxSplits: 1).last.map(String.init) ?? ""
                let json = body.components(separatedBy: "### exit status").first ?? ""
                let listed = try ModuleList.parse(text: json, file: "vendor-check.txt")
                #expect(listed.modules.count == Set(m.entries.map(\.module.path)).count, "\(name)")
                for mod in listed.modules {
                    let version = m.vendorVersion[mod.path]
                        ?? m.entries.first { $0.module.path == mod.path && !$0.module.version.isEmpty }?.module.version
                    #expect(mod.version == version, "\(name) \(mod.path)")
                    let meta = m.meta(mod.id)
                    #expect(mod.goVersion == meta.goVersion, "\(name) \(mod.path)")
                    #expect(mod.replace?.id == meta.replacement, "\(name) \(mod.path)")
                }
            } else {
                Issue.record("\(name): no go list -json section in vendor-check.txt")
            }
            checked += 1
        }
        #expect(checked > 0)
    }
}
