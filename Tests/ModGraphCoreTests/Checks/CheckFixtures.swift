import Foundation
import TestSupport
@testable import ModGraphCore

/// Inputs for check tests: a sample folder as recorded, optionally with files changed in memory.
enum CheckFixture {
    /// The sample's inputs, with `replacing` texts (by kind) put in place of the recorded ones
    /// and `removing` kinds left out.
    static func inputs(
        sample: String, replacing: [InputSet.Kind: String] = [:], removing: Set<InputSet.Kind> = []
    ) throws -> InputSet {
        let loaded = try InputSet.load(root: RepoPaths.sample(sample).path)
        var inputs = InputSet(root: loaded.root, vendorDirectory: loaded.vendorDirectory)
        for kind in InputSet.Kind.allCases where !removing.contains(kind) {
            if let text = replacing[kind] {
                inputs.provide(kind, try InputText(text, file: "\(sample)/\(kind.rawValue)"), origin: .file)
            } else if let text = loaded[kind] {
                inputs.provide(kind, text, origin: .file)
            }
        }
        return inputs
    }

    /// The analysis context of a sample, changed as `inputs` describes.
    static func context(
        sample: String, replacing: [InputSet.Kind: String] = [:], removing: Set<InputSet.Kind> = []
    ) throws -> ModuleLoad {
        try ModuleLoad.load(inputs(sample: sample, replacing: replacing, removing: removing))
    }

    /// A sample's recorded file as text.
    static func text(_ sample: String, _ file: String) throws -> String {
        try String(contentsOf: RepoPaths.sample(sample).appendingPathComponent(file), encoding: .utf8)
    }

    /// A context from in-memory files only (no sample behind it).
    static func context(goMod: String? = nil, graph: String? = nil, list: String? = nil, goSum: String? = nil) throws -> ModuleLoad {
        var inputs = InputSet(root: "mem")
        let files: [(InputSet.Kind, String?)] = [(.goMod, goMod), (.graph, graph), (.list, list), (.goSum, goSum)]
        for (kind, text) in files {
            if let text { inputs.provide(kind, try InputText(text, file: "mem/\(kind.rawValue)"), origin: .file) }
        }
        return try ModuleLoad.load(inputs)
    }
}

extension Array where Element == Finding {
    /// The findings with one id, by module.
    func with(_ id: String) -> [Finding] { filter { $0.id == id }.sorted { $0.module < $1.module } }
}
