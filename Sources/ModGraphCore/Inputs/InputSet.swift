import Foundation

/// The inputs of one analysis: which of the recognized files were found, and their text.
///
/// A folder is a module root or a capture folder; both are read the same way. Files given
/// explicitly (`--graph FILE`, `-` for standard input) replace what the folder holds.
public struct InputSet: Sendable {
    /// The files modgraph recognizes in a folder.
    public enum Kind: String, Sendable, CaseIterable {
        case goMod = "go.mod"
        case goSum = "go.sum"
        case goWork = "go.work"
        case modulesTxt = "vendor/modules.txt"
        /// Captured `go mod graph` output.
        case graph = "graph.txt"
        /// Captured `go list -m -json all` output.
        case list = "list.json"

        /// The longest line read (`InputText.Screen`): graph.txt's are two nodes.
        public var lineLimit: Int {
            self == .graph ? ModGraphText.lineLimit : InputText.defaultLineLimit
        }

        /// What the input is, for reports.
        var role: String {
            switch self {
            case .goMod, .goSum, .goWork, .modulesTxt: rawValue
            case .graph: "go mod graph"
            case .list: "go list -m -json all"
            }
        }
    }

    /// The folder as the user named it (messages name files under it).
    var root: String
    public private(set) var texts: [Kind: InputText] = [:]
    private(set) var origins: [Kind: InputUse.Origin] = [:]
    /// Whether the folder has a `vendor/` directory (it may hold only modules.txt).
    var vendorDirectory: Bool
    public var sizeLimit: Int
    /// The go environment the folder is loaded under, as the go command would read it:
    /// `GOWORK` (a go.work found upward, a named one, or `off`), `GOFLAGS`, `GO111MODULE`,
    /// `GOPROXY`. Empty: go's defaults.
    public var environment: [String: String] = [:]
    /// Where the folder is on disk, when `root` does not say (a git revision's files written
    /// to a scratch folder); nil: `root` itself.
    public var directory: String?
    /// The go version whose loading rules apply (what go.mod and go.work may say: `GoSyntax`).
    public var goVersion = GoSyntax.reproducedVersion

    public init(root: String, vendorDirectory: Bool = false, sizeLimit: Int = InputText.defaultSizeLimit) {
        self.root = root
        self.vendorDirectory = vendorDirectory
        self.sizeLimit = sizeLimit
    }

    /// Reads every recognized file of `root`, with `overrides` (a path, or `-` for standard input)
    /// taking the place of the folder's own.
    ///
    /// - Throws: `ParseError` when `root` is not a folder or a file cannot be read as text.
    public static func load(
        root: String, overrides: [Kind: String] = [:], sizeLimit: Int = InputText.defaultSizeLimit
    ) throws(ParseError) -> InputSet {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDir) else {
            throw ParseError(file: root, message: "no such file or directory")
        }
        guard isDir.boolValue else {
            throw ParseError(file: root, message: "not a directory: expected a module root or a folder of captured go outputs")
        }
        var vendorIsDir: ObjCBool = false
        let vendor = FileManager.default.fileExists(
            atPath: join(root, "vendor"), isDirectory: &vendorIsDir) && vendorIsDir.boolValue
        var set = InputSet(root: root, vendorDirectory: vendor, sizeLimit: sizeLimit)
        for kind in Kind.allCases {
            if let given = overrides[kind] {
                if given == "-" {
                    set.provide(kind, try InputText.readStandardInput(sizeLimit: sizeLimit, lineLimit: kind.lineLimit), origin: .stdin)
                } else {
                    set.provide(kind, try InputText.read(path: given, sizeLimit: sizeLimit, lineLimit: kind.lineLimit), origin: .file)
                }
                if kind == .modulesTxt { set.vendorDirectory = true }
                continue
            }
            let path = join(root, kind.rawValue)
            // A directory where a file belongs is left to the go command's loader, which says
            // what go says about it.
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
                [.goMod, .goWork, .modulesTxt].contains(kind)
            {
                continue
            }
            // A dangling or looping symbolic link, or a FIFO, is an error, not an absent file.
            guard let text = try InputText.readIfPresent(path: path, sizeLimit: sizeLimit, lineLimit: kind.lineLimit) else { continue }
            set.provide(kind, text, origin: .file)
        }
        return set
    }

    /// Supplies (or replaces) one input.
    public mutating func provide(_ kind: Kind, _ text: InputText, origin: InputUse.Origin) {
        texts[kind] = text
        origins[kind] = origin
    }

    public subscript(kind: Kind) -> InputText? { texts[kind] }

    /// What was used, in a fixed order, for reports.
    var uses: [InputUse] {
        Kind.allCases.map { kind in
            guard let text = texts[kind], let origin = origins[kind] else {
                return InputUse(role: kind.role, name: kind.rawValue, origin: .missing)
            }
            return InputUse(role: kind.role, name: origin == .goCommand ? kind.role : text.file, origin: origin)
        }
    }

    /// The folder as an absolute path, as `go -C` would see it (symbolic links resolved).
    var absoluteDirectory: String {
        GoFilePath.clean(URL(fileURLWithPath: directory ?? root).resolvingSymlinksInPath().path)
    }

    /// An absolute file name as reports name files: under the folder as the user named it.
    func displayName(_ path: String) -> String {
        guard let rel = GoFilePath.rel(absoluteDirectory, path) else { return path }
        return rel == "." ? root : InputSet.join(root, rel)
    }

    /// `text` with the folder's absolute path (as the go command prints it) replaced by the
    /// folder as the user named it, so that reports do not depend on where the checkout is.
    func namingFolder(_ text: String) -> String {
        let absolute = absoluteDirectory
        guard absolute != root, text.contains(absolute) else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: absolute) {
            let next = rest[range.upperBound...].first
            let boundary = next.map { !($0.isLetter || $0.isNumber || "-_.".contains($0)) } ?? true
            out += rest[..<range.lowerBound]
            out += boundary ? root : absolute
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    /// `root/relative`, without doubling a trailing slash.
    static func join(_ root: String, _ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }
}
