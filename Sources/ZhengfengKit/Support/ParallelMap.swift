import Foundation
import Synchronization

/// Maps over an array on all cores, keeping the input order (so output stays deterministic).
/// Work is handed out in small batches from a shared counter, so a slow item (a section
/// page listing thousands of pages) or a core taken by another process does not leave the
/// other workers idle at the end.
enum ParallelMap {
    /// Workers for work that mostly waits on the disk (reading thousands of small files that
    /// are not in the page cache yet): more reads in flight than cores keeps the disk busy.
    static let readingWorkers = 8

    /// `transform` over `items` on `workers` threads (default: one per core).
    static func map<T, R>(_ items: [T], workers: Int? = nil, _ transform: (T) throws -> R) rethrows -> [R] {
        guard items.count > 1 else { return try items.map(transform) }
        var results = [Result<R, Error>?](repeating: nil, count: items.count)
        let workers = min(workers ?? ProcessInfo.processInfo.activeProcessorCount, items.count)
        let batch = max(1, min(32, items.count / (workers * 8)))
        let next = BatchCounter()
        withoutActuallyEscaping(transform) { transform in
            results.withUnsafeMutableBufferPointer { buffer in
                // Safe to share with the workers: `items` is only read, each index of `base`
                // is written by exactly one worker (the counter hands out disjoint batches)
                // and read only after concurrentPerform returns, and `transform` is called
                // by callers' closures that read an immutable model (a build's PublishedSite and TemplateContexts,
                // checks over loaded content) and write through thread-safe sinks.
                nonisolated(unsafe) let base = buffer
                nonisolated(unsafe) let items = items
                nonisolated(unsafe) let transform = transform
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    while true {
                        let start = next.take(batch)
                        guard start < items.count else { return }
                        for index in start..<min(start + batch, items.count) {
                            // Each index is written by exactly one worker.
                            base[index] = Result { try transform(items[index]) }
                        }
                    }
                }
            }
        }
        return try results.map { try $0!.get() }
    }
}

/// A counter shared by the workers: each call reserves the next `count` indices.
private final class BatchCounter: Sendable {
    private let value = Atomic<Int>(0)

    func take(_ count: Int) -> Int {
        value.add(count, ordering: .relaxed).oldValue
    }
}
