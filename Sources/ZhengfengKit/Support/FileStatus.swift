import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `stat` says of a file (links followed), for noticing that a file was replaced
/// without reading it: an edit, an upgrade or a copy changes the size, the inode or a time.
struct FileStatus {
    let size: UInt64
    let inode: UInt64
    let modified: (seconds: UInt64, nanoseconds: UInt64)
    /// The change time, which a program cannot set back (unlike the modification time).
    let changed: (seconds: UInt64, nanoseconds: UInt64)

    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = UInt64(bitPattern: Int64(info.st_size))
        inode = UInt64(info.st_ino)
        modified = (UInt64(bitPattern: Int64(info.st_mtim.tv_sec)), UInt64(info.st_mtim.tv_nsec))
        changed = (UInt64(bitPattern: Int64(info.st_ctim.tv_sec)), UInt64(info.st_ctim.tv_nsec))
    }

    /// Size, inode and modification time, as one line of text.
    var summary: String { "\(size) \(inode) \(modified.seconds).\(modified.nanoseconds)" }
}

extension FNV1a {
    /// Adds the size, inode and modification time of `status`, and its change time when `changeTime`.
    mutating func add(_ status: FileStatus, changeTime: Bool = false) {
        add(status.size, status.inode, status.modified.seconds, status.modified.nanoseconds)
        if changeTime { add(status.changed.seconds, status.changed.nanoseconds) }
    }
}
