import Foundation
@testable import ModGraphCore

/// Module and import paths (`golang.org/x/mod/module` rules). The input is a path and a
/// version, one per line. Escaping must round-trip, and validity must agree across checks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModulePaths(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let f = Fuzz.fields(Fuzz.bytes(data, size), count: 2)
    let (path, version) = (f[0], f[1])
    let valid = ModulePath.check(path) == nil
    if valid {
        Fuzz.require(ModulePath.checkImportPath(path) == nil, "a valid module path is not a valid import path")
    }
    let escaped = ModulePath.escape(path)
    Fuzz.require((escaped != nil) == valid, "escape and check disagree on \(path.debugDescription)")
    if let escaped {
        Fuzz.require(ModulePath.unescape(escaped) == path, "unescape(escape(\(path.debugDescription))) != path")
        Fuzz.require(!escaped.unicodeScalars.contains { ("A"..."Z").contains($0) }, "escaped path keeps an upper-case letter")
    }
    if let unescaped = ModulePath.unescape(path) {
        Fuzz.require(ModulePath.escape(unescaped) == path, "escape(unescape(\(path.debugDescription))) != path")
    }
    if let escapedVersion = ModulePath.escapeVersion(version) {
        Fuzz.require(ModulePath.unescapeVersion(escapedVersion) == version, "version escaping does not round-trip on \(version.debugDescription)")
    }
    if let unescapedVersion = ModulePath.unescapeVersion(version) {
        Fuzz.require(ModulePath.escapeVersion(unescapedVersion) == version, "version unescaping does not round-trip on \(version.debugDescription)")
    }
    if let (prefix, major) = ModulePath.splitPathVersion(path) {
        Fuzz.require(prefix + major == path, "splitPathVersion lost text of \(path.debugDescription)")
        _ = ModulePath.matchesPathMajor(version, major)
    }
    if let message = ModulePath.checkVersion(path: path, version: version) {
        Fuzz.require(!message.isEmpty, "empty message")
    }
    for (i, e) in [path, version].enumerated() {
        _ = GoQuote.string(e)
        if i == 0 { _ = ModulePath.checkImportPath(e) }
    }
    return 0
}
