import Foundation
@testable import ModGraphCore

/// go.sum: GoSumFile.parse.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGoSum(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    do {
        let sum = try GoSumFile.parse(bytes: bytes, file: "go.sum")
        let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        for line in sum.lines {
            Fuzz.require(line.number >= 1 && line.number <= lines, "line number \(line.number) outside 1...\(lines)")
            Fuzz.require(line.isIgnoredByGo || sum.entries(path: line.path, version: line.version, goMod: line.isGoMod).contains(line), "a line is not found by its own key")
            _ = line.algorithm
        }
    } catch {
        Fuzz.checkError(error, file: "go.sum", bytes: bytes)
    }
    return 0
}
