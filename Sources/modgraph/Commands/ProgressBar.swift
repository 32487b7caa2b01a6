import Foundation

/// `--progress`: a one-line bar on stderr for the steps of a long command, drawn only when
/// stderr is a terminal and not `-q`; otherwise it does nothing (progress lines still print
/// where they would). Other stderr lines print above it; `finish` clears it.
struct ProgressBar {
    let enabled: Bool
    let total: Int
    private(set) var done = 0
    let start = ContinuousClock.now

    /// - Parameters:
    ///   - requested: `--progress` was given.
    ///   - steps: how many `step` calls the command makes.
    init(requested: Bool, steps: Int) {
        enabled = requested && !Console.isQuiet && isatty(STDERR_FILENO) == 1
        total = max(1, steps)
    }

    /// Starts the next step, called `what`.
    mutating func step(_ what: String) {
        guard enabled else { return }
        done = min(done + 1, total)
        Console.showBar(Self.text(step: done, of: total, what: what, elapsed: ContinuousClock.now - start))
    }

    /// Clears the bar.
    func finish() {
        if enabled { Console.showBar(nil) }
    }

    /// `modgraph [########............] 2/5 laying out 150 modules (1.2 s)`: the bar counts the
    /// steps started; the text is clipped so the line never wraps in an 80-column terminal.
    static func text(step: Int, of total: Int, what: String, elapsed: Duration) -> String {
        let width = 20
        let filled = width * max(0, step - 1) / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var line = "modgraph [\(bar)] \(step)/\(total) \(what) (\(String(format: "%.1f", seconds)) s)"
        if line.count > 79 { line = String(line.prefix(78)) + "…" }
        return line
    }
}
