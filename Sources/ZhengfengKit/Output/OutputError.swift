import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A problem of the output folder itself (where it is, who else writes it, a write the
/// system refused), not of the content. The CLI reports it with exit status 2; the
/// published output is untouched.
public struct OutputError: Error, CustomStringConvertible {
    public let diagnostic: Diagnostic

    init(_ code: String, _ message: String, path: String) {
        diagnostic = .error(code, message, at: SourceLocation(file: path))
    }

    public var description: String { diagnostic.description }

    /// A failed system call on `path`: what was being done, and why it failed, in plain words.
    static func write(_ action: String, path: String, errno code: Int32) -> OutputError {
        OutputError("OUTPUT_WRITE_FAILED",
                    "\(action)失败：\(path)（\(cause(code))）。\(advice(code))原有的 output 文件夹保持不变。",
                    path: path)
    }

    /// The reason for a system error number, for editors.
    static func cause(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "没有写入权限"
        case EROFS: return "所在的磁盘或文件夹是只读的"
        case ENOSPC: return "磁盘空间已满"
        case EDQUOT: return "超出了磁盘配额"
        case ENOENT: return "文件夹不存在，可能被另一个程序删除了"
        case ENOTDIR: return "路径中有一个同名的文件挡住了文件夹"
        case EISDIR: return "这里已经有一个同名的文件夹"
        case EEXIST, ENOTEMPTY: return "这里已经有同名的文件或文件夹"
        case ENAMETOOLONG: return "文件名或路径太长"
        case EMFILE, ENFILE: return "同时打开的文件太多"
        case EIO: return "磁盘读写出错"
        case EXDEV: return "临时文件夹和输出文件夹不在同一个磁盘上"
        case EBUSY: return "文件夹正被其他程序使用"
        default: return "系统错误 \(code)：\(String(cString: strerror(code)))"
        }
    }

    static func advice(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM, EROFS: return "请换一个有写入权限的输出文件夹（--output），或请管理员开放权限。"
        case ENOSPC, EDQUOT: return "请清理磁盘空间后重新运行。"
        default: return "请检查这个位置后重新运行。"
        }
    }
}

extension POSIXError {
    /// The system error number.
    var number: Int32 { code.rawValue }
}

extension OutputError {
    /// The reason a source file could not be read.
    static func readCause(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "没有读取权限"
        case ENOENT: return "文件不存在，可能刚被移动或删除"
        case EISDIR: return "这是一个文件夹"
        default: return cause(code)
        }
    }
}

extension FileBytes {
    /// Runs `body`; a `POSIXError` it throws becomes an `OutputError` naming `path`.
    static func checked(_ action: String, _ path: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as POSIXError {
            throw OutputError.write(action, path: path, errno: error.number)
        }
    }

    /// rename(2), throwing `POSIXError`.
    static func rename(_ from: String, _ to: String) throws {
        if Glibc.rename(from, to) != 0 { throw POSIXError(errno) }
    }
}
