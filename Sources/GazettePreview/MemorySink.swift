import GazetteBuild
import GazetteContent

/// Collects rendered files in memory instead of writing them.
final class MemorySink: PageSink, Sendable {
    private let files = Locked<[String: [UInt8]]>([:])

    func write(_ bytes: [UInt8], to path: String) throws {
        files.withLock { $0[path] = bytes }
    }

    /// Everything written.
    var contents: [String: [UInt8]] { files.withLock { $0 } }
}
