import Foundation
import TestSupport
@testable import ModGraphCore

/// A throw-away module cache laid out as the go command lays it out (`PATH@VERSION/` with
/// escaped paths, `cache/download/PATH/@v/VERSION.mod`), filled from the made-up module trees
/// of Tests/Fixtures/go-oracle/dirhash/modules, which are byte for byte what go extracts.
struct ModuleCacheFixture {
    let root: URL

    static let modules = RepoPaths.fixture("go-oracle/dirhash/modules")

    /// Copies every module tree into a new temporary cache.
    static func make() throws -> ModuleCacheFixture {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("modgraph-modcache-\(UUID().uuidString)")
        // A tree is a folder whose name holds "@" below folders whose names do not.
        let trees = try fm.subpathsOfDirectory(atPath: modules.path).filter { rel in
            let parts = rel.split(separator: "/")
            return parts.last!.contains("@") && !parts.dropLast().contains { $0.contains("@") }
        }
        for rel in trees {
            let at = rel.lastIndex(of: "@")!
            let path = String(rel[..<at])
            let version = String(rel[rel.index(after: at)...])
            let module = ModuleID(path: path, version: version)
            let cache = ModuleCache(root: root.path)
            let dir = URL(fileURLWithPath: cache.directory(module)!)
            try fm.createDirectory(at: dir.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.copyItem(at: modules.appendingPathComponent(rel), to: dir)
            let mod = URL(fileURLWithPath: cache.goModFile(module)!)
            try fm.createDirectory(at: mod.deletingLastPathComponent(), withIntermediateDirectories: true)
            let goMod = (try? Data(contentsOf: dir.appendingPathComponent("go.mod"))) ?? Data("module \(path)\n".utf8)
            try goMod.write(to: mod)
        }
        return ModuleCacheFixture(root: root)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// The cached copy of one module version.
    func directory(_ path: String, _ version: String) -> URL {
        URL(fileURLWithPath: ModuleCache(root: root.path).directory(ModuleID(path: path, version: version))!)
    }
}

/// A copy of a fixture folder in a temporary directory, for tests that change it.
struct ScratchCopy {
    let root: URL

    static func of(_ folder: URL) throws -> ScratchCopy {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("modgraph-drift-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: folder, to: root)
        return ScratchCopy(root: root)
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func write(_ relative: String, _ text: String) throws {
        let url = url(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove(_ relative: String) throws { try FileManager.default.removeItem(at: url(relative)) }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
