import ArgumentParser
import Foundation
import ModGraphCore
import ModGraphRender
import ModGraphToolchain

/// `modgraph why MODULE[@VERSION] [PATH]`: why a module is in the build, and at that version.
struct WhyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "why",
        abstract: "Show why a module is in the build list and what decided its version.",
        discussion: """
            Prints every path from the main module(s) to the module in the selected graph \
            (shortest first, at most --max-paths), every version of the module in the module \
            graph with the modules that require it, the requirers that force the selected version \
            (they require exactly it), and the replace and exclude directives that name it. With \
            MODULE@VERSION for a version that is not selected, the paths run through the full \
            module graph to that version. Paths need `go mod graph` (graph.txt, or a go command); \
            without it, why answers what go.mod, go.work and vendor/modules.txt tell (the selected \
            version, which main modules require it, whether it is vendored) and names the capture.

            EXIT STATUS: 0 answered; 1 the module is not in the module graph; 2 could not run; \
            64 usage error.
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, dot, svg
    }

    @Argument(help: ArgumentHelp("The module path, optionally with @version.", valueName: "module[@version]"))
    var module: String

    @Argument(help: "A module root or a folder of captured go outputs.")
    var path: String = "."

    @OptionGroup var input: InputOptions<StandardWording>

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Option(help: "Most paths to show.")
    var maxPaths: Int = Why.defaultMaxPaths

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    @Option(help: "Graphviz layout engine for --format svg.")
    var engine: String = "dot"

    func validate() throws {
        if maxPaths < 1 { throw ValidationError("--max-paths must be at least 1") }
        let (m, v) = Why.parseQuery(module)
        if m.isEmpty { throw ValidationError("expected a module path, such as golang.org/x/sys or golang.org/x/sys@v0.20.0") }
        if module.hasSuffix("@") || (v != nil && !Semver.isValid(v!)) {
            throw ValidationError("\(module): the version after @ must be a semantic version such as v1.2.3")
        }
    }

    func run() async throws {
        let context: ModuleLoad
        switch Result(catching: { () throws(ParseError) -> ModuleLoad in try ModuleLoad.load(try input.read(root: path)) }) {
        case .success(let c): context = c
        case .failure(let error):
            Console.error(error.description)
            throw ExitStatus.couldNotRun
        }
        let (name, version) = Why.parseQuery(module)
        guard let why = Why.answer(context, module: name, version: version, maxPaths: maxPaths) else {
            let what = version.map { "\(name)@\($0)" } ?? name
            if context.graph == nil {
                Console.error("\(what) is not in the build list of \(path) as go.mod, go.work and modules.txt give it; without `go mod graph` (graph.txt) modules reached only through dependencies are unknown: capture it with `go mod graph > graph.txt`, or put a go command on PATH")
            } else {
                Console.error("\(what) is not in the module graph of \(path)")
            }
            throw ExitStatus.findings
        }

        let data: Data
        switch format {
        case .text: data = Data(why.text().utf8)
        case .json: data = why.json()
        case .dot, .svg:
            let dot = DOTWriter(includeLegend: false).write(why.graphView(buildList: context.buildList))
            if format == .dot {
                data = Data(dot.utf8)
            } else {
                do {
                    data = try SVGRenderer(options: RenderOptions(engine: LayoutEngine(engine))).render(dot: dot)
                } catch {
                    Console.error("rendering the SVG: \(error)")
                    throw ExitStatus.couldNotRun
                }
            }
        }
        try Console.emit(data, to: output, protecting: input.protectedInputs(root: path))
    }
}
