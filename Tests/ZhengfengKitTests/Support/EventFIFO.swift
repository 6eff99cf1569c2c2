import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A named pipe a test waits on: a process under test (a fault point, a stand-in child)
/// writes a line into it when it reaches a state, and the test blocks until that line
/// arrives, bounded by a generous timeout. An event, never a guess with the clock.
final class EventFIFO {
    let path: String
    private let reader: Int32
    private let keepOpen: Int32
    private var buffer = ""

    /// Makes the FIFO at `path` (in a folder the writer can reach).
    init(path: String) throws {
        self.path = path
        guard mkfifo(path, 0o666) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        chmod(path, 0o666)
        reader = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        // A writer end of our own, so the reader never sees end-of-file between writers.
        keepOpen = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
    }

    deinit {
        close(reader)
        close(keepOpen)
        unlink(path)
    }

    /// The next line written, or nil when none came within `seconds`.
    func nextLine(within seconds: Int32 = 120) -> String? {
        while true {
            if let newline = buffer.firstIndex(of: "\n") {
                let line = String(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return line
            }
            var descriptor = pollfd(fd: reader, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, seconds * 1000)
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { return nil }
            readAvailable()
        }
    }

    /// Every complete line written so far, without waiting.
    func linesSoFar() -> [String] {
        readAvailable()
        let lines = buffer.split(separator: "\n").map(String.init)
        buffer = ""
        return lines
    }

    private func readAvailable() {
        var bytes = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(reader, &bytes, bytes.count)
            guard count > 0 else { return }
            buffer += String(decoding: bytes[..<count], as: UTF8.self)
        }
    }
}
