import Foundation
@testable import ModGraphCore

/// `go mod graph` text (graph.txt): ModGraphText.parse.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    do {
        let graph = try ModGraphText.parse(bytes: bytes, file: "graph.txt")
        for edge in graph.edges {
            let (from, to) = graph.modules(of: edge)
            Fuzz.require(graph.index(of: from) != nil && graph.index(of: to) != nil, "edge to an unknown node")
        }
    } catch {
        Fuzz.checkError(error, file: "graph.txt", bytes: bytes)
    }
    return 0
}
