#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An output that was not written: refused (it would replace something modgraph did not
/// write) or failed (the system said no), in words a person can act on.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }

    /// `cannot ACTION PATH: REASON`, the reason in plain words for the system error `code`.
    static func failed(_ action: String, _ path: String, code: Int32) -> OutputError {
        OutputError("cannot \(action) \(path): \(reason(code))")
    }

    /// A refusal: nothing was written or removed.
    static func refused(_ path: String, _ why: String, _ advice: String) -> OutputError {
        OutputError("refusing to write \(path): \(why); \(advice) (nothing was written)")
    }

    /// What a system error code means for a write, in plain words.
    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case ENOSPC: return "no space left on the device"
        case EDQUOT: return "the disk quota is used up"
        case EROFS: return "the file system is read-only"
        case ENOTDIR: return "part of the path is a file, not a folder"
        case ENOENT: return "the folder it goes in does not exist"
        case EISDIR: return "it is a folder"
        case EEXIST: return "something else is already there"
        case ENAMETOOLONG: return "the name is too long"
        case ELOOP: return "too many symbolic links in the path"
        case EMFILE, ENFILE: return "too many files are open"
        case EIO: return "the device reported an input/output error"
        case EFBIG: return "the file is too large for the file system"
        case EBUSY: return "it is in use"
        case EXDEV: return "it is on another file system"
        default: return String(cString: strerror(code))
        }
    }

    /// What a Foundation file error means, in plain words (never `Error Domain=...` text).
    public static func reason(of error: any Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return reason(Int32(ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? any Error {
            let u = underlying as NSError
            if u.domain == NSPOSIXErrorDomain { return reason(Int32(u.code)) }
        }
        if ns.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: ns.code) {
            case .fileWriteNoPermission, .fileReadNoPermission: return reason(EACCES)
            case .fileWriteOutOfSpace: return reason(ENOSPC)
            case .fileWriteVolumeReadOnly: return reason(EROFS)
            case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or folder"
            case .fileWriteFileExists: return reason(EEXIST)
            case .fileWriteInvalidFileName, .fileReadInvalidFileName: return "the name is not valid"
            case .fileReadTooLarge: return "the file is too large"
            default: break
            }
        }
        return "the operation failed (code \(ns.code))"
    }
}
