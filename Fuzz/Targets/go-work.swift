import Foundation
@testable import ModGraphCore

/// go.work: GoWorkFile.parse.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGoWork(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    var ok = false
    do {
        _ = try GoWorkFile.parse(bytes: bytes, file: "go.work")
        ok = true
    } catch {
        Fuzz.checkError(error, file: "go.work", bytes: bytes)
    }
    if let input = try? InputText(bytes: bytes, file: "go.work") {
        let errors = GoWorkFile.errors(in: input)
        Fuzz.require(errors.isEmpty == ok, "errors(in:) disagrees with parse: \(errors.count) errors, parse ok: \(ok)")
        let lines = Fuzz.lineCount(bytes)
        for e in errors { Fuzz.checkError(e, file: "go.work", lines: lines) }
    }
    return 0
}
