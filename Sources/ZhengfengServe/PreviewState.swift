import Foundation
import ZhengfengKit

/// What the HTTP side needs to know about the builds, shared between the build thread and
/// request handlers: a generation number that grows with each finished update, the current
/// errors, and whether any good build exists yet. Waiting for the next generation is an
/// event: `finished` wakes the waiters (no polling).
/// Sendable: every stored property is read and written only while holding `lock`.
final class PreviewState: @unchecked Sendable {
    private let lock = NSLock()
    private var _generation = 0
    private var _errors: [Diagnostic] = []
    private var _hasGoodBuild = false
    private var waiters: [Int: (since: Int, continuation: CheckedContinuation<Int, Never>)] = [:]
    private var nextWaiter = 0
    /// Waiters whose time ran out before they were registered.
    private var expired: Set<Int> = []
    /// Told each time a waiter starts waiting (tests wait for a long poll to be pending).
    private var arrivals: [CheckedContinuation<Void, Never>] = []

    var generation: Int { locked { _generation } }
    var errors: [Diagnostic] { locked { _errors } }
    var hasGoodBuild: Bool { locked { _hasGoodBuild } }
    var waiting: Int { locked { waiters.count } }

    /// Records the end of an update and wakes the waiting browsers.
    func finished(errors: [Diagnostic], good: Bool) {
        let (woken, generation) = locked { () -> ([CheckedContinuation<Int, Never>], Int) in
            _errors = errors
            if good { _hasGoodBuild = true }
            _generation += 1
            let ready = waiters.filter { $0.value.since < _generation }
            for key in ready.keys { waiters.removeValue(forKey: key) }
            return (ready.values.map(\.continuation), _generation)
        }
        for continuation in woken { continuation.resume(returning: generation) }
    }

    /// Waits until the generation passes `since` or `timeout` elapses; returns the generation.
    func wait(since: Int, timeout: TimeInterval) async -> Int {
        let id = locked { () -> Int in
            nextWaiter += 1
            return nextWaiter
        }
        let expiry = Task {
            do {
                try await Task.sleep(nanoseconds: UInt64(timeout * 1e9))
            } catch {
                return
            }
            self.expire(id)
        }
        defer { expiry.cancel() }
        return await withCheckedContinuation { continuation in
            let (now, arrived) = locked { () -> (Int?, [CheckedContinuation<Void, Never>]) in
                if _generation > since || expired.remove(id) != nil { return (_generation, []) }
                waiters[id] = (since, continuation)
                defer { arrivals = [] }
                return (nil, arrivals)
            }
            if let now { continuation.resume(returning: now) }
            for waiter in arrived { waiter.resume() }
        }
    }

    /// Returns once at least one request is waiting in `wait`.
    func someoneWaiting() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let already = locked { () -> Bool in
                if !waiters.isEmpty { return true }
                arrivals.append(continuation)
                return false
            }
            if already { continuation.resume() }
        }
    }

    private func expire(_ id: Int) {
        let (waiter, generation) = locked { () -> ((since: Int, continuation: CheckedContinuation<Int, Never>)?, Int) in
            let waiter = waiters.removeValue(forKey: id)
            if waiter == nil { expired.insert(id) }
            return (waiter, _generation)
        }
        waiter?.continuation.resume(returning: generation)
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
