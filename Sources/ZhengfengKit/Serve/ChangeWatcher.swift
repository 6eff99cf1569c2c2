import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders of a site (content/ and templates/) with Linux inotify and reports
/// changed files in batches, as paths relative to the site folder (`content/news/a.md`).
/// Editors' temporary and hidden files are ignored. A batch is delivered once the files
/// have been quiet for `settle` (so a save that writes several files is one batch).
/// Sendable: `watched`, `stopped` and `thread` change only under `lock`; `descriptor` is set
/// before the watching thread starts and closed after it has ended (`ended`).
public final class ChangeWatcher: @unchecked Sendable {
    private let siteDirectory: URL
    private let folders: [String]
    private let settle: TimeInterval
    private let onChange: @Sendable (Set<String>) -> Void
    private var descriptor: Int32 = -1
    /// Watch descriptor → folder relative to the site (`content/news`).
    private var watched: [Int32: String] = [:]
    private let lock = NSLock()
    private var stopped = false
    private var thread: Thread?
    /// Signalled by the watching thread when it ends.
    private let ended = DispatchSemaphore(value: 0)

    /// `folders` are relative to `siteDirectory`; symbolic links to folders are followed.
    public init(siteDirectory: URL, folders: [String], settle: TimeInterval = 0.02,
                onChange: @escaping @Sendable (Set<String>) -> Void) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        self.folders = folders
        self.settle = settle
        self.onChange = onChange
    }

    deinit { stop() }

    /// Starts watching on a background thread.
    public func start() throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { throw POSIXError(errno) }
        for folder in folders { addTree(folder) }
        let thread = Thread { [weak self] in self?.run() }
        thread.name = "zhengfeng-watch"
        self.thread = thread
        thread.start()
    }

    public func stop() {
        lock.lock()
        let wasRunning = !stopped && descriptor >= 0
        stopped = true
        lock.unlock()
        if wasRunning && thread != nil {
            // The thread notices within one poll interval, closes the descriptor and says so.
            ended.wait()
        }
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func addTree(_ folder: String) {
        let url = siteDirectory.appendingPathComponent(folder, isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { return }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY
                          | IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB)
        let watch = inotify_add_watch(descriptor, url.path, mask)
        if watch >= 0 { watched[watch] = folder }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        for name in names where !Self.ignored(name) {
            var isChild: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isChild),
               isChild.boolValue {
                addTree(folder + "/" + name)
            }
        }
    }

    /// Hidden files and editors' backup/swap files.
    static func ignored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".tmp")
            || name.hasPrefix("#")
    }

    private func run() {
        defer {
            close(descriptor)
            ended.signal()
        }
        var pending: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !isStopped {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            // Wait long while idle; once something changed, wait only `settle` for more.
            let timeout = pending.isEmpty ? 200 : Int32(settle * 1000)
            let ready = poll(&request, 1, timeout)
            if ready > 0 {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count > 0 { pending.formUnion(parse(buffer, count: count)) }
                continue
            }
            if ready == 0 && !pending.isEmpty {
                let batch = pending
                pending = []
                onChange(batch)
            }
        }
    }

    /// Turns raw inotify events into changed paths, watching new folders as they appear.
    private func parse(_ buffer: [UInt8], count: Int) -> Set<String> {
        var changed: Set<String> = []
        var offset = 0
        buffer.withUnsafeBytes { raw in
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = offset + MemoryLayout<inotify_event>.size
                var name = ""
                if event.len > 0 {
                    let bytes = raw[nameStart..<min(nameStart + Int(event.len), count)]
                    name = String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                offset = nameStart + Int(event.len)
                guard let folder = watched[event.wd] else { continue }
                if name.isEmpty {
                    changed.insert(folder)
                    continue
                }
                if Self.ignored(name) { continue }
                let path = folder + "/" + name
                changed.insert(path)
                if event.mask & UInt32(IN_ISDIR) != 0 && event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    addTree(path)
                }
            }
        }
        return changed
    }
}
