import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension VendorCheckFiles {
    /// Reads from disk every file the go command could consult when run in `workingDirectory`.
    ///
    /// That is the nearest go.mod and go.work (or `GOWORK`'s, or `-modfile`), the go.sum beside
    /// that go.mod, each used module's go.mod, and the vendor directories beside them with their
    /// modules.txt.
    ///
    /// Nothing else is read, and nothing fails here: unreadable files are recorded as such and
    /// the check reports them as the go command would.
    static func read(
        workingDirectory: String, flags: [String] = [], environment: [String: String] = [:],
        sizeLimit: Int = InputText.defaultSizeLimit
    ) -> VendorCheckFiles {
        var files = VendorCheckFiles()
        let cwd = GoFilePath.clean(workingDirectory)
        let build = GoBuildFlags(goflags: environment["GOFLAGS"] ?? "", arguments: flags)

        func findUp(_ name: String) -> String? {
            var dir = cwd
            while true {
                let candidate = GoFilePath.join(dir, name)
                switch files.load(candidate, sizeLimit: sizeLimit) {
                case .file: return candidate
                case .directory, .missing: break
                }
                let parent = GoFilePath.dir(dir)
                if parent == dir { return nil }
                dir = parent
            }
        }

        let goMod = findUp("go.mod")
        var workPath: String?
        switch environment["GOWORK"] ?? "" {
        case "off": workPath = nil
        case "", "auto": workPath = findUp("go.work")
        case let path where GoFilePath.isAbs(path):
            workPath = path
            _ = files.load(path, sizeLimit: sizeLimit)
        default: workPath = nil
        }
        if !build.modFile.isEmpty {
            let path = GoFilePath.isAbs(build.modFile) ? build.modFile : GoFilePath.join(cwd, build.modFile)
            _ = files.load(path, sizeLimit: sizeLimit)
        }
        // go.sum beside the single module's go.mod (or -modfile's .sum): loading the module
        // graph consults it.
        if let goMod {
            var sum = build.modFile.isEmpty ? goMod : build.modFile
            if !GoFilePath.isAbs(sum) { sum = GoFilePath.join(cwd, sum) }
            if sum.hasSuffix(".mod") { _ = files.load(String(sum.dropLast(4)) + ".sum", sizeLimit: sizeLimit) }
        }
        var roots: [String] = goMod.map { [GoFilePath.dir($0)] } ?? []
        if let workPath {
            let workDir = GoFilePath.dir(workPath)
            roots.append(workDir)
            if case .file(let bytes)? = files[workPath],
                let text = try? InputText(bytes: bytes, file: "go.work"),
                let work = try? GoWorkFile.parse(text)
            {
                for use in work.use {
                    let root = GoFilePath.isAbs(use.path) ? use.path : GoFilePath.join(workDir, use.path)
                    _ = files.load(GoFilePath.join(root, "go.mod"), sizeLimit: sizeLimit)
                }
            }
        }
        for root in roots {
            let vendor = GoFilePath.join(root, "vendor")
            if files.load(vendor, sizeLimit: sizeLimit, contents: false) == .directory {
                _ = files.load(GoFilePath.join(vendor, "modules.txt"), sizeLimit: sizeLimit)
            }
        }
        return files
    }

    enum Kind { case file, directory, missing }

    /// Records what is at `path` on disk (a file's bytes only when `contents`).
    mutating func load(_ path: String, sizeLimit: Int, contents: Bool = true) -> Kind {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
        if isDirectory.boolValue {
            self[path] = .directory
            return .directory
        }
        guard contents else {
            self[path] = .file([])
            return .file
        }
        // Non-blocking, so a FIFO cannot hang the check; only a regular file is read.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        if fd < 0 {
            // Go's error texts are strerror's, starting in lower case ("permission denied").
            let text = String(cString: strerror(errno))
            self[path] = .unreadable(text.prefix(1).lowercased() + text.dropFirst())
            return .file
        }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            self[path] = .unreadable("not a regular file")
            return .file
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        let data = (try? handle.read(upToCount: sizeLimit + 1)) ?? Data()
        if data.count > sizeLimit {
            self[path] = .unreadable("file too large (over \(sizeLimit) bytes)")
        } else {
            self[path] = .file([UInt8](data))
        }
        return .file
    }
}
