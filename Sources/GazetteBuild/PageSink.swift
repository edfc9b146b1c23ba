/// Where rendered files go: a staging folder on disk for `build`, memory for `serve`.
public protocol PageSink: Sendable {
    /// Stores `bytes` at `path`, relative to the output root (`2026/04/x/index.html`).
    func write(_ bytes: [UInt8], to path: String) throws
    /// Makes ready the folders of the files about to be written.
    func prepareFolders(for paths: [String]) async
}

extension PageSink {
    /// Nothing to prepare by default.
    public func prepareFolders(for paths: [String]) async {}
}
