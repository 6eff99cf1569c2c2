import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A `zhengfeng` process a test starts, signals and waits for; its output goes to files
/// (or, for standard output, to an `EventFIFO` the test waits on).
final class Background {
    let process = Process()
    private let errorFile: URL
    private let ended = DispatchSemaphore(value: 0)

    /// Starts `executable` (default: the built `zhengfeng`) with `arguments`.
    init(_ arguments: [String], environment: [String: String], in folder: URL,
         executable: URL = CommandLineTests.binary, standardOutput: String? = nil) throws {
        errorFile = folder.appendingPathComponent("stderr-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = standardOutput.flatMap { FileHandle(forWritingAtPath: $0) } ?? FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.terminationHandler = { [ended] _ in ended.signal() }
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    /// Sends `signal` and waits for the process to end (at most `seconds`, then it is
    /// killed and -1 returned); returns its exit status.
    @discardableResult
    func stop(with signal: Int32, within seconds: Double = 120) -> Int32 {
        kill(pid, signal)
        return wait(within: seconds) ? process.terminationStatus : -1
    }

    /// Waits for the process to end by itself (at most `seconds`, then it is killed).
    @discardableResult
    func wait(within seconds: Double = 300) -> Bool {
        if ended.wait(timeout: .now() + seconds) == .timedOut {
            kill(pid, SIGKILL)
            process.waitUntilExit()
            return false
        }
        process.waitUntilExit()
        return true
    }

    var standardError: String { (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "" }
}

/// True when no process `pid` exists any more (ended and reaped).
func processIsGone(_ pid: Int32) -> Bool {
    kill(pid, 0) != 0 && errno == ESRCH
}
