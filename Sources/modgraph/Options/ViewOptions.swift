import ArgumentParser
import ModGraphCore

/// Which modules analyze's graph draws: `--max-nodes`, `--depth`, `--focus`, `--all-versions`,
/// `--groups`; turned into the library's `GraphViewOptions`.
struct ViewOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Most modules drawn in graph.dot and graph.svg (0 for every one); the rest are counted by path prefix.", valueName: "n"))
    var maxNodes: Int = GraphViewOptions.defaultMaxNodes

    @Option(help: ArgumentHelp("Draw only modules at most this many requirements from the main module (or from --focus).", valueName: "n"))
    var depth: Int?

    @Option(help: ArgumentHelp("Draw the subgraph around one module: what requires it, up to the main module, and what it requires.", valueName: "module"))
    var focus: String?

    @Flag(help: "Draw every version go mod graph names, not only the selected ones (the whole graph with --max-nodes 0).")
    var allVersions = false

    @Option(help: "Box drawn modules by path prefix (github.com/OWNER, golang.org/x, else the host) or by host, and count what was left out per box: \(ModuleGrouping.allCases.map(\.rawValue).joined(separator: ", ")).")
    var groups: ModuleGrouping = .prefix

    func validate() throws {
        if maxNodes < 0 { throw ValidationError("--max-nodes must be 0 (every module) or more") }
        if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more") }
    }

    /// The graph view the options ask for.
    var graphView: GraphViewOptions {
        GraphViewOptions(
            maxNodes: maxNodes == 0 ? nil : maxNodes, depth: depth, focus: focus, allVersions: allVersions, grouping: groups)
    }

    /// The check `validate` cannot make before the graph is read: `--focus` names one of its modules.
    /// - Throws: `ExitStatus.usage`, said on stderr, when it names none.
    func checkFocus(in analysis: Analysis) throws {
        if let focus, !GraphViewBuilder.contains(focus, in: analysis, allVersions: allVersions) {
            throw ExitStatus.usage(saying: "--focus \(focus): no such module in the \(allVersions ? "module graph" : "build list")")
        }
    }
}

extension ModuleGrouping: ExpressibleByArgument {}
