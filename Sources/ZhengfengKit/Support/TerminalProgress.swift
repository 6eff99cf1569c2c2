import Foundation

/// Shows how far a long build is. On a terminal a bar redraws in place; otherwise plain
/// lines at each 10%. Short builds (under half a second) show nothing.
/// Sendable: the drawing state is read and written only while holding `lock`; the rest is `let`.
public final class TerminalProgress: @unchecked Sendable {
    private let label: String
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let start = Date()
    private let lock = NSLock()
    private var lastTenth = -1
    private var drawn = false

    public init(label: String) {
        self.label = label
    }

    public func update(done: Int, total: Int) {
        guard total > 0, Date().timeIntervalSince(start) > 0.5 else { return }
        lock.lock()
        defer { lock.unlock() }
        if isTerminal {
            let width = 30
            let filled = width * done / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            write("\r\(label) \(bar) \(done)/\(total)")
            drawn = true
        } else {
            let tenth = 10 * done / total
            if tenth > lastTenth {
                lastTenth = tenth
                write("\(label)：\(done)/\(total)\n")
            }
        }
    }

    /// Ends the bar's line (so the summary starts on a new one).
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { write("\r\u{1B}[K") }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
