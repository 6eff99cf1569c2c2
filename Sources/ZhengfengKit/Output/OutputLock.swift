import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One writer per output folder. The lock is an open-file-description lock
/// (`F_OFD_SETLK`) on `.zhengfeng-lock-<name>` beside the output: the system releases it
/// when the holder exits, however it ends, so a killed build never leaves a stale lock.
/// The holder writes its process id into the file for the message the next writer sees.
/// The file is removed on release; a writer that locked a file someone just removed
/// notices (the path no longer names its file) and tries again.
/// Sendable: `descriptor` and `cleanupToken` are set in `init` and changed only by `release`,
/// which its owner calls once, after every writer thread has finished.
final class OutputLock: @unchecked Sendable {
    let path: String
    private var descriptor: Int32
    /// The lock file is removed with the staging folder when a signal stops the process.
    private var cleanupToken = 0
    /// Linux `F_OFD_SETLK` (not imported into Swift: a GNU extension).
    static let setOpenFileLock: Int32 = 37

    /// The lock file for `output` (an absolute, resolved path).
    static func path(for output: String) -> String {
        let parent = (output as NSString).deletingLastPathComponent
        return (parent == "/" ? "" : parent) + "/.zhengfeng-lock-" + (output as NSString).lastPathComponent
    }

    /// Takes the lock or throws OUTPUT_LOCKED naming the process that holds it.
    init(output: String) throws {
        path = Self.path(for: output)
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw OutputError.write("在输出文件夹旁创建锁文件", path: path, errno: errno)
            }
            var lock = flock()
            lock.l_type = Int16(F_WRLCK)
            lock.l_whence = Int16(SEEK_SET)
            if fcntl(descriptor, Self.setOpenFileLock, &lock) != 0 {
                let holder = (try? FileBytes.read(path, maximumSize: 64)).map { String(decoding: $0, as: UTF8.self) }?
                    .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                close(descriptor)
                let who = holder.isEmpty ? "另一个 zhengfeng" : "另一个 zhengfeng（进程号 \(holder)）"
                throw OutputError("OUTPUT_LOCKED",
                                  "\(who)正在写入 \(output)。同一个输出文件夹一次只能有一个生成或预览在写，请等它结束后再运行（或用 --output 写到别的文件夹）。",
                                  path: output)
            }
            var held = stat(), named = stat()
            if fstat(descriptor, &held) == 0, stat(path, &named) == 0, held.st_ino == named.st_ino, held.st_dev == named.st_dev {
                self.descriptor = descriptor
                cleanupToken = Interruption.track(folder: path)
                let pid = "\(getpid())\n"
                _ = ftruncate(descriptor, 0)
                _ = pid.withCString { pwrite(descriptor, $0, strlen($0), 0) }
                return
            }
            close(descriptor)
        }
    }

    /// Removes the lock file and releases the lock (also done by `deinit`).
    func release() {
        guard descriptor >= 0 else { return }
        Interruption.untrack(cleanupToken)
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
