import Foundation

/// Receives build progress: `done` of `total` pages written.
public typealias BuildProgress = @Sendable (_ done: Int, _ total: Int) -> Void

/// Counts finished items from several threads and reports every 1% (and the last one).
final class ProgressCounter: @unchecked Sendable {
    private let total: Int
    private let report: BuildProgress?
    private let step: Int
    private var done = 0
    private let lock = NSLock()

    init(total: Int, report: BuildProgress?) {
        self.total = total
        self.report = report
        self.step = max(total / 100, 1)
    }

    func advance() {
        guard let report else { return }
        lock.lock()
        done += 1
        let current = done
        lock.unlock()
        if current % step == 0 || current == total { report(current, total) }
    }
}
