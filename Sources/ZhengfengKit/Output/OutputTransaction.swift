import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Writes a build into a fresh staging folder beside the output folder and swaps it in
/// only when everything succeeded. Until `commit()`, the published output is untouched;
/// a process killed at any moment leaves either the old or the new output, never a mix,
/// and the next transaction on the same output removes what it left behind.
///
/// This is the one place where output is written, swapped and deleted: it refuses unsafe
/// output folders (`OutputLocation`), holds the output's lock (`OutputLock`) from start to
/// end, reports every failed write as `OutputError` naming the path and the cause, marks
/// the output as zhengfeng's (`OutputLocation.markerName`), and registers its staging
/// folder for removal when Ctrl-C or SIGTERM stops the process (`Interruption`).
/// Sendable: writes from several threads touch only thread-safe members (`DirectorySet`,
/// `Atomic`) and the staging descriptor, which `init` sets and only `commit`/`deinit` (after
/// every writer has finished) close; `committed` changes only in `commit`.
public final class OutputTransaction: OutputSink, @unchecked Sendable {
    /// The output folder (absolute, symbolic links resolved).
    public let outputDirectory: URL
    public let stagingDirectory: URL
    private var committed = false
    private let createdDirectories = DirectorySet()
    /// The staging folder, open: pages are created relative to it.
    private var stagingDescriptor: Int32 = -1
    private let lock: OutputLock
    private let faults: OutputFaults
    private let filesWritten = Atomic<Int>(0)
    private let cleanupToken: Int

    /// Prefix of staging folders; a stale one (from a killed build) is removed on the next build.
    static func stagingPrefix(for output: URL) -> String { ".zhengfeng-staging-\(output.lastPathComponent)-" }

    /// Checks the output location against `siteDirectory` (see `OutputLocation.validate`;
    /// `force` allows replacing a folder zhengfeng did not write), takes the lock and makes
    /// the staging folder.
    public init(outputDirectory: URL, siteDirectory: URL? = nil, force: Bool = false,
                faults: OutputFaults = .fromEnvironment) throws {
        try OutputLocation.validate(output: outputDirectory, site: siteDirectory, force: force)
        let output = URL(fileURLWithPath: OutputLocation.resolved(outputDirectory.path), isDirectory: true)
        self.outputDirectory = output
        self.faults = faults
        let parent = output.deletingLastPathComponent()
        try FileBytes.checked("创建输出文件夹的上级文件夹", parent.path) { try FileBytes.makeDirectories(parent.path) }
        lock = try OutputLock(output: output.path)
        let prefix = Self.stagingPrefix(for: output)
        let leftovers = ((try? FileBytes.directoryEntries(parent.path)) ?? []).map(\.name).filter { $0.hasPrefix(prefix) }
        if !OutputLocation.hasEntry(output.path), let old = leftovers.first(where: { $0.hasPrefix(prefix + "old-") }) {
            // A build stopped between its two renames: put the old output back first.
            try FileBytes.checked("恢复上次的输出文件夹", output.path) {
                try FileBytes.rename(parent.appendingPathComponent(old).path, output.path)
            }
        }
        for name in leftovers { FileBytes.removeTree(parent.appendingPathComponent(name).path) }
        stagingDirectory = parent.appendingPathComponent(prefix + String(getpid()), isDirectory: true)
        cleanupToken = Interruption.track(folder: stagingDirectory.path)
        let staging = stagingDirectory.path
        try FileBytes.checked("创建临时文件夹", staging) {
            if mkdir(staging, 0o755) != 0 { throw POSIXError(errno) }
        }
        stagingDescriptor = open(staging, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard stagingDescriptor >= 0 else { throw OutputError.write("打开临时文件夹", path: staging, errno: errno) }
    }

    deinit {
        closeStaging()
        if !committed { FileBytes.removeTree(stagingDirectory.path) }
        Interruption.untrack(cleanupToken)
    }

    private func closeStaging() {
        if stagingDescriptor >= 0 { close(stagingDescriptor) }
        stagingDescriptor = -1
    }

    /// Writes `data` at `relativePath` inside the output. Safe to call from several threads.
    public func write(_ data: Data, to relativePath: String) throws {
        try store(relativePath) { try FileBytes.write(data, to: $0, in: stagingDescriptor) }
    }

    public func write(_ text: String, to relativePath: String) throws {
        try store(relativePath) { try FileBytes.write(text, to: $0, in: stagingDescriptor) }
    }

    /// Copies a file into the output. A symbolic link is copied as the file it points to,
    /// never as a link (which could lead a web server outside the output).
    public func copy(_ source: URL, to relativePath: String) throws {
        let bytes: Data
        do {
            bytes = try FileBytes.read(source.path)
        } catch let error as POSIXError {
            throw OutputError("OUTPUT_READ_FAILED",
                              "读取 \(source.path) 失败（\(OutputError.readCause(error.number))），无法把它复制到输出文件夹。请检查这个文件后重新运行。原有的 output 文件夹保持不变。",
                              path: source.path)
        }
        try store(relativePath) { try FileBytes.write(bytes, to: $0, in: stagingDescriptor) }
    }

    /// Writes one file through `body` (given the path relative to the staging folder, its
    /// folder already made), with the fault points and errors in plain words.
    private func store(_ relativePath: String, _ body: (String) throws -> Void) throws {
        Interruption.parkIfCancelled()
        let relative = try stagedPath(relativePath)
        let number = filesWritten.add(1, ordering: .relaxed).newValue
        try FileBytes.checked("写入文件", outputDirectory.path + "/" + relative) {
            if let code = faults.writeFailure(number) { throw POSIXError(code) }
            try body(relative)
        }
        faults.afterWrite(number)
    }

    /// A checked path relative to the staging folder (refusing absolute paths and `..`), with
    /// its folder created. String operations and paths relative to the open staging folder:
    /// this runs once per page.
    private func stagedPath(_ relativePath: String) throws -> String {
        let relative = try OutputPath.checked(relativePath)
        if let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/")) {
            let folder = String(relative[..<slash])
            if createdDirectories.insert(folder) {
                try FileBytes.checked("创建文件夹", outputDirectory.path + "/" + folder) {
                    try FileBytes.makeDirectories(folder, in: stagingDescriptor)
                }
            }
        }
        return relative
    }

    /// Marks the staged folder as zhengfeng's, swaps it in place of the output folder
    /// (atomically where the system allows it), removes the old output and releases the lock.
    public func commit() throws {
        try store(OutputLocation.markerName) { try FileBytes.write(OutputLocation.markerText, to: $0, in: stagingDescriptor) }
        closeStaging()
        faults.beforeSwap()
        let output = outputDirectory.path, staging = stagingDirectory.path
        try Interruption.committing {
            if OutputLocation.hasEntry(output) {
                if !faults.noExchange && Self.exchange(stagingDirectory, outputDirectory) {
                    committed = true
                    if faults.killAfterSwap { faults.die() }
                    FileBytes.removeTree(staging)
                } else {
                    let old = outputDirectory.deletingLastPathComponent()
                        .appendingPathComponent(Self.stagingPrefix(for: outputDirectory) + "old-\(getpid())").path
                    try FileBytes.checked("把原来的输出文件夹移开", output) { try FileBytes.rename(output, old) }
                    if faults.killBetweenMoves { faults.die() }
                    do {
                        try FileBytes.rename(staging, output)
                    } catch let error as POSIXError {
                        try? FileBytes.rename(old, output)
                        throw OutputError.write("替换输出文件夹", path: output, errno: error.number)
                    }
                    committed = true
                    if faults.killAfterSwap { faults.die() }
                    FileBytes.removeTree(old)
                }
            } else {
                try FileBytes.checked("把新生成的网站移到位", output) { try FileBytes.rename(staging, output) }
                committed = true
                if faults.killAfterSwap { faults.die() }
            }
        }
        lock.release()
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
final class DirectorySet: Sendable {
    private let paths = Mutex<Set<String>>([])

    /// True when `path` was not in the set before.
    func insert(_ path: String) -> Bool {
        paths.withLock { $0.insert(path).inserted }
    }
}
