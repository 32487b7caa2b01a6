import Foundation
@testable import ModGraphCore

/// vendor/modules.txt: VendorManifest.parse (never fails on content, like the go command).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModulesTxt(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    do {
        let manifest = try VendorManifest.parse(bytes: bytes, file: "vendor/modules.txt")
        let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        for line in manifest.ignoredLines {
            Fuzz.require(line >= 1 && line <= lines, "ignored line \(line) outside 1...\(lines)")
        }
        for module in manifest.vendorList { _ = manifest.meta(module) }
    } catch {
        Fuzz.checkError(error, file: "vendor/modules.txt", bytes: bytes)
    }
    return 0
}
