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
