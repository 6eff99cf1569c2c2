#if canImport(Glibc)
import Glibc
#endif

/// Hands memory the build has freed back to the system between stages.
///
/// glibc's allocator keeps freed memory in per-thread pools for reuse; after a stage that
/// made and dropped tens of megabytes on worker threads (libcmark's trees, the pages' HTML)
/// the next stage allocates elsewhere, and the process's resident memory stays at the sum.
/// `malloc_trim` returns the free parts of every pool. It costs a few milliseconds and
/// changes no output. (Swift's Glibc module leaves out `<malloc.h>`, so the function is
/// looked up by name; where it does not exist, nothing happens.)
enum FreedMemory {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()

    static func release() {
        _ = trim?(0)
    }
}
