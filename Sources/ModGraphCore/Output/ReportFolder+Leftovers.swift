#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension ReportFolder {
    /// A staging folder's name, `.NAME.partial-PID` or `.NAME.old-PID`: the process id, or nil.
    static func stagingProcess(_ entry: String) -> Int32? {
        guard entry.hasPrefix(".") else { return nil }
        for marker in [".partial-", ".old-"] {
            guard let r = entry.range(of: marker, options: .backwards), r.lowerBound > entry.index(after: entry.startIndex) else { continue }
            let digits = entry[r.upperBound...]
            guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { continue }
            return Int32(digits)
        }
        return nil
    }

    /// Removes the staging folders in `output` that runs which did not finish left behind: those
    /// whose process is gone, or is younger than the folder (its id was reused), and that hold
    /// only report files. Others are left alone.
    ///
    /// - Returns: the folders removed, as `output/.NAME.partial-PID`.
    static func removeLeftovers(in output: String) -> [String] {
        guard let names = OutputPath.entries(output) else { return [] }
        let own = ProcessInfo.processInfo.processIdentifier
        var removed: [String] = []
        for name in names.sorted() {
            guard let pid = stagingProcess(name), pid > 0 else { continue }
            let path = OutputPath.join(output, name)
            guard OutputPath.kind(path) == .folder, foreignEntry(in: path) == nil else { continue }
            guard pid == own || isAbandoned(pid: pid, folder: path) else { continue }
            if OutputPath.remove(path) { removed.append(path) }
        }
        return removed
    }

    /// Whether no running process can be writing `folder` (or a file): `pid` is not running, or
    /// started after it was last changed (a later process that was given the same id).
    static func isAbandoned(pid: Int32, folder: String) -> Bool {
        if kill(pid, 0) != 0 && errno == ESRCH { return true }
        guard let started = processStart(pid) else { return false }
        var st = stat()
        guard stat(folder, &st) == 0 else { return false }
        let changed = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
        // The boot time in /proc/stat has whole seconds: keep a margin.
        return changed < started - 2
    }

    /// When process `pid` started, in seconds since 1970 (Linux: /proc); nil when unknown.
    static func processStart(_ pid: Int32) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")"),
            let system = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
            let bootLine = system.split(separator: "\n").first(where: { $0.hasPrefix("btime ") }),
            let boot = Double(bootLine.dropFirst(6).trimmingCharacters(in: .whitespaces))
        else { return nil }
        // Fields after the command name: state is field 3, starttime field 22.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 19, let ticks = Double(fields[19]) else { return nil }
        let perSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
        guard perSecond > 0 else { return nil }
        return boot + ticks / perSecond
    }
}
