import Foundation
import ModGraphCore

/// The go installations a shell would find: every `go` on PATH, each one's version read from
/// the binary's build information (without running it), and its own GOROOT.
public enum GoInstallations {
    /// Every executable `go` in PATH order (an empty entry is the current directory, as in the shell).
    public static func onPath(environment: [String: String]) -> [EnvironmentReport.GoBinary] {
        var seen: Set<String> = []
        var out: [EnvironmentReport.GoBinary] = []
        for dir in pathDirectories(environment) {
            let candidate = dir == "/" ? "/go" : dir + "/go"
            guard !seen.contains(candidate), isExecutableFile(candidate) else { continue }
            seen.insert(candidate)
            out.append(probe(candidate))
        }
        return out
    }

    /// Executables on PATH named like toolchains (`go1.24.0`, `gccgo-go1.22`), first one wins.
    public static func toolchainsOnPath(environment: [String: String]) -> [String: String] {
        var out: [String: String] = [:]
        for dir in pathDirectories(environment) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { continue }
            for name in names.sorted() where (name.hasPrefix("go1") || name.contains("-go1")) && out[name] == nil {
                let path = dir + "/" + name
                if isExecutableFile(path) { out[name] = path }
            }
        }
        return out
    }

    static func pathDirectories(_ environment: [String: String]) -> [String] {
        (environment["PATH"] ?? "").split(separator: ":", omittingEmptySubsequences: false).map {
            $0.isEmpty ? FileManager.default.currentDirectoryPath : String($0)
        }
    }

    static func isExecutableFile(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }

    /// One binary: its resolved path, version and GOROOT.
    public static func probe(_ path: String) -> EnvironmentReport.GoBinary {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var version: String?
        var source: String
        switch buildInfoVersion(file: resolved) {
        case .success(let v):
            version = v.hasPrefix("go") ? String(v.dropFirst(2)) : v
            source = "buildinfo"
        case .failure(let why):
            source = why.message
        }
        if let v = version, !GoVersion.isValid(v) {
            source = "buildinfo says \(v)"
            version = nil
        }
        let goroot = ownGoroot(executable: path)
        // A binary too old to hold its version inline: its installation's VERSION file.
        if version == nil, let goroot,
            let text = try? String(contentsOfFile: goroot + "/VERSION", encoding: .utf8),
            let first = text.split(separator: "\n").first, first.hasPrefix("go"), GoVersion.isValid(String(first.dropFirst(2)))
        {
            version = String(first.dropFirst(2))
            source = "\(goroot)/VERSION"
        }
        return EnvironmentReport.GoBinary(
            path: path, resolved: resolved, version: version, versionSource: source, goroot: goroot)
    }

    /// The binary's installation (`findGOROOT` without GOROOT set): `exe/../..` or `exe/../../..`
    /// holding `pkg/tool`, first as named, then with symbolic links resolved.
    public static func ownGoroot(executable: String) -> String? {
        func isGoroot(_ dir: String) -> Bool {
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: dir + "/pkg/tool", isDirectory: &isDir) && isDir.boolValue
        }
        let named = URL(fileURLWithPath: executable).standardizedFileURL
        let resolved = named.resolvingSymlinksInPath()
        for exe in [named, resolved] {
            let up2 = exe.deletingLastPathComponent().deletingLastPathComponent().path
            if isGoroot(up2) { return up2 }
            let up3 = exe.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
            if isGoroot(up3) { return up3 }
        }
        return nil
    }

    public struct NotGo: Error {
        public var message: String
    }

    /// `runtime.buildVersion` as `debug/buildinfo` reads it: the 16-byte-aligned `\xff Go buildinf:`
    /// header, flags bit 2 set (go1.18 and later), then a varint-length string.
    public static func buildInfoVersion(file: String) -> Result<String, NotGo> {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped) else {
            return .failure(NotGo(message: "cannot read \(file)"))
        }
        let magic: [UInt8] = Array("\u{ff} Go buildinf:".unicodeScalars.map { UInt8($0.value) })
        let needle = Data(magic)
        var offset = 0
        while offset < data.count, let hit = data.range(of: needle, in: offset..<data.count) {
            let i = hit.lowerBound - data.startIndex
            guard data.count - i >= 32 else { break }
            if i % 16 != 0 {
                offset = hit.lowerBound + 1
                continue
            }
            let bytes = [UInt8](data[(data.startIndex + i)..<min(data.endIndex, data.startIndex + i + 32 + 1040)])
            guard bytes[15] & 2 != 0 else {
                return .failure(NotGo(message: "built before go1.18 (version not stored inline)"))
            }
            var p = 32
            var length: UInt64 = 0
            var shift: UInt64 = 0
            while p < bytes.count, shift < 64 {
                let b = bytes[p]
                p += 1
                length |= UInt64(b & 0x7f) << shift
                if b & 0x80 == 0 { break }
                shift += 7
            }
            guard length <= UInt64(bytes.count - p) else {
                return .failure(NotGo(message: "damaged build information"))
            }
            return .success(String(decoding: bytes[p..<(p + Int(length))], as: UTF8.self))
        }
        return .failure(NotGo(message: "not a Go binary (no build information)"))
    }
}
