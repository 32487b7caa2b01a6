import ArgumentParser

/// The `--help` sentence of a shared option, where a command means something of its own by it.
///
/// The option groups (`InputOptions`, `LoadOptions`, `ReportOptions`, `LayoutOptions`) own each
/// option's name, default and checks; a command passes its wording as the group's type parameter.
/// The defaults are `analyze`'s.
protocol OptionWording {
    static var noGo: String { get }
    static var failOn: String { get }
    static var quiet: String { get }
    static var noSvg: String { get }
    static var engine: String { get }
    static var layoutBudget: String { get }
}

extension OptionWording {
    static var noGo: String { "Never run the go command; use only the files given." }
    static var failOn: String {
        "Exit 1 when a finding is at or above this severity: \(FailOn.allCases.map(\.rawValue).joined(separator: ", "))."
    }
    static var quiet: String { "Print nothing on stdout, and no progress on stderr (errors and warnings still print)." }
    static var noSvg: String { "Skip the SVG (no layout): DOT, Markdown and JSON only." }
    static var engine: String { "Graphviz layout engine for the SVG (dot, sfdp, neato, ...)." }
    static var layoutBudget: String {
        "Seconds the SVG layout may take; a graph that would take longer is drawn with a faster engine or fewer modules."
    }
}

/// analyze's, why's and baseline's wording.
enum StandardWording: OptionWording {}

/// `diff`: the head's findings count, and a graph over the budget is not drawn.
enum DiffWording: OptionWording {
    static var noGo: String { "Never run the go command; use only the files there are." }
    static var failOn: String {
        "Exit 1 when the head adds a finding at or above this severity: \(FailOn.allCases.map(\.rawValue).joined(separator: ", "))."
    }
    static var noSvg: String { "Skip the SVG (no layout): Markdown, JSON and DOT only." }
    static var engine: String { "Graphviz layout engine for the SVG (dot, sfdp, ...)." }
    static var layoutBudget: String {
        "Seconds the SVG layout may take; a graph that would take longer is drawn with a faster engine, or not at all (said on stderr)."
    }
}

/// `env`: a report on stdout (or --output), progress messages on stderr.
enum EnvWording: OptionWording {
    static var quiet: String { "No progress messages on stderr." }
}

/// `vendor-check`: the report is written whatever -q says.
enum VendorCheckWording: OptionWording {
    static var quiet: String { "No progress on stderr (errors and warnings still print); the report is written as usual." }
}
