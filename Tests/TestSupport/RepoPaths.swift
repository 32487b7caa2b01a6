import Foundation
import Testing

/// Locations inside the repository and beside it, found from this file's own path,
/// so tests run the same from any working directory.
public enum RepoPaths {
    /// The repository root (the folder holding Package.swift).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // Tests/TestSupport/RepoPaths.swift
        return url
    }()

    public static let samples = root.appendingPathComponent("samples")
    public static let fixtures = root.appendingPathComponent("Tests/Fixtures")

    /// `../shared/corpus`: real projects' captures, third-party data that stays outside the repo.
    public static let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    public static func fixture(_ relative: String) -> URL { fixtures.appendingPathComponent(relative) }
    public static func sample(_ name: String) -> URL { samples.appendingPathComponent(name) }
}

/// The shared corpus, when it is present beside the repository.
public enum Corpus {
    public static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: RepoPaths.corpus.path)
    }

    /// Shown by Swift Testing when corpus tests are skipped.
    public static let skipReason = "../shared/corpus is absent: corpus tests skipped"

    /// The entry folders (e.g. `containerd-containerd@v2.1.5`), sorted; empty when absent.
    public static var entries: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: RepoPaths.corpus.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    public static func entry(_ name: String) -> URL { RepoPaths.corpus.appendingPathComponent(name) }

    /// Whether the corpus holds `name` (a folder), for tests about one entry.
    public static func has(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: entry(name).path)
    }

    /// Shown when a test about one entry is skipped.
    public static func skipReason(_ name: String) -> Comment {
        Comment(rawValue: "corpus entry \(name) is absent: test skipped")
    }
}
