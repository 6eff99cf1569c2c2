import Foundation

/// Paths inside the output folder.
enum OutputPath {
    /// `relativePath` without empty parts; refuses anything that would land outside the
    /// output folder (absolute paths, `..`, `.`).
    static func checked(_ relativePath: String) throws -> String {
        if isPlain(relativePath) { return relativePath }
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: true)
        guard !relativePath.hasPrefix("/"), !parts.isEmpty,
              !parts.contains(where: { $0 == ".." || $0 == "." }) else {
            throw Diagnostic.error("OUTPUT_PATH_UNSAFE",
                                   "拒绝写入输出文件夹以外的位置：\(relativePath)。请检查 slug 和文件名。",
                                   at: SourceLocation(file: relativePath))
        }
        return parts.joined(separator: "/")
    }

    /// No leading or trailing `/`, no `//`, and no part that is `.` or `..`: already checked.
    private static func isPlain(_ path: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: "/")
        var partLength = 0
        var partDots = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if previous == UInt8(ascii: "/") || partDots == partLength { return false }
                partLength = 0
                partDots = 0
            } else {
                partLength += 1
                if byte == UInt8(ascii: ".") { partDots += 1 }
            }
            previous = byte
        }
        return partLength > 0 && partDots != partLength
    }
}

/// Somewhere the web writer puts files, by path relative to the output root.
public protocol OutputSink: Sendable {
    func write(_ text: String, to relativePath: String) throws
    func write(_ data: Data, to relativePath: String) throws
    func copy(_ source: URL, to relativePath: String) throws
}

/// Writes straight into an existing output folder, each file replaced atomically (written
/// beside it, then renamed), so a reader never sees half a file. Used by `serve` to update
/// only the pages a change affects. Only a folder an `OutputTransaction` wrote (it carries
/// the marker) is accepted, and the output's lock is held while this object lives.
/// Sendable: every stored property is `let` and itself thread-safe (`DirectorySet`, `OutputLock`).
public final class LiveOutput: OutputSink, @unchecked Sendable {
    public let directory: URL
    private let createdDirectories = DirectorySet()
    private let lock: OutputLock

    public init(directory: URL) throws {
        self.directory = URL(fileURLWithPath: OutputLocation.resolved(directory.path), isDirectory: true)
        guard OutputLocation.hasEntry(self.directory.path + "/" + OutputLocation.markerName) else {
            throw OutputError("OUTPUT_FOREIGN",
                              "\(directory.path) 不是 zhengfeng 生成的文件夹（没有 \(OutputLocation.markerName) 标记），不会往里面写。请重新生成整个网站。",
                              path: directory.path)
        }
        lock = try OutputLock(output: self.directory.path)
    }

    func destination(_ relativePath: String) throws -> String {
        directory.path + "/" + (try OutputPath.checked(relativePath))
    }

    public func write(_ text: String, to relativePath: String) throws {
        try replace(relativePath) { try FileBytes.write(text, to: $0) }
    }

    public func write(_ data: Data, to relativePath: String) throws {
        try replace(relativePath) { try FileBytes.write(data, to: $0) }
    }

    public func copy(_ source: URL, to relativePath: String) throws {
        let bytes: Data
        do {
            bytes = try FileBytes.read(source.path)
        } catch let error as POSIXError {
            throw OutputError("OUTPUT_READ_FAILED", "读取 \(source.path) 失败（\(OutputError.readCause(error.number))）。",
                              path: source.path)
        }
        try replace(relativePath) { try FileBytes.write(bytes, to: $0) }
    }

    /// Removes a file the output no longer needs (nothing when it is not there).
    public func remove(_ relativePath: String) throws {
        let path = try destination(relativePath)
        if unlink(path) != 0 && errno != ENOENT { throw OutputError.write("删除不再需要的文件", path: path, errno: errno) }
    }

    private func replace(_ relativePath: String, _ body: (String) throws -> Void) throws {
        Interruption.parkIfCancelled()
        let path = try destination(relativePath)
        let folder = (path as NSString).deletingLastPathComponent
        try createdDirectories.ensure(folder) {
            try FileBytes.checked("创建文件夹", folder) { try FileBytes.makeDirectories(folder) }
        }
        let temporary = folder + "/.zhengfeng-tmp-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        do {
            try FileBytes.checked("写入文件", path) {
                try body(temporary)
                try FileBytes.rename(temporary, path)
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
