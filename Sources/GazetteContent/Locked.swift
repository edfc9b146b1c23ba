import Foundation

/// A value behind a lock, shared between tasks.
///
/// Gazette uses this rather than `Synchronization.Mutex`: release builds with Swift 6.3 on Linux
/// corrupted the heap when a `Mutex` held caches of article values (seen in `gazette serve`).
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    /// Wraps a value.
    public init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with exclusive access to the value.
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
