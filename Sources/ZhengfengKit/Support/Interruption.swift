import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What Ctrl-C (SIGINT), SIGTERM and SIGHUP do to a command that writes output. Once
/// `install`ed, the first such signal: stops new writes and new child processes, kills the
/// running children (WeasyPrint), waits for them, removes every folder the command is
/// building (staging folders, the preview folder of `serve`), then ends the process. A swap
/// already under way is finished first, so the output is always the old or the new site.
///
/// The signal handler only writes the signal number into a pipe (all a handler may safely
/// do); a thread reads it and does the work. A handler, unlike an ignored signal, is reset
/// by `exec`, so child processes get the default signal actions.
public enum Interruption {
    private static let state = InterruptionState()
    /// Set by the signal handler itself (a lock-free store is safe there), so a swap that has
    /// not begun never begins, however the threads are scheduled.
    fileprivate static let cancelled = Atomic<Bool>(false)

    /// Installs the handlers. On a signal, `message` is printed to standard error and the
    /// process exits with `status`; when a swap finished before the signal arrived (the new
    /// site is published), `published` is printed instead. Later calls do nothing.
    public static func install(message: String, published: String = "已中断：新生成的网站在中断前已经发布完成。", status: Int32) {
        guard state.claimInstall() else { return }
        _ = isCancelled
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        signalPipe = fds[1]
        let reader = fds[0]
        let thread = Thread {
            var number: UInt8 = 0
            while read(reader, &number, 1) != 1 {}
            let swapped = abandon()
            FileHandle.standardError.write(Data(((swapped ? published : message) + "\n").utf8))
            _exit(status)
        }
        thread.name = "zhengfeng-signals"
        thread.start()
        // A process started from a worker thread (a test runner, a build tool) may begin with
        // these signals blocked: unblock them on this thread, and threads made from it.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&unblocked, number) }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                Interruption.cancelled.store(true, ordering: .releasing)
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(signalPipe, &byte, 1)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(number, &action, nil)
        }
    }

    /// True once a signal asked the process to stop.
    public static var isCancelled: Bool { cancelled.load(ordering: .acquiring) }

    /// Cleans up as a signal would, without exiting; true when a swap had finished.
    @discardableResult
    static func abandon() -> Bool {
        cancelled.store(true, ordering: .releasing)
        for process in state.cancelAndWaitForCommits() where process.isRunning {
            kill(process.processIdentifier, SIGKILL)
        }
        state.waitForChildren(seconds: 60)
        for folder in state.trackedFolders() {
            var tries = 0
            repeat {
                FileBytes.removeTree(folder)
                tries += 1
            } while OutputLocation.hasEntry(folder) && tries < 100
        }
        return state.swapsFinished > 0
    }

    /// Blocks the calling thread for good once the process is being stopped, so a worker
    /// writes nothing more into a folder that is being removed.
    static func parkIfCancelled() {
        if isCancelled { park() }
    }

    static func park() -> Never {
        while true { pause() }
    }

    /// Registers a folder (or file) to remove if the process is stopped; returns a token for `untrack`.
    public static func track(folder: String) -> Int { state.track(folder) }
    public static func untrack(_ token: Int) { state.untrack(token) }

    /// Removes a tracked folder now (and forgets it).
    public static func remove(_ token: Int) {
        if let folder = state.untrack(token) { FileBytes.removeTree(folder) }
    }

    /// Starts `process` unless the process is being stopped, and registers it as a child to kill.
    static func launch(_ process: Process) throws {
        try state.launch(process, cancelled: { isCancelled })
    }

    /// `process` has ended (after `waitUntilExit`).
    static func finished(_ process: Process) { state.finished(process) }

    /// Runs a swap to its end even when a signal arrives meanwhile; parks instead when the
    /// process is already being stopped (the signal thread then removes the staging folder).
    static func committing<T>(_ body: () throws -> T) rethrows -> T {
        guard state.beginCommit(cancelled: { isCancelled }) else { park() }
        var finished = false
        defer { state.endCommit(finished: finished) }
        let result = try body()
        finished = true
        return result
    }
}

/// The signal handler's end of the pipe (written from the handler, so a plain global).
nonisolated(unsafe) private var signalPipe: Int32 = -1

/// The children, folders and swaps `Interruption` knows about, behind one lock.
/// Sendable: every stored property is read and written only while holding `condition`.
private final class InterruptionState: @unchecked Sendable {
    private let condition = NSCondition()
    private var installed = false
    private var stopping = false
    private var commits = 0
    /// Swaps that ran to their end.
    private var finishedSwaps = 0
    var swapsFinished: Int { locked { finishedSwaps } }
    private var children: [ObjectIdentifier: Process] = [:]
    private var folders: [Int: String] = [:]
    private var nextToken = 0

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        condition.lock()
        defer { condition.unlock() }
        return try body()
    }

    func claimInstall() -> Bool {
        locked {
            defer { installed = true }
            return !installed
        }
    }

    func track(_ folder: String) -> Int {
        locked {
            nextToken += 1
            folders[nextToken] = folder
            return nextToken
        }
    }

    @discardableResult
    func untrack(_ token: Int) -> String? { locked { folders.removeValue(forKey: token) } }

    func trackedFolders() -> [String] { locked { Array(folders.values) } }

    func launch(_ process: Process, cancelled: () -> Bool) throws {
        condition.lock()
        if cancelled() || stopping {
            condition.unlock()
            Interruption.park()
        }
        defer { condition.unlock() }
        try process.run()
        children[ObjectIdentifier(process)] = process
    }

    func finished(_ process: Process) {
        locked {
            children.removeValue(forKey: ObjectIdentifier(process))
            condition.broadcast()
        }
    }

    func beginCommit(cancelled: () -> Bool) -> Bool {
        locked {
            if stopping || cancelled() { return false }
            commits += 1
            return true
        }
    }

    func endCommit(finished: Bool) {
        locked {
            commits -= 1
            if finished { finishedSwaps += 1 }
            condition.broadcast()
        }
    }

    /// Marks the process as stopping, waits for running swaps, returns the children.
    func cancelAndWaitForCommits() -> [Process] {
        locked {
            stopping = true
            while commits > 0 { condition.wait() }
            return Array(children.values)
        }
    }

    func waitForChildren(seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        locked {
            while !children.isEmpty && condition.wait(until: deadline) {}
        }
    }
}
