import Foundation

/// Writes a set of report files into `OUTPUT/NAME/` all at once.
///
/// The files are written into a hidden sibling folder first and swapped into place, so a
/// run that fails half-way never leaves a partial report that looks complete.
public enum ReportFolder {
    /// The report folder name for an analyzed path: its last component (`.` resolved).
    public static func defaultName(for path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var name = url.lastPathComponent
        if name.isEmpty || name == "/" { name = "root" }
        return name
    }

    /// Writes `files` (name → bytes) as the whole content of `output/name`.
    ///
    /// - Returns: the folder's path, as `output/name`.
    public static func write(_ files: [String: Data], to output: String, name: String) throws -> String {
        let fm = FileManager.default
        let base = URL(fileURLWithPath: output)
        try fm.createDirectory(at: base, withIntermediateDirectories: true)
        let final = base.appendingPathComponent(name)
        let staging = base.appendingPathComponent(".\(name).partial-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: staging)
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            for (file, data) in files {
                try data.write(to: staging.appendingPathComponent(file))
            }
            let old = base.appendingPathComponent(".\(name).old-\(ProcessInfo.processInfo.processIdentifier)")
            if fm.fileExists(atPath: final.path) {
                try fm.moveItem(at: final, to: old)
            }
            try fm.moveItem(at: staging, to: final)
            try? fm.removeItem(at: old)
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
        return output.hasSuffix("/") ? output + name : output + "/" + name
    }
}
