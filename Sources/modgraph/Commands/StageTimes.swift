import Foundation

/// Wall time of each stage of a command, the processor time it took and the peak memory when
/// it ended, for `--timings`: `mark(name)` closes the stage that began at the previous mark (or
/// at creation). On a busy machine the processor time is the steadier figure.
struct StageTimes: CustomStringConvertible {
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private var lastCPU: Duration
    private var stages: [(name: String, time: Duration, cpu: Duration, peak: Int)] = []

    init() {
        last = clock.now
        lastCPU = MemoryUse.processorTime()
    }

    mutating func mark(_ name: String) {
        let now = clock.now
        let cpu = MemoryUse.processorTime()
        stages.append((name, now - last, cpu - lastCPU, MemoryUse.peakResidentBytes()))
        last = now
        lastCPU = cpu
    }

    /// "read 1.2 ms (cpu 1.1 ms, peak 20 MiB), analyze 30.0 ms (cpu 45.0 ms, peak 25 MiB), ...,
    /// total 40.1 ms (cpu 50.2 ms)": processor time of every thread, and the peak resident set
    /// of the process so far, where the system tells it.
    var description: String {
        let total = stages.reduce(Duration.zero) { $0 + $1.time }
        let cpu = stages.reduce(Duration.zero) { $0 + $1.cpu }
        let parts = stages.map {
            "\($0.name) \(Self.milliseconds($0.time)) (cpu \(Self.milliseconds($0.cpu))" + ($0.peak > 0 ? ", peak \($0.peak >> 20) MiB)" : ")")
        }
        return (parts + ["total \(Self.milliseconds(total)) (cpu \(Self.milliseconds(cpu)))"]).joined(separator: ", ")
    }

    static func milliseconds(_ d: Duration) -> String {
        let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        let tenths = Int((ms * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) ms"
    }

    /// A duration as milliseconds with two decimals, such as `3.14 ms`.
    static func milliseconds(hundredths d: Duration) -> String {
        let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        return String(format: "%.2f ms", ms)
    }
}
