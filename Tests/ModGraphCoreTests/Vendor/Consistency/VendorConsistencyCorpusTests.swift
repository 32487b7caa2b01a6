import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// The real projects of the shared corpus: each vendor directory is consistent per go 1.23.5
/// (vendor-check.txt), and each broken copy (vendor-check-negative*.txt) gets go's exact answer.
@Suite(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipReason)))
struct VendorConsistencyCorpusTests {
    /// One recorded `go list -mod=vendor -m` on a corpus entry, possibly after a diff to modules.txt.
    struct Recorded: Sendable, CustomStringConvertible {
        var entry: String
        var title: String
        /// A normal diff (`2c2`, `928d927`, …) from the real modules.txt to the one go read.
        var diff: [String]
        /// What the go command printed (stdout and stderr together) and its exit status.
        var output: String
        var exitStatus: Int32

        var description: String { "\(entry): \(title)" }
    }

    static let recorded: [Recorded] = Corpus.entries.flatMap { entry -> [Recorded] in
        let dir = Corpus.entry(entry)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        var all: [Recorded] = []
        for name in names.sorted() where name.hasPrefix("vendor-check") && name.hasSuffix(".txt") {
            guard let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) else { continue }
            all += parse(entry: entry, file: name, text)
        }
        return all
    }

    /// Reads the `go list -mod=vendor -m` blocks of a vendor-check file (other commands are skipped).
    static func parse(entry: String, file: String, _ text: String) -> [Recorded] {
        var result: [Recorded] = []
        var title = file
        var diff: [String] = []
        var inDiff = false
        var command: String?
        var output: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("### negative control: ") {
                title = file + ": " + line.dropFirst("### negative control: ".count)
                diff = []
            } else if line == "### diff:" {
                inDiff = true
            } else if line.hasPrefix("### command: ") {
                inDiff = false
                command = String(line.dropFirst("### command: ".count))
                output = []
            } else if line.hasPrefix("### exit status: ") {
                if command == "go list -mod=vendor -m" {
                    result.append(Recorded(
                        entry: entry, title: title, diff: diff,
                        output: output.isEmpty ? "" : output.joined(separator: "\n") + "\n",
                        exitStatus: Int32(line.dropFirst("### exit status: ".count)) ?? -1))
                }
                command = nil
            } else if inDiff {
                diff.append(String(line))
            } else if command != nil {
                output.append(line)
            }
        }
        return result
    }

    /// Applies a normal diff (`NcM`, `NdM`, `NaM` hunks with `<`/`>` lines) to `lines`.
    static func apply(_ diff: [String], to lines: [String]) -> [String]? {
        var out = lines
        var offset = 0
        var i = 0
        while i < diff.count {
            let header = diff[i]
            i += 1
            guard let op = header.first(where: { "acd".contains($0) }), let opIndex = header.firstIndex(of: op) else { return nil }
            let left = header[..<opIndex].split(separator: ",").compactMap { Int($0) }
            guard let first = left.first else { return nil }
            var removed: [String] = []
            var added: [String] = []
            while i < diff.count, !diff[i].isEmpty, diff[i].first != nil, "<>-".contains(diff[i].first!) {
                if diff[i].hasPrefix("< ") { removed.append(String(diff[i].dropFirst(2))) }
                if diff[i].hasPrefix("> ") { added.append(String(diff[i].dropFirst(2))) }
                i += 1
            }
            let start = (op == "a" ? first : first - 1) + offset
            guard start >= 0, start + removed.count <= out.count,
                Array(out[start..<start + removed.count]) == removed
            else { return nil }
            out.replaceSubrange(start..<start + removed.count, with: added)
            offset += added.count - removed.count
            while i < diff.count && diff[i].isEmpty { i += 1 }
        }
        return out
    }

    /// The entry's go.mod and (patched) modules.txt, placed at `root` in memory.
    static func files(_ r: Recorded, root: String) throws -> VendorCheckFiles {
        let dir = Corpus.entry(r.entry)
        let goMod = try Data(contentsOf: dir.appendingPathComponent("go.mod"))
        let modulesText = try String(contentsOf: dir.appendingPathComponent("vendor/modules.txt"), encoding: .utf8)
        var lines = modulesText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if !r.diff.isEmpty {
            lines = try #require(apply(r.diff, to: lines), "the recorded diff does not apply to \(r.entry)'s modules.txt")
        }
        var files = VendorCheckFiles()
        files[root + "/go.mod"] = .file([UInt8](goMod))
        files[root + "/vendor"] = .directory
        files.addFile(root + "/vendor/modules.txt", text: lines.joined(separator: "\n"))
        return files
    }

    @Test func everyEntryHasRecordings() {
        for entry in Corpus.entries {
            #expect(Self.recorded.contains { $0.entry == entry && $0.diff.isEmpty && $0.exitStatus == 0 },
                    "\(entry): no consistent go list -mod=vendor -m recorded")
            #expect(Self.recorded.contains { $0.entry == entry && !$0.diff.isEmpty },
                    "\(entry): no negative control recorded")
        }
    }

    @Test(arguments: recorded)
    func matchesTheGoCommand(_ r: Recorded) throws {
        // The go command ran in a temporary copy; its path is in the message, so run there too.
        var root = "/tmp/corpus-work/\(r.entry)"
        if let range = r.output.range(of: "inconsistent vendoring in ") {
            root = String(r.output[range.upperBound...].prefix { $0 != ":" })
        }
        let input = VendorCheckInput(
            workingDirectory: root, flags: ["-mod=vendor"], environment: ["GOTOOLCHAIN": "local", "GOPROXY": "off"],
            files: try Self.files(r, root: root))
        let result = VendorConsistency.check(input)
        #expect(result.stdout + result.stderr == r.output, "\(r)\n\(Golden.lineDiff(expected: r.output, actual: result.stdout + result.stderr))")
        #expect(result.exitStatus == r.exitStatus, "\(r)")
        #expect(result.checked, "\(r)")
        #expect(result.consistent == (r.exitStatus == 0), "\(r)")
        #expect(result.limitation == nil, "\(r)")
        if r.exitStatus != 0 {
            let findings = VendorConsistency.findings(result)
            #expect(!findings.isEmpty && findings.allSatisfy { $0.id == "vendor-inconsistent" && $0.location?.line != nil })
        }
    }

    /// The default mode (no -mod flag) also picks vendor mode for every entry, and agrees.
    @Test(arguments: Corpus.entries)
    func defaultModeIsVendor(_ entry: String) throws {
        let r = Recorded(entry: entry, title: "", diff: [], output: "", exitStatus: 0)
        let root = "/tmp/corpus-work/\(entry)"
        let result = VendorConsistency.check(VendorCheckInput(
            workingDirectory: root, environment: ["GOTOOLCHAIN": "local"], files: try Self.files(r, root: root)))
        #expect(result.vendorMode)
        #expect(result.consistent)
        #expect(result.exitStatus == 0 && result.stderr.isEmpty)
    }

    /// The check on the largest entry, five times over the same input (parsing go.mod and
    /// modules.txt included) gives the same verdict each time. Its speed is measured by
    /// `bash scripts/record/dirhash/bench.sh`, not asserted here: a timed test fails at random
    /// on a loaded machine.
    @Test func containerdRepeatsItsVerdict() throws {
        let entry = "containerd-containerd@v2.1.5"
        try #require(Corpus.entries.contains(entry))
        let root = "/tmp/corpus-work/\(entry)"
        let files = try Self.files(Recorded(entry: entry, title: "", diff: [], output: "", exitStatus: 0), root: root)
        let input = VendorCheckInput(workingDirectory: root, flags: ["-mod=vendor"], files: files)
        let first = VendorConsistency.check(input)
        #expect(first.consistent)
        for _ in 0..<4 {
            let again = VendorConsistency.check(input)
            #expect(again.consistent && again.stderr == first.stderr && again.exitStatus == first.exitStatus)
        }
    }
}
