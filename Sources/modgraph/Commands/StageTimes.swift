/// Wall time of each stage of a command, for `--timings`: `mark(name)` closes the stage that
/// began at the previous mark (or at creation).
struct StageTimes: CustomStringConvertible {
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private var stages: [(name: String, time: Duration)] = []

    init() { last = clock.now }

    mutating func mark(_ name: String) {
        let now = clock.now
        stages.append((name, now - last))
        last = now
    }

    /// "read 1.2 ms, analyze 30.0 ms, ..., total 40.1 ms".
    var description: String {
        let total = stages.reduce(Duration.zero) { $0 + $1.time }
        return (stages + [("total", total)]).map { "\($0.name) \(Self.milliseconds($0.time))" }.joined(separator: ", ")
    }

    static func milliseconds(_ d: Duration) -> String {
        let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        let tenths = Int((ms * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) ms"
    }
}
