/// `replaced` and `unused-replace`: every replace directive in effect, and those that change
/// nothing in the build list.
///
/// A replacement is in effect when it is the one the go command applies to a selected module
/// version (go.work before go.mod, a versioned directive before a wildcard one). It is one of:
/// a local directory, a fork (another module path) or a version pin (the same path at another
/// version). A directive that applies to no selected module, or that replaces one module
/// version with exactly itself (`x v1.2.0 => x v1.2.0`), is unused: the build is the same
/// without it. A wildcard pin to the selected version (`x => x v1.2.0`) is in effect: every
/// version of `x` in the graph is read as v1.2.0, which can change the rest of the selection.
enum ReplaceCheck {
    static let replacedID = "replaced"
    static let unusedID = "unused-replace"

    /// What kind of substitution a replacement is.
    enum Kind: String, Sendable {
        case localDirectory = "local directory"
        case fork
        case versionPin = "version pin"

        init(old: String, new: ModuleReplacement) {
            if new.isLocalDirectory { self = .localDirectory } else if new.path != old { self = .fork } else { self = .versionPin }
        }
    }

    @Sendable static func run(_ context: ModuleLoad) -> [Finding] {
        var out: [Finding] = []
        // Directives wiring workspace modules to each other are shown as the workspace, not here.
        var used = Set(context.workspaceWiring.map { "\($0.file):\($0.directive.line)" })  // "file:line" of the directives in effect
        for m in context.buildList.modules {
            guard let r = m.replacement else { continue }
            let directive = context.effectiveReplace(m.id)
            var location: SourceLocation?
            if let directive {
                // A no-op directive is reported below as unused, not as a replacement.
                if isIdentity(directive.directive, selected: m) { continue }
                location = SourceLocation(file: directive.file, line: directive.directive.line)
                used.insert("\(directive.file):\(directive.directive.line)")
            }
            let kind = Kind(old: m.path, new: r)
            let what: String
            switch kind {
            case .localDirectory: what = "the local directory \(r.path)"
            case .fork: what = "the fork \(r.path) \(r.version)"
            case .versionPin:
                what = r.version == m.version
                    ? "itself at the selected version (every version of it in the graph is read as \(r.version))"
                    : "version \(r.version) of itself"
            }
            out.append(Finding(
                id: replacedID, severity: .note, module: m.path,
                message: "\(m.path) \(m.version) is replaced by \(what) (\(kind.rawValue))",
                location: location,
                hint: hint(kind, m.path)))
        }
        for (file, d) in context.replaceDirectives where !used.contains("\(file):\(d.line)") {
            let old = d.oldVersion.map { "\(d.oldPath) \($0)" } ?? d.oldPath
            let new = d.newVersion.map { "\(d.newPath) \($0)" } ?? d.newPath
            let why: String
            if let m = context.buildList.module(d.oldPath) {
                if let v = d.oldVersion, v != m.version {
                    why = "\(m.path) \(m.version) is selected, not \(v)"
                } else if isIdentity(d, selected: m) {
                    why = "it replaces \(m.path) \(m.version) with itself"
                } else {
                    why = "another directive takes precedence for \(m.path) \(m.version)"
                }
            } else {
                why = "\(d.oldPath) is not in the build list"
            }
            out.append(Finding(
                id: unusedID, severity: .warning, module: d.oldPath,
                message: "replace \(old) => \(new) changes nothing in the build list: \(why)",
                location: SourceLocation(file: file, line: d.line),
                hint: "remove the directive (`go mod edit -dropreplace=\(old.replacingOccurrences(of: " ", with: "@"))`)"))
        }
        return out
    }

    /// Whether a directive swaps one module version for exactly itself (a wildcard never does:
    /// it also rewrites the other versions of the path).
    static func isIdentity(_ d: GoModFile.Replacement, selected m: SelectedModule) -> Bool {
        d.oldVersion != nil && d.newPath == m.path && d.newVersion == m.version
    }

    static func hint(_ kind: Kind, _ path: String) -> String {
        switch kind {
        case .localDirectory: "a local directory is not reproducible elsewhere: publish it or vendor it, and drop the replace before release"
        case .fork: "track the fork: upstream its changes to \(path), then drop the replace"
        case .versionPin: "a pin overrides minimal version selection: drop it once every requirer accepts the selected version"
        }
    }
}
