#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputPath {
    /// Creates the file at `path` (it must not exist) and writes what `producer` hands over,
    /// chunk by chunk, so a big report never sits whole in memory; removes it on failure.
    static func writeNew(streaming producer: ReportFolder.Producer, to path: String, shown: String) throws(OutputError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if fd < 0 { throw OutputError.failed("write", shown, code: errno) }
        struct WriteFailure: Error { var code: Int32 }
        var failure: Int32 = 0
        do {
            try producer { chunk in
                try chunk.withUnsafeBytes { raw in
                    var done = 0
                    while done < raw.count {
                        let n = write(fd, raw.baseAddress! + done, raw.count - done)
                        if n < 0 {
                            if errno == EINTR { continue }
                            throw WriteFailure(code: errno)
                        }
                        done += n
                    }
                }
            }
        } catch let error as WriteFailure {
            failure = error.code
        } catch {
            failure = EIO
        }
        if failure == 0 && close(fd) != 0 { failure = errno } else if failure != 0 { close(fd) }
        if failure != 0 {
            unlink(path)
            throw OutputError.failed("write", shown, code: failure)
        }
    }
}
