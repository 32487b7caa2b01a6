import ModGraphToolchain

extension EnvironmentGather.Options {
    /// Options that say what happens on stderr (progress unless `quiet`) and fill a module's
    /// missing captures with the go command unless `runGo` is false.
    static func console(quiet: Bool, runGo: Bool) -> Self {
        var options = Self()
        options.runGo = runGo
        options.progress = quiet ? nil : { Console.progress($0) }
        options.warning = { Console.warning($0) }
        options.capture = { inputs, root in LiveCapture.fill(&inputs, root: root) }
        return options
    }
}
