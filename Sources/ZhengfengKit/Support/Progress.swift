import Foundation
import Synchronization

/// Receives build progress: `done` of `total` pages written.
public typealias BuildProgress = @Sendable (_ done: Int, _ total: Int) -> Void

/// Counts finished items from several threads and reports every 1% (and the last one).
final class ProgressCounter: Sendable {
    private let total: Int
    private let report: BuildProgress?
    private let step: Int
    private let done = Atomic<Int>(0)

    init(total: Int, report: BuildProgress?) {
        self.total = total
        self.report = report
        self.step = max(total / 100, 1)
    }

    func advance() {
        guard let report else { return }
        let current = done.add(1, ordering: .relaxed).newValue
        if current % step == 0 || current == total { report(current, total) }
    }
}
