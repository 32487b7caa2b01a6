import Foundation

/// Writes one output file (`why`, `baseline` and `vendor-check --output`) atomically, replacing
/// only a regular file that is not an input.
public enum OutputFile {
    /// Writes `data` to `path`: into a temporary file beside it, then renamed over it.
    ///
    /// - Parameter inputs: what the run read; `path` may not be one of them or lie inside one.
    /// - Throws: `OutputError` when the path is refused (nothing is touched) or cannot be written.
    public static func write(_ data: Data, to path: String, protecting inputs: ProtectedInputs) throws(OutputError) {
        let advice = "choose another --output file"
        switch OutputPath.kind(path) {
        case .missing, .file: break
        case .folder: throw OutputError.refused(path, "it is a folder", advice)
        case .symlink: throw OutputError.refused(path, "it is a symbolic link; name the file itself", advice)
        case .other: throw OutputError.refused(path, "it is not a regular file (a device, pipe or socket)", advice)
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let folderShown = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let folder = OutputPath.resolve(folderShown.isEmpty ? "/" : folderShown)
        try inputs.checkFile(folder == "/" ? "/" + name : folder + "/" + name, shown: path)
        switch OutputPath.kind(folder) {
        case .folder: break
        case .missing: throw OutputError("cannot write \(path): the folder \(folderShown) does not exist")
        default: throw OutputError("cannot write \(path): \(folderShown) is not a folder")
        }
        let temporary = OutputPath.join(folderShown.isEmpty ? "/" : folderShown, ".\(name).partial-\(ProcessInfo.processInfo.processIdentifier)")
        if OutputPath.kind(temporary) == .file { OutputPath.remove(temporary) }
        try OutputPath.writeNew(data, to: temporary, shown: path)
        do throws(OutputError) {
            try OutputPath.move(temporary, to: path, shown: path)
        } catch {
            OutputPath.remove(temporary)
            throw error
        }
    }
}
