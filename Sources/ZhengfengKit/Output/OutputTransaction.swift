import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a build into a fresh staging folder beside the output folder and swaps it in
/// only when everything succeeded. Until `commit()`, the published output is untouched;
/// a process killed at any moment leaves either the old or the new output, never a mix.
public final class OutputTransaction: OutputSink, @unchecked Sendable {
    public let outputDirectory: URL
    public let stagingDirectory: URL
    private var committed = false
    private let createdDirectories = DirectorySet()
    /// The staging folder, open: pages are created relative to it.
    private var stagingDescriptor: Int32 = -1

    /// Prefix of staging folders; a stale one (from a killed build) is removed on the next build.
    static func stagingPrefix(for output: URL) -> String { ".zhengfeng-staging-\(output.lastPathComponent)-" }

    public init(outputDirectory: URL) throws {
        self.outputDirectory = outputDirectory.standardizedFileURL
        let parent = self.outputDirectory.deletingLastPathComponent()
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let prefix = Self.stagingPrefix(for: self.outputDirectory)
        for name in (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
            FileBytes.removeTree(parent.appendingPathComponent(name).path)
        }
        stagingDirectory = parent.appendingPathComponent(prefix + String(getpid()), isDirectory: true)
        try fileManager.createDirectory(at: stagingDirectory, withIntermediateDirectories: true)
        stagingDescriptor = open(stagingDirectory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard stagingDescriptor >= 0 else { throw POSIXError(errno) }
    }

    deinit {
        closeStaging()
        if !committed { FileBytes.removeTree(stagingDirectory.path) }
    }

    private func closeStaging() {
        if stagingDescriptor >= 0 { close(stagingDescriptor) }
        stagingDescriptor = -1
    }

    /// Writes `data` at `relativePath` inside the output. Safe to call from several threads.
    public func write(_ data: Data, to relativePath: String) throws {
        try FileBytes.write(data, to: try stagedPath(relativePath), in: stagingDescriptor)
    }

    public func write(_ text: String, to relativePath: String) throws {
        try FileBytes.write(text, to: try stagedPath(relativePath), in: stagingDescriptor)
    }

    /// A checked path relative to the staging folder (refusing absolute paths and `..`), with
    /// its folder created. String operations and paths relative to the open staging folder:
    /// this runs once per page.
    private func stagedPath(_ relativePath: String) throws -> String {
        let relative = try OutputPath.checked(relativePath)
        if let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/")) {
            let folder = String(relative[..<slash])
            if createdDirectories.insert(folder) { try FileBytes.makeDirectories(folder, in: stagingDescriptor) }
        }
        return relative
    }

    /// Copies a file into the output. A symbolic link is copied as the file it points to,
    /// never as a link (which could lead a web server outside the output).
    public func copy(_ source: URL, to relativePath: String) throws {
        let url = stagingDirectory.appendingPathComponent(try stagedPath(relativePath))
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
        try FileManager.default.copyItem(at: source.resolvingSymlinksInPath(), to: url)
    }

    /// Swaps the staging folder in place of the output folder (atomically where the system
    /// allows it) and removes the old output.
    public func commit() throws {
        closeStaging()
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: outputDirectory.path) {
            if Self.exchange(stagingDirectory, outputDirectory) {
                committed = true
                FileBytes.removeTree(stagingDirectory.path)
                return
            }
            let old = outputDirectory.deletingLastPathComponent()
                .appendingPathComponent(Self.stagingPrefix(for: outputDirectory) + "old-\(getpid())")
            try fileManager.moveItem(at: outputDirectory, to: old)
            try fileManager.moveItem(at: stagingDirectory, to: outputDirectory)
            committed = true
            FileBytes.removeTree(old.path)
        } else {
            try fileManager.moveItem(at: stagingDirectory, to: outputDirectory)
            committed = true
        }
    }

    /// Linux renameat2(RENAME_EXCHANGE): both folders swap names in one step. Looked up at run
    /// time because Swift does not import the GNU-only declaration.
    static func exchange(_ a: URL, _ b: URL) -> Bool {
        #if os(Linux)
        typealias Renameat2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: Renameat2.self)
        let renameExchange: UInt32 = 2
        return a.path.withCString { pa in
            b.path.withCString { pb in renameat2(AT_FDCWD, pa, AT_FDCWD, pb, renameExchange) }
        } == 0
        #else
        return false
        #endif
    }
}

/// A thread-safe set of folder paths already created.
final class DirectorySet: @unchecked Sendable {
    private var paths: Set<String> = []
    private let lock = NSLock()

    /// True when `path` was not in the set before.
    func insert(_ path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return paths.insert(path).inserted
    }
}
