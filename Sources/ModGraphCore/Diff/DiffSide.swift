/// One side of a diff (the base or the head): its analysis and its replace directives.
public struct DiffSide: Sendable {
    /// How the side is named in reports: the folder or the git revision the user gave.
    var label: String
    var analysis: Analysis
    /// go.mod's replace directives, then go.work's, each in file order.
    var replaceDirectives: [ReplaceDirective]

    /// Loads `inputs` (`ModuleLoad.load`), analyzes them and takes the replace directives of the
    /// folder's go.mod and go.work from the same load.
    ///
    /// - Throws: `ParseError` for the first input that does not parse.
    public static func load(_ inputs: InputSet, label: String) throws(ParseError) -> DiffSide {
        let load = try ModuleLoad.load(inputs)
        let analysis = Analyzer.analyze(load, name: label)
        let goWork = load.goWorkOrigin == .folder ? load.goWork : nil
        return DiffSide(
            label: label, analysis: analysis,
            replaceDirectives: ReplaceDirective.all(goMod: load.goMod, goWork: goWork))
    }
}
