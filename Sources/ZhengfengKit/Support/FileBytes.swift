import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Plain POSIX file reads and writes for the build's hot path. Foundation's `Data.write`
/// calls fsync on every file and `attributesOfItem` builds a dictionary per call; a build
/// writes thousands of files into a staging folder that is swapped in at the end, so
/// per-file durability buys nothing there.
enum FileBytes {
    enum Failure: Error {
        case tooLarge(Int)
    }

    /// The whole file; refuses files larger than `maximumSize` bytes.
    static func read(_ path: String, maximumSize: Int = .max) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw POSIXError(errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw POSIXError(errno) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw POSIXError(.EISDIR) }
        let size = Int(info.st_size)
        if size > maximumSize { throw Failure.tooLarge(size) }
        var data = Data(count: size)
        var filled = 0
        try data.withUnsafeMutableBytes { buffer in
            while filled < size {
                let count = Glibc.read(descriptor, buffer.baseAddress! + filled, size - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(errno)
                }
                if count == 0 { break }
                filled += count
            }
        }
        if filled < size { data.removeSubrange(filled...) }
        return data
    }

    /// Creates or truncates `path` and writes `bytes` (mode 0644, no fsync). A relative `path`
    /// is taken from the open folder `directory` (saving the kernel the walk from `/`).
    static func write(_ bytes: UnsafeRawBufferPointer, to path: String, in directory: Int32 = AT_FDCWD) throws {
        let descriptor = openat(directory, path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(errno) }
        var written = 0
        while written < bytes.count {
            let count = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                throw POSIXError(code)
            }
            written += count
        }
        guard close(descriptor) == 0 else { throw POSIXError(errno) }
    }

    static func write(_ text: String, to path: String, in directory: Int32 = AT_FDCWD) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: path, in: directory) }
    }

    static func write(_ data: Data, to path: String, in directory: Int32 = AT_FDCWD) throws {
        try data.withUnsafeBytes { try write($0, to: path, in: directory) }
    }

    /// `mkdir -p`: creates `path` (relative paths inside the open folder `directory`) and any
    /// missing parents.
    static func makeDirectories(_ path: String, in directory: Int32 = AT_FDCWD) throws {
        if mkdirat(directory, path, 0o755) == 0 { return }
        switch errno {
        case EEXIST:
            return
        case ENOENT:
            let parent = (path as NSString).deletingLastPathComponent
            guard !parent.isEmpty, parent != path else { throw POSIXError(.ENOENT) }
            try makeDirectories(parent, in: directory)
            if mkdirat(directory, path, 0o755) != 0 && errno != EEXIST { throw POSIXError(errno) }
        default:
            throw POSIXError(errno)
        }
    }

    /// `rm -rf`: removes a folder tree without following symbolic links. Subfolders of the
    /// top level are removed in parallel.
    static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            unlink(path)
            return
        }
        let children = entries(of: path)
        _ = ParallelMap.map(children) { child -> Bool in
            removeRecursively(path + "/" + child.name, isDirectory: child.isDirectory)
            return true
        }
        rmdir(path)
    }

    private static func removeRecursively(_ path: String, isDirectory: Bool) {
        guard isDirectory else {
            unlink(path)
            return
        }
        for child in entries(of: path) {
            removeRecursively(path + "/" + child.name, isDirectory: child.isDirectory)
        }
        rmdir(path)
    }

    /// Names in a folder (without `.` and `..`) with their `d_type` (`DT_REG`, `DT_DIR`,
    /// `DT_LNK`, or `DT_UNKNOWN` when the file system does not say), in no particular order.
    static func directoryEntries(_ path: String) throws -> [(name: String, type: UInt8)] {
        guard let directory = opendir(path) else { throw POSIXError(errno) }
        defer { closedir(directory) }
        var result: [(String, UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            result.append((name, entry.pointee.d_type))
        }
        return result
    }

    /// Names in a folder (without `.` and `..`), and whether each is a real folder (not a link).
    private static func entries(of path: String) -> [(name: String, isDirectory: Bool)] {
        ((try? directoryEntries(path)) ?? []).map { name, type in
            guard type == UInt8(DT_UNKNOWN) else { return (name, type == UInt8(DT_DIR)) }
            var info = stat()
            return (name, lstat(path + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR)
        }
    }
}

extension POSIXError {
    init(_ code: Int32) {
        self.init(POSIXErrorCode(rawValue: code) ?? .EIO)
    }
}
