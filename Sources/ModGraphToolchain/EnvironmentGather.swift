import Foundation
import ModGraphCore

/// Gathers what `modgraph env` (and `analyze --env`) explain: the go binaries on PATH, the go
/// env files, the module files, the build list, the module cache and, when a go runs here
/// without switching toolchains, `go env -json` to compare with.
public enum EnvironmentGather {
    public struct Options {
        public var privateHints = ""
        public var moduleCache: String?
        public var verify = true
        public var runGo = true
        public var sizeLimit = InputText.defaultSizeLimit
        /// Says what is going on (nil: nothing, for -q).
        public var progress: ((String) -> Void)?
        /// Says what went wrong but did not stop the report.
        public var warning: (String) -> Void = { _ in }
        /// Runs go (read-only) for the captures a module root lacks (`runGo` only).
        public var capture: (inout InputSet, _ root: String) -> Void = { _, _ in }

        public init() {}
    }

    /// The report for `directory` (absolute), with `buildList` when the caller has one already.
    public static func report(
        directory: String, environment: [String: String], buildList known: BuildList?, options: Options
    ) -> EnvironmentReport {
        let binaries = GoInstallations.onPath(environment: environment)
        let toolchains = GoInstallations.toolchainsOnPath(environment: environment)
        var buildList = known
        if buildList == nil {
            buildList = Self.buildList(directory: directory, runGo: options.runGo && !binaries.isEmpty, options: options)
        }
        var input = EnvironmentInput.read(
            directory: directory, environment: environment, goBinaries: binaries, toolchainsOnPath: toolchains,
            buildList: buildList, privateHints: options.privateHints, moduleCache: options.moduleCache,
            verify: options.verify, sizeLimit: options.sizeLimit)
        var report = EnvironmentCheck.run(input)
        guard options.runGo, let go = binaries.first, go.version != nil else { return report }
        // go env -json would switch toolchains (and maybe download one) where the decision says so.
        guard report.toolchain.outcome == .local || report.toolchain.outcome == .notApplicable else {
            options.progress?("not running go env -json: go would switch toolchains here")
            return report
        }
        do {
            let out = try GoCommand(executable: go.path).run(["env", "-json"], in: URL(fileURLWithPath: directory), environment: [:])
            guard out.status == 0,
                let object = try JSONSerialization.jsonObject(with: out.stdout) as? [String: Any]
            else {
                let why = out.stderr.split(separator: "\n").first.map(String.init) ?? "exit status \(out.status)"
                options.warning("go env -json failed, not compared: \(why)")
                return report
            }
            input.goEnvJSON = object.compactMapValues { $0 as? String }
            report = EnvironmentCheck.run(input)
        } catch {
            options.warning("go env -json could not run, not compared: \(error)")
        }
        return report
    }

    /// The environment as the go command sees its settings: `environment` with the user's go env
    /// file (`go env -w`) and the go on PATH's `$GOROOT/go.env` filled in where a variable is unset.
    public static func effectiveEnvironment(_ environment: [String: String]) -> [String: String] {
        let input = EnvironmentInput.read(
            directory: "/", environment: environment, goBinaries: Array(GoInstallations.onPath(environment: environment).prefix(1)),
            buildList: nil, moduleCache: "", verify: false)
        return input.effectiveEnvironment
    }

    /// The build list of the module (or workspace) whose go.mod (or go.work) is at or above
    /// `directory`: its captured files, else the go command read-only, else go.mod alone; nil
    /// without either.
    static func buildList(directory: String, runGo: Bool, options: Options) -> BuildList? {
        var dir = directory
        let fm = FileManager.default
        while !fm.fileExists(atPath: dir + "/go.mod") && !fm.fileExists(atPath: dir + "/go.work") {
            let parent = (dir as NSString).deletingLastPathComponent
            if parent == dir || parent.isEmpty { return nil }
            dir = parent
        }
        let environment = effectiveEnvironment(ProcessInfo.processInfo.environment)
        func load(_ env: [String: String]) throws(ParseError) -> BuildList {
            var inputs = try InputSet.load(root: dir, sizeLimit: options.sizeLimit)
            inputs.environment = env
            if runGo { options.capture(&inputs, dir) }
            return try Analyzer.analyze(inputs, name: (dir as NSString).lastPathComponent).buildList
        }
        do {
            return try load(environment)
        } catch {
            // Where go cannot load the workspace (the report says why), the module alone still
            // shows how its modules are fetched.
            var alone = environment
            alone["GOWORK"] = "off"
            if environment["GOWORK"] != "off", let list = try? load(alone) {
                options.progress?("routing the build list of \(dir) alone: as go loads it here it fails (\(error.description))")
                return list
            }
            options.warning("no build list for \(dir): \(error.description)")
            return nil
        }
    }
}
