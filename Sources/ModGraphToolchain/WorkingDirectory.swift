import Foundation

/// The directory the go command works in, as it finds it.
public enum WorkingDirectory {
    /// The current directory as the go command sees it (`os.Getwd`): `$PWD` when it names this
    /// directory, else the system's answer.
    public static func current(environment: [String: String]) -> String {
        let physical = FileManager.default.currentDirectoryPath
        if let pwd = environment["PWD"], pwd.hasPrefix("/"),
            let a = try? FileManager.default.attributesOfItem(atPath: pwd),
            let b = try? FileManager.default.attributesOfItem(atPath: ".")
        {
            let same = (a[.systemNumber] as? NSNumber) == (b[.systemNumber] as? NSNumber)
                && (a[.systemFileNumber] as? NSNumber) == (b[.systemFileNumber] as? NSNumber)
            if same { return pwd }
        }
        return physical
    }

    /// Where `go -C path` works: `path` joined to the current directory, symbolic links resolved
    /// (go changes directory, then asks the system where it is); the current directory for nil.
    ///
    /// - Returns: nil when `path` is not a directory.
    public static func goDashC(_ path: String?, environment: [String: String]) -> String? {
        let cwd = current(environment: environment)
        guard let path else { return cwd }
        let joined = path.hasPrefix("/") ? path : cwd + "/" + path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: joined, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        return URL(fileURLWithPath: joined).resolvingSymlinksInPath().path
    }
}
