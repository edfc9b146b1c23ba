/// Where rendered files go: a staging folder on disk for `build`, memory for `serve`.
public protocol PageSink: Sendable {
    /// Stores `bytes` at `path`, relative to the output root (`2026/04/x/index.html`).
    func write(_ bytes: [UInt8], to path: String) throws
}
