import Foundation
import ZhengfengKit

/// What the HTTP side needs to know about the builds, shared between the build thread and
/// request handlers: a generation number that grows with each finished update, the current
/// errors, and whether any good build exists yet.
final class PreviewState: @unchecked Sendable {
    private let lock = NSLock()
    private var _generation = 0
    private var _errors: [Diagnostic] = []
    private var _hasGoodBuild = false

    var generation: Int { locked { _generation } }
    var errors: [Diagnostic] { locked { _errors } }
    var hasGoodBuild: Bool { locked { _hasGoodBuild } }

    /// Records the end of an update and wakes the waiting browsers.
    func finished(errors: [Diagnostic], good: Bool) {
        locked {
            _errors = errors
            if good { _hasGoodBuild = true }
            _generation += 1
        }
    }

    /// Waits until the generation passes `since` or `timeout` elapses; returns the generation.
    func wait(since: Int, timeout: TimeInterval) async -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while generation <= since && Date() < deadline {
            try? await Task.sleep(nanoseconds: 50_000_000)
            if Task.isCancelled { break }
        }
        return generation
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
