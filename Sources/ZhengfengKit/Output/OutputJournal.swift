import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The list of changes that turns an existing output into the new site: files to remove
/// from the output and files to move in from the staging folder. It is written beside the
/// output (fsync'd, then renamed into place, so it exists whole or not at all) before the
/// first change, and removed after the last. A build killed in between leaves the journal,
/// and the next transaction on that output applies it again from the start before anything
/// else (every step may be repeated: a removed file is skipped, a file already moved in is
/// not in the staging folder any more). The output is thus always the old or the new site
/// once a transaction has started on it.
struct OutputJournal: Equatable {
    /// Name of the staging folder (beside the output) the files are moved in from.
    var stagingName: String
    /// Paths relative to the output, removed first (never a path that is moved in).
    var removals: [String]
    /// Paths relative to the output and to the staging folder, moved in after the removals.
    var moves: [String]

    static let header = "zhengfeng-journal-1"

    /// The journal's file for `output` (absolute, resolved): beside it, under the staging
    /// prefix so that every leftover of a build shares one prefix.
    static func path(for output: URL) -> String {
        output.deletingLastPathComponent().appendingPathComponent(OutputTransaction.stagingPrefix(for: output) + "journal").path
    }

    /// NUL-separated fields: paths may hold any byte but NUL.
    func encoded() -> Data {
        var fields = [Self.header, stagingName]
        for path in removals { fields += ["D", path] }
        for path in moves { fields += ["M", path] }
        return Data((fields.joined(separator: "\0") + "\0").utf8)
    }

    init(stagingName: String, removals: [String], moves: [String]) {
        self.stagingName = stagingName
        self.removals = removals
        self.moves = moves
    }

    /// Parses `encoded()`; nil for anything else.
    init?(_ data: Data) {
        var fields = data.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        guard fields.last == "", fields.count >= 3, fields[0] == Self.header else { return nil }
        fields.removeLast()
        stagingName = fields[1]
        removals = []
        moves = []
        var index = 2
        while index + 1 < fields.count {
            switch fields[index] {
            case "D": removals.append(fields[index + 1])
            case "M": moves.append(fields[index + 1])
            default: return nil
            }
            index += 2
        }
        guard index == fields.count, !stagingName.contains("/") else { return nil }
    }

    /// Writes the journal for `output` durably: a temporary file, fsync, rename, fsync of
    /// the folder.
    func write(for output: URL) throws {
        let path = Self.path(for: output)
        let temporary = path + "-new"
        try FileBytes.checked("写入更新清单", temporary) {
            try FileBytes.write(encoded(), to: temporary)
            try Self.sync(temporary)
            try FileBytes.rename(temporary, path)
            try Self.sync(output.deletingLastPathComponent().path)
        }
    }

    /// The unfinished journal of `output`, if a build was stopped while applying one.
    static func pending(for output: URL) -> OutputJournal? {
        (try? FileBytes.read(path(for: output))).flatMap { OutputJournal($0) }
    }

    /// Applies the journal to `output`; `afterStep` is called with the number of steps done
    /// so far (for the fault points). Returns nothing when done; throws `POSIXError` naming
    /// the step's path through `OutputError` when a step fails (the journal stays for the
    /// next transaction).
    func apply(to output: URL, afterStep: (Int) -> Void = { _ in }) throws {
        let root = output.path
        let staging = output.deletingLastPathComponent().appendingPathComponent(stagingName).path
        var steps = 0
        var emptied: Set<String> = []
        for relative in removals {
            let path = root + "/" + relative
            if unlink(path) != 0 && errno != ENOENT {
                if errno == EISDIR || errno == EPERM { FileBytes.removeTree(path) } else { throw Self.failed("删除不再生成的文件", path, errno) }
            }
            var folder = Self.folder(of: relative)
            while !folder.isEmpty && emptied.insert(folder).inserted { folder = Self.folder(of: folder) }
            steps += 1
            afterStep(steps)
        }
        // Deepest first, so that a folder emptied by removing its subfolders goes too.
        for folder in emptied.sorted(by: { $0.count > $1.count }) { rmdir(root + "/" + folder) }
        var made: Set<String> = []
        for relative in moves {
            let source = staging + "/" + relative, destination = root + "/" + relative
            var info = stat()
            if lstat(source, &info) == 0 {
                let folder = Self.folder(of: relative)
                if !folder.isEmpty && made.insert(folder).inserted {
                    do { try FileBytes.makeDirectories(root + "/" + folder) } catch let error as POSIXError {
                        throw Self.failed("创建文件夹", root + "/" + folder, error.number)
                    }
                }
                if Glibc.rename(source, destination) != 0 {
                    guard errno == EISDIR || errno == ENOTEMPTY || errno == EEXIST else { throw Self.failed("更新文件", destination, errno) }
                    // An empty folder where the new site has a file: nothing in it is kept.
                    FileBytes.removeTree(destination)
                    if Glibc.rename(source, destination) != 0 { throw Self.failed("更新文件", destination, errno) }
                }
            }
            steps += 1
            afterStep(steps)
        }
    }

    /// The folder part of a relative path ("" for a file at the root).
    static func folder(of relative: String) -> String {
        guard let slash = relative.lastIndex(of: "/") else { return "" }
        return String(relative[..<slash])
    }

    /// Removes the journal once applied.
    static func remove(for output: URL) {
        unlink(path(for: output))
    }

    static func sync(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw POSIXError(errno) }
        defer { close(descriptor) }
        if fsync(descriptor) != 0 { throw POSIXError(errno) }
    }

    /// A step failed half-way: the output is neither the old nor the new site until the next
    /// build completes the journal, and the message says so.
    static func failed(_ action: String, _ path: String, _ code: Int32) -> OutputError {
        OutputError("OUTPUT_WRITE_FAILED",
                    "\(action)失败：\(path)（\(OutputError.cause(code))）。\(OutputError.advice(code))输出文件夹只更新了一部分；下次生成时会先把这次更新补完。",
                    path: path)
    }
}

/// The files of a folder tree, by path relative to its root.
enum OutputTree {
    /// Regular files, and separately everything else that is not a folder (links, pipes),
    /// found without following symbolic links.
    static func files(in root: String) -> (regular: Set<String>, other: Set<String>) {
        var regular: Set<String> = [], other: Set<String> = []
        func walk(_ folder: String, _ prefix: String) {
            for (name, type) in (try? FileBytes.directoryEntries(folder)) ?? [] {
                let path = folder + "/" + name, relative = prefix + name
                var kind = type
                if kind == UInt8(DT_UNKNOWN) {
                    var info = stat()
                    guard lstat(path, &info) == 0 else { continue }
                    switch info.st_mode & S_IFMT {
                    case S_IFDIR: kind = UInt8(DT_DIR)
                    case S_IFREG: kind = UInt8(DT_REG)
                    default: kind = UInt8(DT_LNK)
                    }
                }
                if kind == UInt8(DT_DIR) {
                    walk(path, relative + "/")
                } else if kind == UInt8(DT_REG) {
                    regular.insert(relative)
                } else {
                    other.insert(relative)
                }
            }
        }
        walk(root, "")
        return (regular, other)
    }
}

extension FileBytes {
    /// True when `path` is a regular file (reached without following a final link) holding
    /// exactly `bytes`.
    static func holds(_ path: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else { return false }
        if bytes.isEmpty { return true }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: bytes.count, alignment: 16)
        defer { buffer.deallocate() }
        var filled = 0
        while filled < bytes.count {
            let count = Glibc.read(descriptor, buffer + filled, bytes.count - filled)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return false }
            filled += count
        }
        return memcmp(buffer, bytes.baseAddress!, bytes.count) == 0
    }
}
