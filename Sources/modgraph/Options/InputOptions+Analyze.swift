import ModGraphCore

extension InputOptions {
    /// Inputs this large (about 50,000 requirements) take seconds: stderr says what is going on.
    static var progressInputBytes: Int { 4 << 20 }

    /// Reads the module at `root` with the files given (running go for missing captures, unless
    /// --no-go) and analyzes it as `name`, marking each stage in `stages` (analyze).
    func loadAndAnalyze(
        root: String, name: String, policy rules: Policy?, stages: inout StageTimes
    ) throws(ParseError) -> Analysis {
        var inputs = try load.readFiles(root: root, overrides: overrides)
        stages.mark("read")
        if !load.noGo {
            load.capture(&inputs, root: root)
            stages.mark("go")
        }
        let bytes = inputs.texts.values.reduce(0) { $0 + $1.bytes.count }
        if bytes >= Self.progressInputBytes {
            Console.progress("analyzing \(bytes >> 20) MiB of input: building the graph, resolving, checking...")
        }
        let analysis = try Analyzer.analyze(inputs, name: name, policy: rules)
        stages.mark("analyze")
        return analysis
    }
}
