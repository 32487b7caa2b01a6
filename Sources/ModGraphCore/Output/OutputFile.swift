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
        let parent = folderShown.isEmpty ? "/" : folderShown
        removeLeftovers(of: name, in: parent)
        let temporary = OutputPath.join(parent, ".\(name).partial-\(ProcessInfo.processInfo.processIdentifier)")
        if OutputPath.kind(temporary) == .file { OutputPath.remove(temporary) }
        try OutputPath.writeNew(data, to: temporary, shown: path)
        do throws(OutputError) {
            try OutputPath.move(temporary, to: path, shown: path)
        } catch {
            OutputPath.remove(temporary)
            throw error
        }
    }

    /// Removes `.NAME.partial-PID` files that killed runs writing `name` left in `folder`
    /// (their process is gone, or younger than the file).
    static func removeLeftovers(of name: String, in folder: String) {
        let prefix = ".\(name).partial-"
        for entry in OutputPath.entries(folder) ?? [] where entry.hasPrefix(prefix) {
            let path = OutputPath.join(folder, entry)
            guard let pid = ReportFolder.stagingProcess(entry), pid > 0, OutputPath.kind(path) == .file,
                pid == ProcessInfo.processInfo.processIdentifier || ReportFolder.isAbandoned(pid: pid, folder: path)
            else { continue }
            OutputPath.remove(path)
        }
    }
}
