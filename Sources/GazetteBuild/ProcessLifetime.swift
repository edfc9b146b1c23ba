import CSystemShims
import GazetteContent

/// Settings for a process that runs one build and exits (`BuildOptions.keepsSiteUntilExit`).
enum ProcessLifetime {
    private static let kept = Locked<[any Sendable]>([])

    /// Keeps `value` alive until the process ends: freeing the site's millions of small values
    /// one by one took as long as a tenth of the build. Clang's `-disable-free` does the same.
    static func keep(_ value: any Sendable) {
        kept.withLock { $0.append(value) }
    }

    /// Lets glibc's allocator grow its heaps in large steps and keep what is freed, instead of
    /// trimming heaps that the next page grows again: page faults, `mprotect` and `sbrk` took
    /// 4% of a 10,000-article build's CPU, about 3% after. Done once, before the first allocation
    /// that matters.
    static let tunesAllocator: Void = gazette_tune_allocator()
}
