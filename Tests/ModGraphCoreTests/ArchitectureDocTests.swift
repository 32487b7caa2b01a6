import Foundation
import Testing
import TestSupport

/// docs/ARCHITECTURE.md names every folder under Sources/, and every folder it names exists:
/// a new or renamed folder fails here until the page says where it sits in the pipeline.
@Suite struct ArchitectureDocTests {
    static let doc = RepoPaths.root.appendingPathComponent("docs/ARCHITECTURE.md")
    static let sources = RepoPaths.root.appendingPathComponent("Sources")

    /// Every folder under Sources/, as `Target/` or `Target/Folder/` (relative to Sources/).
    static func sourceFolders() throws -> [String] {
        let fm = FileManager.default
        var found: [String] = []
        func walk(_ url: URL, _ relative: String) throws {
            for name in try fm.contentsOfDirectory(atPath: url.path).sorted() where !name.hasPrefix(".") {
                let child = url.appendingPathComponent(name)
                var isDirectory: ObjCBool = false
                guard fm.fileExists(atPath: child.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
                let path = relative + name + "/"
                found.append(path)
                try walk(child, path)
            }
        }
        try walk(sources, "")
        return found
    }

    /// Code spans in the page that look like a Sources/ folder (`ModGraphCore/Inputs/`).
    static func namedFolders(in text: String, targets: Set<String>) -> [String] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }
            .map { String($0.element) }
            .map { $0.hasPrefix("Sources/") ? String($0.dropFirst("Sources/".count)) : $0 }
            .filter { span in
                span.hasSuffix("/") && !span.contains(" ")
                    && targets.contains(String(span.prefix { $0 != "/" }))
            }
    }

    @Test func everySourceFolderIsDescribed() throws {
        let text = try String(contentsOf: Self.doc, encoding: .utf8)
        let folders = try Self.sourceFolders()
        #expect(!folders.isEmpty)
        let missing = folders.filter { !text.contains("`\($0)`") && !text.contains("`Sources/\($0)`") }
        #expect(missing.isEmpty, "docs/ARCHITECTURE.md does not name these Sources/ folders (in backticks): \(missing)")
    }

    @Test func everyNamedFolderExists() throws {
        let text = try String(contentsOf: Self.doc, encoding: .utf8)
        let folders = Set(try Self.sourceFolders())
        let targets = Set(folders.filter { $0.split(separator: "/").count == 1 }.map { String($0.dropLast()) })
        let named = Self.namedFolders(in: text, targets: targets)
        #expect(!named.isEmpty)
        let stale = named.filter { !folders.contains($0) }
        #expect(stale.isEmpty, "docs/ARCHITECTURE.md names folders that are not under Sources/: \(stale)")
    }
}
