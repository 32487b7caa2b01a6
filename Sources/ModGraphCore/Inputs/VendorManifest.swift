/// `vendor/modules.txt`, read exactly as the go command reads it (`modload.readVendorList`).
///
/// The go command never rejects this file's content: lines it does not understand are
/// ignored. So parsing never fails on content; only an unreadable file (or one that is too
/// large or not UTF-8 text) is an error. The `vendor…` properties are the go command's own
/// tables, for the consistency check; `entries` and `goAnnotations` add line numbers for reports.
struct VendorManifest: Sendable {
    /// The name of the input in messages.
    let file: String
    /// Whether line 1 is a `## ` annotation with a `workspace` entry (`go work vendor`),
    /// judged as `modulesTextIsForWorkspace` does: from the first 512 bytes only.
    var isWorkspace = false
    /// Every module line that set the current module, in file order, with what followed it.
    var entries: [Entry] = []
    /// Modules with at least one package line, in file order; a path appears again only
    /// at a higher version (`gover.ModCompare`).
    var vendorList: [ModuleID] = []
    /// The highest version with packages, by module path.
    var vendorVersion: [String: String] = [:]
    /// Annotations and replacement by exact module (path and version; version "" for a
    /// wildcard line `# path => …`).
    var vendorMeta: [ModuleID: Metadata] = [:]
    /// Modules whose line recorded a replacement, in file order (repeats kept, as go does).
    var vendorReplaced: [ModuleID] = []
    /// The module that provides each package (the last one listed, as go does).
    var vendorPkgModule: [String: ModuleID] = [:]
    /// Every `go X` annotation, in file order, for the `requires go >= X` check.
    var goAnnotations: [GoAnnotation] = []
    /// Lines with text that the go command ignores (a module line it cannot read, a line
    /// before any module, a line that is neither an annotation nor one package path).
    /// Line 1 when it is a `## ` line is not listed: it is the workspace marker's place.
    var ignoredLines: [Int] = []

    /// An empty manifest, which is what the go command makes of a missing file.
    init(file: String) {
        self.file = file
    }

    /// The metadata of `module`, or the empty metadata (as the go command's map lookup gives).
    func meta(_ module: ModuleID) -> Metadata {
        vendorMeta[module] ?? Metadata()
    }
}

extension VendorManifest {
    /// The go command's `vendorMetadata`: what the annotation and module lines said about a module.
    struct Metadata: Hashable, Sendable {
        /// `## explicit`.
        var explicit = false
        /// The last `## go X` annotation's `X`; empty if none.
        var goVersion = ""
        /// The recorded replacement (`=> path` with version "", or `=> path version`); nil if none.
        var replacement: ModuleID?
    }

    /// One module line (`# path version[ => …]` or `# path => …`) and the lines that followed it.
    struct Entry: Hashable, Sendable {
        /// The module; version "" for a wildcard replacement line.
        var module: ModuleID
        /// The 1-based line of the module line.
        var line: Int
        /// The replacement this line recorded, if it had one the go command understood.
        var replacement: ModuleID?
        /// Whether the line had `=>` followed by something the go command ignores.
        var replacementIgnored = false
        /// The `## ` lines attached to this entry.
        var annotations: [Annotation] = []
        /// The package lines attached to this entry.
        var packages: [Package] = []
    }

    /// A `## ` line: its `;`-separated entries, trimmed.
    struct Annotation: Hashable, Sendable {
        var line: Int
        var entries: [String]
    }

    /// A package line.
    struct Package: Hashable, Sendable {
        var path: String
        var line: Int
    }

    /// A `go X` annotation: the module it belongs to, `X` as written, and where.
    struct GoAnnotation: Hashable, Sendable {
        var module: ModuleID
        var goVersion: String
        var line: Int
    }
}

extension VendorManifest {
    /// Reads `vendor/modules.txt` content.
    static func parse(_ input: InputText) -> VendorManifest {
        var reader = VendorManifestReader(input: input)
        return reader.run()
    }

    /// Reads `vendor/modules.txt` content given as bytes.
    ///
    /// - Throws: `ParseError` only when the bytes are not UTF-8 text or too large.
    static func parse(bytes: [UInt8], file: String) throws(ParseError) -> VendorManifest {
        parse(try InputText(bytes: bytes, file: file))
    }

    /// Reads `vendor/modules.txt` content given as a string.
    static func parse(text: String, file: String) throws(ParseError) -> VendorManifest {
        parse(try InputText(text, file: file))
    }

    /// Reads the file at `path`; a missing file gives an empty manifest, as in the go command.
    ///
    /// - Throws: `ParseError` when the file exists but cannot be read, is too large or is not text.
    static func read(
        path: String, file: String? = nil, sizeLimit: Int = InputText.defaultSizeLimit
    ) throws(ParseError) -> VendorManifest {
        guard let input = try InputText.readIfPresent(path: path, file: file, sizeLimit: sizeLimit) else {
            return VendorManifest(file: file ?? path)
        }
        return parse(input)
    }
}
