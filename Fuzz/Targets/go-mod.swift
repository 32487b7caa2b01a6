import Foundation
@testable import ModGraphCore

/// go.mod: GoModFile.parse in both modes (a main module's strict read, a dependency's lax read).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGoMod(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    var strictOK = false
    do {
        _ = try GoModFile.parse(bytes: bytes, file: "go.mod", mode: .strict)
        strictOK = true
    } catch {
        Fuzz.checkError(error, file: "go.mod", bytes: bytes)
    }
    do {
        _ = try GoModFile.parse(bytes: bytes, file: "go.mod", mode: .lax)
    } catch {
        Fuzz.checkError(error, file: "go.mod", bytes: bytes)
    }
    if let input = try? InputText(bytes: bytes, file: "go.mod") {
        let errors = GoModFile.errors(in: input, mode: .strict)
        Fuzz.require(errors.isEmpty == strictOK, "errors(in:) disagrees with parse: \(errors.count) errors, parse ok: \(strictOK)")
        let lines = Fuzz.lineCount(bytes)
        for e in errors { Fuzz.checkError(e, file: "go.mod", lines: lines) }
    }
    return 0
}
