import Foundation
import ModGraphCore
import ModGraphToolchain

/// Runs the go command (read-only) for the captures a folder lacks; shared by every command
/// that reads a module (analyze, why, baseline, diff).
enum LiveCapture {
    /// Fills in `go mod graph` and `go list -m -e -json all` when missing and go.mod is present.
    ///
    /// When go is absent or fails, says so on stderr and leaves the input missing: the analysis
    /// goes on with what there is.
    /// - Parameters:
    ///   - moduleRoot: where go runs (against a private copy of go.mod and go.sum).
    ///   - shownAs: how messages name the module (the path the user gave, or a git revision).
    ///
    /// When a go.work is in effect (the loader's answer: the folder's, one above it, or
    /// `GOWORK`'s; `GOWORK=off` honoured), go runs in workspace mode against a copy of go.work
    /// and go.work.sum, so that the workspace's files stay untouched.
    static func fill(_ inputs: inout InputSet, moduleRoot: URL, shownAs: String) {
        guard inputs[.goMod] != nil || inputs[.goWork] != nil, inputs[.graph] == nil || inputs[.list] == nil else { return }
        guard let go = GoCommand.find() else { return }
        let goWork = ModuleLoad.goLoader(inputs)?.workFile.map { URL(fileURLWithPath: $0) }
        guard inputs[.goMod] != nil || goWork != nil else { return }
        let wanted: [(InputSet.Kind, [String], [String])] = [
            (.graph, ["mod", "graph"], []),
            (.list, ["list"], ["-m", "-e", "-json", "all"]),
        ]
        for (kind, name, args) in wanted where inputs[kind] == nil {
            let command = "go " + (name + args).joined(separator: " ")
            Console.progress("running \(command) for \(shownAs) (read-only)...")
            do {
                let out = try goWork.map { try go.runReadOnlyInWorkspace(name, args, goWork: $0) }
                    ?? go.runReadOnly(name, args, moduleRoot: moduleRoot)
                guard out.status == 0 else {
                    let why = out.stderr.split(separator: "\n").first.map(String.init) ?? "exit status \(out.status)"
                    Console.warning("\(command) failed for \(shownAs), continuing without it: \(why)")
                    continue
                }
                let text = try InputText(bytes: [UInt8](out.stdout), file: command, sizeLimit: inputs.sizeLimit)
                inputs.provide(kind, text, origin: .goCommand)
            } catch {
                Console.warning("\(command) could not run for \(shownAs), continuing without it: \(error)")
            }
        }
    }

    /// `fill` for a folder named by the user.
    static func fill(_ inputs: inout InputSet, root path: String) {
        fill(&inputs, moduleRoot: URL(fileURLWithPath: path), shownAs: path)
    }
}
