import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// Reading vendored trees: `git ls-tree -r -l` listings (the corpus's real ones included)
/// and directories on disk.
@Suite struct VendorTreeTests {
    static func listing(_ text: String, file: String = "tree.txt") throws -> VendorTree {
        try VendorTree.parseListing(InputText(text, file: file))
    }

    @Test func readsBlobLinesAndSkipsTrees() throws {
        let tree = try Self.listing("""
            040000 tree 1111111111111111111111111111111111111111       -\tvendor
            040000 tree 2222222222222222222222222222222222222222       -\tvendor/example.com
            100644 blob ce013625030ba8dba906f756967f9e9ca394464a       6\tvendor/example.com/a/a.go
            100644 blob e69de29bb2d1d6434b8b29ae775ad8c2e48c5391       0\tvendor/modules.txt
            100755 blob 3333333333333333333333333333333333333333     BAD\tvendor/example.com/a/big.c
            120000 blob 4444444444444444444444444444444444444444       7\tvendor/example.com/a/link

            """)
        #expect(tree.files.map(\.path) == ["example.com/a/a.go", "example.com/a/big.c", "example.com/a/link", "modules.txt"])
        #expect(tree.file("example.com/a/a.go")?.size == 6)
        #expect(tree.file("example.com/a/a.go")?.blob == "ce013625030ba8dba906f756967f9e9ca394464a")
        #expect(tree.file("example.com/a/a.go")?.line == 3)
        #expect(tree.file("example.com/a/big.c")?.size == nil, "git prints BAD for a blob it does not have")
        #expect(tree.file("example.com/a/missing.go") == nil)
        #expect(tree.origin == .listing("tree.txt"))
        #expect(!tree.isManifestOnly)
        #expect(tree.filesByDirectory["example.com/a"]?.count == 3)
    }

    @Test func unquotesPathsAsGitQuotesThem() throws {
        let tree = try Self.listing("""
            100644 blob ce013625030ba8dba906f756967f9e9ca394464a       6\t"vendor/x/caf\\303\\251.txt"
            100644 blob ce013625030ba8dba906f756967f9e9ca394464a       6\t"vendor/x/tab\\there"
            100644 blob ce013625030ba8dba906f756967f9e9ca394464a       6\t"vendor/x/quote\\"back\\\\slash"
            100644 blob ce013625030ba8dba906f756967f9e9ca394464a       6\tvendor/x/with space.txt
            """)
        #expect(tree.files.map(\.path) == ["x/caf\u{E9}.txt", "x/quote\"back\\slash", "x/tab\there", "x/with space.txt"])
    }

    @Test func findsTheVendorDirectoryOfAModuleInASubdirectory() throws {
        let tree = try Self.listing("""
            100644 blob ce013625030ba8dba906f756967f9e9ca394464a       6\tREADME.md
            100644 blob ce013625030ba8dba906f756967f9e9ca394464a       6\tsub/vendor/modules.txt
            100644 blob ce013625030ba8dba906f756967f9e9ca394464a       6\tsub/vendor/example.com/a/a.go
            100644 blob ce013625030ba8dba906f756967f9e9ca394464a       6\tother/vendor/example.com/b/b.go
            """)
        #expect(tree.files.map(\.path) == ["example.com/a/a.go", "modules.txt"])
    }

    @Test func takesAListingOfTheVendorTreeItselfAsItIs() throws {
        // `git ls-tree -r -l HEAD:vendor` prints paths relative to vendor/.
        let tree = try Self.listing("""
            100644 blob ce013625030ba8dba906f756967f9e9ca394464a       6\tmodules.txt
            100644 blob ce013625030ba8dba906f756967f9e9ca394464a       6\texample.com/a/a.go
            """)
        #expect(tree.files.map(\.path) == ["example.com/a/a.go", "modules.txt"])
    }

    @Test(arguments: [
        ("not a listing line\n", 1),
        ("100644 blob ce013625030ba8dba906f756967f9e9ca394464a 6\tvendor/a.go\n100644 blob xyz 6\tvendor/b.go\n", 2),
        ("100644 leaf ce013625030ba8dba906f756967f9e9ca394464a 6\tvendor/a.go\n", 1),
        ("100644 blob ce013625030ba8dba906f756967f9e9ca394464a 6\t\"vendor/unterminated\n", 1),
        ("100644 blob ce013625030ba8dba906f756967f9e9ca394464a 6\t\"vendor/bad\\q\"\n", 1),
    ])
    func rejectsWhatIsNotAListing(_ text: String, _ line: Int) {
        #expect {
            try Self.listing(text)
        } throws: { error in
            (error as? ParseError)?.line == line && (error as? ParseError)?.file == "tree.txt"
        }
    }

    @Test func readsADirectoryOnDisk() throws {
        let vendor = RepoPaths.sample("vendored").appendingPathComponent("vendor").path
        let tree = try VendorTree.read(directory: vendor)
        #expect(tree.origin == .directory(vendor))
        #expect(tree.file("modules.txt") != nil)
        #expect(tree.file("example.com/lib/v2/lib.go") != nil)
        #expect(tree.files.count == 11)
        #expect(throws: ParseError.self) { try VendorTree.read(directory: vendor + "/nonexistent") }
    }

    @Test func aCaptureFolderHasOnlyTheManifest() throws {
        let tree = VendorTree(origin: .directory("/x/vendor"), files: [.init(path: "modules.txt")])
        #expect(tree.isManifestOnly)
    }

    /// The corpus's `git ls-tree -r -t -l` of each real vendor/ tree: every blob line is a file,
    /// and the listed modules.txt is the very file the capture holds.
    @Test(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)), arguments: Corpus.entries)
    func readsTheCorpusListings(_ entry: String) throws {
        let dir = Corpus.entry(entry)
        let text = try InputText.read(path: dir.appendingPathComponent("vendor-tree.txt").path, file: "vendor-tree.txt")
        let tree = try VendorTree.parseListing(text)
        let blobs = String(decoding: text.bytes, as: UTF8.self).split(separator: "\n").filter { $0.contains(" blob ") }.count
        #expect(tree.files.count == blobs)
        let manifest = try Data(contentsOf: dir.appendingPathComponent("vendor/modules.txt"))
        #expect(tree.file("modules.txt")?.blob == Hashing.gitBlobID([UInt8](manifest)))
        #expect(!tree.isManifestOnly)
    }
}
