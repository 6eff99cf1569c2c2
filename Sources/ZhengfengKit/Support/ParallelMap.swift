import Foundation

/// Maps over an array on all cores, keeping the input order (so output stays deterministic).
enum ParallelMap {
    static func map<T, R>(_ items: [T], _ transform: (T) throws -> R) rethrows -> [R] {
        guard items.count > 1 else { return try items.map(transform) }
        var results = [Result<R, Error>?](repeating: nil, count: items.count)
        let lock = NSLock()
        let workers = min(ProcessInfo.processInfo.activeProcessorCount * 2, items.count)
        let chunk = (items.count + workers - 1) / workers
        withoutActuallyEscaping(transform) { transform in
            results.withUnsafeMutableBufferPointer { buffer in
                let base = buffer
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    let start = worker * chunk
                    let end = min(start + chunk, items.count)
                    guard start < end else { return }
                    for index in start..<end {
                        let result = Result { try transform(items[index]) }
                        lock.lock()
                        base[index] = result
                        lock.unlock()
                    }
                }
            }
        }
        return try results.map { try $0!.get() }
    }
}
