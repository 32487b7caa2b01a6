import Foundation
import ModGraphCore
import ModGraphToolchain

/// Gathers what `modgraph env` (and `analyze --env`) explain: the go binaries on PATH, the go
/// env files, the module files, the build list, the module cache and, when a go runs here
/// without switching toolchains, `go env -json` to compare with.
enum EnvironmentGather {
    struct Options {
        var privateHints = ""
        var moduleCache: String?
        var verify = true
        var runGo = true
        var quiet = false
        var sizeLimit = InputText.defaultSizeLimit
    }

    /// The report for `directory` (absolute), with `buildList` when the caller has one already.
    static func report(
        directory: String, environment: [String: String], buildList known: BuildList?, options: Options
    ) -> EnvironmentReport {
        let binaries = GoInstallations.onPath(environment: environment)
        let toolchains = GoInstallations.toolchainsOnPath(environment: environment)
        var buildList = known
        if buildList == nil {
            buildList = Self.buildList(
                directory: directory, runGo: options.runGo && !binaries.isEmpty, sizeLimit: options.sizeLimit, quiet: options.quiet)
        }
        var input = EnvironmentInput.read(
            directory: directory, environment: environment, goBinaries: binaries, toolchainsOnPath: toolchains,
            buildList: buildList, privateHints: options.privateHints, moduleCache: options.moduleCache,
            verify: options.verify, sizeLimit: options.sizeLimit)
        var report = EnvironmentCheck.run(input)
        guard options.runGo, let go = binaries.first, go.version != nil else { return report }
        // go env -json would switch toolchains (and maybe download one) where the decision says so.
        guard report.toolchain.outcome == .local || report.toolchain.outcome == .notApplicable else {
            if !options.quiet { Console.progress("not running go env -json: go would switch toolchains here") }
            return report
        }
        do {
            let out = try GoCommand(executable: go.path).run(["env", "-json"], in: URL(fileURLWithPath: directory), environment: [:])
            guard out.status == 0,
                let object = try JSONSerialization.jsonObject(with: out.stdout) as? [String: Any]
            else {
                let why = out.stderr.split(separator: "\n").first.map(String.init) ?? "exit status \(out.status)"
                Console.warning("go env -json failed, not compared: \(why)")
                return report
            }
            input.goEnvJSON = object.compactMapValues { $0 as? String }
            report = EnvironmentCheck.run(input)
        } catch {
            Console.warning("go env -json could not run, not compared: \(error)")
        }
        return report
    }

    /// The environment as the go command sees its settings: `environment` with the user's go env
    /// file (`go env -w`) and the go on PATH's `$GOROOT/go.env` filled in where a variable is unset.
    static func effectiveEnvironment(_ environment: [String: String]) -> [String: String] {
        let input = EnvironmentInput.read(
            directory: "/", environment: environment, goBinaries: Array(GoInstallations.onPath(environment: environment).prefix(1)),
            buildList: nil, moduleCache: "", verify: false)
        return input.effectiveEnvironment
    }

    /// The build list of the module (or workspace) whose go.mod (or go.work) is at or above
    /// `directory`: its captured files, else the go command read-only, else go.mod alone; nil
    /// without either.
    static func buildList(directory: String, runGo: Bool, sizeLimit: Int, quiet: Bool = false) -> BuildList? {
        var dir = directory
        let fm = FileManager.default
        while !fm.fileExists(atPath: dir + "/go.mod") && !fm.fileExists(atPath: dir + "/go.work") {
            let parent = (dir as NSString).deletingLastPathComponent
            if parent == dir || parent.isEmpty { return nil }
            dir = parent
        }
        let environment = effectiveEnvironment(ProcessInfo.processInfo.environment)
        func load(_ env: [String: String]) throws(ParseError) -> BuildList {
            var inputs = try InputSet.load(root: dir, sizeLimit: sizeLimit)
            inputs.environment = env
            if runGo { LiveCapture.fill(&inputs, root: dir) }
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
                if !quiet { Console.progress("routing the build list of \(dir) alone: as go loads it here it fails (\(error.description))") }
                return list
            }
            Console.warning("no build list for \(dir): \(error.description)")
            return nil
        }
    }
}
