import Foundation
@testable import ModGraphCore

/// `go list -m -json` output (list.json): ModuleList.parse.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzListJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    do {
        let list = try ModuleList.parse(bytes: bytes, file: "list.json")
        Fuzz.require(!list.modules.isEmpty, "a list with no module was accepted")
        _ = list.mainModules
        _ = list.modulesWithError
    } catch {
        Fuzz.checkError(error, file: "list.json", bytes: bytes)
    }
    return 0
}
