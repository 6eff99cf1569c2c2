import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Writes a build so that the published output changes only when everything succeeded: a
/// process killed at any moment leaves either the old or the new output, never a mix (once
/// the next transaction on the same output has started), and the next transaction removes
/// what it left behind.
///
/// Two ways to get there. Into a new, empty or foreign folder, the whole site is written
/// into a staging folder beside the output and swapped in. Into an output zhengfeng wrote
/// before (it has the marker), only what changed is written: each file is compared with the
/// output's bytes, only new or different files are staged, and `commit()` applies the
/// change through an `OutputJournal` (remove files no longer produced, move staged files
/// in). An unchanged rebuild writes nothing into the output, and every unchanged file keeps
/// its inode and modification time, so rsync or FTP deploys send only the change.
///
/// This is the one place where output is written, swapped and deleted: it refuses unsafe
/// output folders (`OutputLocation`), holds the output's lock (`OutputLock`) from start to
/// end, reports every failed write as `OutputError` naming the path and the cause, marks
/// the output as zhengfeng's (`OutputLocation.markerName`), and registers its staging
/// folder for removal when Ctrl-C or SIGTERM stops the process (`Interruption`).
/// Sendable: writes from several threads touch only thread-safe members (`DirectorySet`,
/// `PathRecord`, `Atomic`, the read-only `existing`) and the staging descriptor, which `init` sets and only `commit`/`deinit` (after
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
    /// Files of the existing output (regular files and others) when this transaction only
    /// writes what changed; nil for a whole-folder swap.
    private let existing: (regular: Set<String>, other: Set<String>)?
    /// Whether every file is staged even when unchanged (PDF rendering reads the staged
    /// site); changed files are then found at commit.
    private let stageEverything: Bool
    /// Each path written, and whether its bytes equal the existing output's (not staged).
    private let written = PathRecord()

    /// Prefix of staging folders; a stale one (from a killed build) is removed on the next build.
    static func stagingPrefix(for output: URL) -> String { ".zhengfeng-staging-\(output.lastPathComponent)-" }

    /// Checks the output location against `siteDirectory` (see `OutputLocation.validate`;
    /// `force` allows replacing a folder zhengfeng did not write), takes the lock and makes
    /// the staging folder. First completes a journal a stopped build left on this output.
    /// `stageEverything` stages unchanged files too (for renderers that read the staging
    /// folder); the output still receives only what changed.
    public init(outputDirectory: URL, siteDirectory: URL? = nil, force: Bool = false,
                stageEverything: Bool = false, faults: OutputFaults = .fromEnvironment) throws {
        try OutputLocation.validate(output: outputDirectory, site: siteDirectory, force: force)
        let output = URL(fileURLWithPath: OutputLocation.resolved(outputDirectory.path), isDirectory: true)
        self.outputDirectory = output
        self.faults = faults
        self.stageEverything = stageEverything
        let parent = output.deletingLastPathComponent()
        try FileBytes.checked("创建输出文件夹的上级文件夹", parent.path) { try FileBytes.makeDirectories(parent.path) }
        lock = try OutputLock(output: output.path)
        // From here on the output may change: the last build's record no longer describes it.
        BuildRecord.forget(output)
        let prefix = Self.stagingPrefix(for: output)
        if let journal = OutputJournal.pending(for: output) {
            // A build stopped while applying its changes: finish them before anything else.
            try journal.apply(to: output)
            OutputJournal.remove(for: output)
        }
        let leftovers = ((try? FileBytes.directoryEntries(parent.path)) ?? []).map(\.name).filter { $0.hasPrefix(prefix) }
        if !OutputLocation.hasEntry(output.path), let old = leftovers.first(where: { $0.hasPrefix(prefix + "old-") }) {
            // A build stopped between its two renames: put the old output back first.
            try FileBytes.checked("恢复上次的输出文件夹", output.path) {
                try FileBytes.rename(parent.appendingPathComponent(old).path, output.path)
            }
        }
        for name in leftovers { FileBytes.removeTree(parent.appendingPathComponent(name).path) }
        var info = stat()
        let isOurs = lstat(output.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            && OutputLocation.hasEntry(output.path + "/" + OutputLocation.markerName)
        existing = isOurs && !faults.wholeSwap ? OutputTree.files(in: output.path) : nil
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
        try data.withUnsafeBytes { try store(relativePath, $0) }
    }

    public func write(_ text: String, to relativePath: String) throws {
        var text = text
        try text.withUTF8 { try store(relativePath, UnsafeRawBufferPointer($0)) }
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
        try bytes.withUnsafeBytes { try store(relativePath, $0) }
    }

    /// Writes one file into the staging folder (its folder made first), with the fault points
    /// and errors in plain words; when only changes are written, a file whose bytes the
    /// output already holds is recorded as kept instead.
    private func store(_ relativePath: String, _ bytes: UnsafeRawBufferPointer) throws {
        Interruption.parkIfCancelled()
        let relative = try OutputPath.checked(relativePath)
        let number = filesWritten.add(1, ordering: .relaxed).newValue
        try FileBytes.checked("写入文件", outputDirectory.path + "/" + relative) {
            if let code = faults.writeFailure(number) { throw POSIXError(code) }
            if !stageEverything, let existing, existing.regular.contains(relative),
               FileBytes.holds(outputDirectory.path + "/" + relative, bytes) {
                if written.set(relative, kept: true) == false { unlinkat(stagingDescriptor, relative, 0) }
                return
            }
            try makeFolder(of: relative)
            try FileBytes.write(bytes, to: relative, in: stagingDescriptor)
            if !stageEverything { written.set(relative, kept: false) }
        }
        faults.afterWrite(number)
    }

    /// Creates the folder of `relative` inside the staging folder (once per folder; string
    /// operations and paths relative to the open staging folder: this runs once per page).
    private func makeFolder(of relative: String) throws {
        if let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/")) {
            let folder = String(relative[..<slash])
            try createdDirectories.ensure(folder) {
                try FileBytes.checked("创建文件夹", outputDirectory.path + "/" + folder) {
                    try FileBytes.makeDirectories(folder, in: stagingDescriptor)
                }
            }
        }
    }

    /// Marks the output as zhengfeng's and publishes the new site: applies the changes through
    /// the journal, or swaps the staged folder in place of the output folder (atomically
    /// where the system allows it) and removes the old one. Releases the lock.
    public func commit() throws {
        try write(OutputLocation.markerText, to: OutputLocation.markerName)
        closeStaging()
        faults.beforeSwap()
        if let existing {
            try commitChanges(existing)
            lock.release()
            return
        }
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

    /// The journal's way: finds what differs from the existing output, writes the journal,
    /// applies it and removes it with the staging folder. Writes nothing when nothing changed.
    private func commitChanges(_ existing: (regular: Set<String>, other: Set<String>)) throws {
        let output = outputDirectory.path, staging = stagingDirectory.path
        let kept = written.kept()
        let staged = OutputTree.files(in: staging).regular
        var moves: [String] = []
        for relative in staged.sorted() where !kept.contains(relative) {
            // Staged without a comparison: every file of a PDF build, and the PDFs themselves.
            let same = !written.isChanged(relative) && existing.regular.contains(relative)
                && ((try? FileBytes.read(staging + "/" + relative))?.withUnsafeBytes { FileBytes.holds(output + "/" + relative, $0) } ?? false)
            if !same { moves.append(relative) }
        }
        let produced = kept.union(staged)
        let removals = existing.regular.union(existing.other).subtracting(produced).sorted()
        try Interruption.committing {
            if !moves.isEmpty || !removals.isEmpty {
                let journal = OutputJournal(stagingName: stagingDirectory.lastPathComponent, removals: removals, moves: moves)
                try journal.write(for: outputDirectory)
                committed = true
                faults.afterJournalStep(0)
                try journal.apply(to: outputDirectory) { faults.afterJournalStep($0) }
                if faults.killAfterSwap { faults.die() }
                OutputJournal.remove(for: outputDirectory)
            }
            committed = true
            FileBytes.removeTree(staging)
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

/// The paths a transaction wrote, and for each whether the output already held its bytes.
final class PathRecord: Sendable {
    private let paths = Mutex<[String: Bool]>([:])

    /// Records `path`; returns what was recorded for it before (nil when nothing).
    @discardableResult
    func set(_ path: String, kept: Bool) -> Bool? {
        paths.withLock { $0.updateValue(kept, forKey: path) }
    }

    func kept() -> Set<String> {
        paths.withLock { Set($0.filter(\.value).keys) }
    }

    /// True when `path` was staged because its bytes differ from the output's.
    func isChanged(_ path: String) -> Bool {
        paths.withLock { $0[path] == false }
    }
}

/// The folders a writer has created, shared by its threads.
final class DirectorySet: Sendable {
    /// Folder → true once created, false while the first caller creates it.
    private let paths = Mutex<[String: Bool]>([:])

    /// Runs `create` (which must succeed when the folder already exists) unless the folder is
    /// known to exist. A caller that comes while another thread is still creating the same
    /// folder creates it too, so no caller writes into a folder that is not there yet.
    func ensure(_ path: String, _ create: () throws -> Void) throws {
        let known: Bool? = paths.withLock { paths in
            if let done = paths[path] { return done }
            paths[path] = false
            return nil
        }
        if known == true { return }
        do {
            try create()
        } catch {
            if known == nil { paths.withLock { _ = $0.removeValue(forKey: path) } }
            throw error
        }
        if known == nil { paths.withLock { $0[path] = true } }
    }
}
