/// The line rules of the go command's `readVendorList` (go 1.23), applied to one input.
struct VendorManifestReader {
    let input: InputText
    private var manifest: VendorManifest
    /// The current module, or nil before any module line and after an unreadable one.
    private var current: ModuleID?
    /// The index in `manifest.entries` of the entry that set `current`.
    private var currentEntry = -1

    init(input: InputText) {
        self.input = input
        manifest = VendorManifest(file: input.file)
    }

    mutating func run() -> VendorManifest {
        manifest.isWorkspace = Self.isForWorkspace(input.bytes)
        for line in input.lines {
            read(line)
        }
        return manifest
    }

    private mutating func read(_ line: InputText.Line) {
        let range = line.range
        if input.hasPrefix(range, "# ") {
            readModuleLine(line)
            return
        }
        guard let module = current else {
            if !isBlank(range) && !(line.number == 1 && input.hasPrefix(range, "## ")) {
                manifest.ignoredLines.append(line.number)
            }
            return
        }
        if input.hasPrefix(range, "## ") {
            readAnnotations(line, module)
            return
        }
        let f = input.goFields(range)
        if f.count == 1 {
            let path = input.string(f[0])
            if ModulePath.checkImportPath(path) == nil {
                readPackage(path, line.number, module)
                return
            }
        }
        if !f.isEmpty { manifest.ignoredLines.append(line.number) }
    }

    /// `# path version[ => …]` or `# path => …`.
    private mutating func readModuleLine(_ line: InputText.Line) {
        var f = input.goFields(line.range)[...]
        if f.count < 3 {
            // Ignored; the current module stays.
            manifest.ignoredLines.append(line.number)
            return
        }
        let path = input.string(f[f.startIndex + 1])
        let second = input.string(f[f.startIndex + 2])
        let module: ModuleID
        if Semver.isValid(second) {
            module = ModuleID(path: path, version: second)
            f = f.dropFirst(3)
        } else if second == "=>" {
            module = ModuleID(path: path, version: "")
            f = f.dropFirst(2)
        } else {
            current = nil
            currentEntry = -1
            manifest.ignoredLines.append(line.number)
            return
        }
        current = module
        var entry = VendorManifest.Entry(module: module, line: line.number)
        if f.count >= 2 && input.equals(f[f.startIndex], "=>") {
            var meta = manifest.meta(module)
            let rest = Array(f.dropFirst())
            if rest.count == 1 {
                let replacement = ModuleID(path: input.string(rest[0]), version: "")
                meta.replacement = replacement
                entry.replacement = replacement
                manifest.vendorReplaced.append(module)
            } else if rest.count == 2, Semver.isValid(input.string(rest[1])) {
                let replacement = ModuleID(path: input.string(rest[0]), version: input.string(rest[1]))
                meta.replacement = replacement
                entry.replacement = replacement
                manifest.vendorReplaced.append(module)
            } else {
                entry.replacementIgnored = true
            }
            manifest.vendorMeta[module] = meta
        }
        manifest.entries.append(entry)
        currentEntry = manifest.entries.count - 1
    }

    /// `## a; b; …`: entries `explicit` and `go X` count, others are reserved.
    private mutating func readAnnotations(_ line: InputText.Line, _ module: ModuleID) {
        var meta = manifest.meta(module)
        var entries: [String] = []
        let range = line.range
        var start = range.lowerBound + 3
        var i = start
        while i <= range.upperBound {
            if i == range.upperBound || input.bytes[i] == UInt8(ascii: ";") {
                let entryRange = input.goTrimSpace(start..<i)
                let entry = input.string(entryRange)
                entries.append(entry)
                if entry == "explicit" { meta.explicit = true }
                if input.hasPrefix(entryRange, "go ") {
                    let version = input.string((entryRange.lowerBound + 3)..<entryRange.upperBound)
                    meta.goVersion = version
                    manifest.goAnnotations.append(
                        VendorManifest.GoAnnotation(module: module, goVersion: version, line: line.number))
                }
                start = i + 1
            }
            i += 1
        }
        manifest.vendorMeta[module] = meta
        if currentEntry >= 0 {
            manifest.entries[currentEntry].annotations.append(
                VendorManifest.Annotation(line: line.number, entries: entries))
        }
    }

    /// A package of the current module: it is vendored, so its module is in the build list.
    private mutating func readPackage(_ path: String, _ number: Int, _ module: ModuleID) {
        manifest.vendorPkgModule[path] = module
        if currentEntry >= 0 {
            manifest.entries[currentEntry].packages.append(VendorManifest.Package(path: path, line: number))
        }
        if let v = manifest.vendorVersion[module.path],
            ModuleVersion.compare(path: module.path, v, module.version) >= 0
        {
            return
        }
        manifest.vendorList.append(module)
        manifest.vendorVersion[module.path] = module.version
    }

    private func isBlank(_ range: Range<Int>) -> Bool {
        input.goTrimSpace(range).isEmpty
    }

    /// `modulesTextIsForWorkspace`: line 1 of the first 512 bytes is `## ` with a `workspace` entry.
    static func isForWorkspace(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            let window = min(b.count, 512)
            var end = 0
            while end < window && b[end] != 0x0A { end += 1 }
            guard end >= 3, b[0] == 0x23, b[1] == 0x23, b[2] == 0x20 else { return false }
            var start = 3
            for i in 3...end where i == end || b[i] == UInt8(ascii: ";") {
                let r = InputText.trimSpace(b, start..<i)
                if r.count == 9 && Array(b[r]) == Array("workspace".utf8) { return true }
                start = i + 1
            }
            return false
        }
    }
}
