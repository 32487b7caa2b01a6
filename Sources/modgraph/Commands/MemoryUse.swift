import Foundation

/// The process's memory as the kernel sees it (Linux `/proc`); 0 where unavailable.
enum MemoryUse {
    /// Current resident set size, in bytes.
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// The peak resident set size so far (`VmHWM`), in bytes.
    static func peakResidentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        let kilobytes = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Int($0) }
        return (kilobytes ?? 0) * 1024
    }

    /// Processor time (user and system) of every thread of the process so far.
    static func processorTime() -> Duration {
        var usage = rusage()
        #if canImport(Glibc)
        let who = RUSAGE_SELF.rawValue
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return .zero }
        func duration(_ t: timeval) -> Duration { .seconds(Int64(t.tv_sec)) + .microseconds(Int64(t.tv_usec)) }
        return duration(usage.ru_utime) + duration(usage.ru_stime)
    }

    /// Resident set size after handing free heap pages back to the system (glibc's
    /// `malloc_trim`, looked up at run time), so memory that was freed does not count.
    static func trimmedResidentBytes() -> Int {
        if let symbol = dlsym(nil, "malloc_trim") {
            typealias MallocTrim = @convention(c) (Int) -> Int32
            _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        }
        return residentBytes()
    }
}
