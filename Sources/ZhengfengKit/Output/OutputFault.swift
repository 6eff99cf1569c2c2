import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Fault-injection points in the output transaction, for tests that must stop or fail a
/// build at an exact stage instead of guessing with timers. Read from the environment
/// variable `ZHENGFENG_FAULT` (comma-separated); unset in normal use, where each check is
/// one comparison.
///
/// - `kill-after-files=N`: the process kills itself (SIGKILL) after writing N files.
/// - `kill-before-swap`, `kill-after-swap`: SIGKILL just before the staged folder replaces
///   the output, or just after (before the old output is removed); when only changes are
///   written: before the journal is written, or after it was applied and before it is removed.
/// - `kill-between-moves`: with `no-exchange`, SIGKILL after the old output was moved
///   aside and before the new one is moved in.
/// - `kill-after-journal-steps=N`: when only changes are written, SIGKILL after the journal
///   was written and N of its steps were applied (0: none).
/// - `whole-swap`: write the whole site and swap folders even into an existing output.
/// - `no-exchange`: swap with two renames, as on systems without `renameat2`.
/// - `fail-write=N:CODE`: the Nth file write fails with `CODE` (EACCES, ENOSPC, EROFS, EIO).
/// - `block-before-swap`: writes the process id to the file named by
///   `ZHENGFENG_FAULT_READY` (a test's FIFO), then waits forever (for signal tests).
public struct OutputFaults: Sendable {
    var killAfterFiles: Int?
    var killBeforeSwap = false
    var killAfterSwap = false
    var killBetweenMoves = false
    var noExchange = false
    var killAfterJournalSteps: Int?
    var wholeSwap = false
    var failWrite: (number: Int, code: Int32)?
    var blockBeforeSwap = false
    var readyPath: String?

    public static let none = OutputFaults()

    /// The faults named in `ZHENGFENG_FAULT`.
    public static let fromEnvironment = OutputFaults(environment: ProcessInfo.processInfo.environment)

    init() {}

    init(environment: [String: String]) {
        readyPath = environment["ZHENGFENG_FAULT_READY"]
        for item in (environment["ZHENGFENG_FAULT"] ?? "").split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let value = parts.count > 1 ? parts[1] : ""
            switch parts[0] {
            case "kill-after-files": killAfterFiles = Int(value)
            case "kill-before-swap": killBeforeSwap = true
            case "kill-after-swap": killAfterSwap = true
            case "kill-between-moves": killBetweenMoves = true
            case "no-exchange": noExchange = true
            case "kill-after-journal-steps": killAfterJournalSteps = Int(value)
            case "whole-swap": wholeSwap = true
            case "block-before-swap": blockBeforeSwap = true
            case "fail-write":
                let fields = value.split(separator: ":")
                let codes: [Substring: Int32] = ["EACCES": EACCES, "ENOSPC": ENOSPC, "EROFS": EROFS, "EIO": EIO]
                if fields.count == 2, let number = Int(fields[0]), let code = codes[fields[1]] {
                    failWrite = (number, code)
                }
            default: break
            }
        }
    }

    /// Dies at once, as `kill -9` would: no cleanup of any kind runs.
    func die() -> Never {
        kill(getpid(), SIGKILL)
        _exit(137)
    }

    /// Called after file number `count` was written.
    func afterWrite(_ count: Int) {
        if let limit = killAfterFiles, count >= limit { die() }
    }

    /// Called after `count` steps of the journal were applied.
    func afterJournalStep(_ count: Int) {
        if let limit = killAfterJournalSteps, count >= limit { die() }
    }

    /// The error number the write of file number `count` must fail with, if any.
    func writeFailure(_ count: Int) -> Int32? {
        guard let failWrite, failWrite.number == count else { return nil }
        return failWrite.code
    }

    func beforeSwap() {
        if killBeforeSwap { die() }
        if blockBeforeSwap {
            if let readyPath {
                let descriptor = open(readyPath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
                if descriptor >= 0 {
                    let line = "\(getpid())\n"
                    _ = line.withCString { write(descriptor, $0, strlen($0)) }
                    close(descriptor)
                }
            }
            while true { pause() }
        }
    }
}
