/// One side of a diff (the base or the head): its analysis and its replace directives.
public struct DiffSide: Sendable {
    /// How the side is named in reports: the folder or the git revision the user gave.
    public var label: String
    public var analysis: Analysis
    /// go.mod's replace directives, then go.work's, each in file order.
    public var replaceDirectives: [ReplaceDirective]

    public init(label: String, analysis: Analysis, replaceDirectives: [ReplaceDirective]) {
        self.label = label
        self.analysis = analysis
        self.replaceDirectives = replaceDirectives
    }

    /// Analyzes `inputs` and reads the replace directives of its go.mod and go.work.
    ///
    /// - Throws: `ParseError` for the first input that does not parse.
    public static func load(_ inputs: InputSet, label: String) throws(ParseError) -> DiffSide {
        let analysis = try Analyzer.analyze(inputs, name: label)
        var goMod: GoModFile?
        if let text = inputs[.goMod] { goMod = try GoModFile.parseMainModule(text) }
        var goWork: GoWorkFile?
        if let text = inputs[.goWork] { goWork = try GoWorkFile.parse(text) }
        return DiffSide(
            label: label, analysis: analysis,
            replaceDirectives: ReplaceDirective.all(goMod: goMod, goWork: goWork))
    }
}
