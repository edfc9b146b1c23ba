/// What one rebuild of the preview did, as the live-reload event and the log line report it.
public struct RebuildOutcome: Sendable, Codable, Equatable {
    /// URL paths whose content changed or disappeared (`/2026/04/x/`).
    public var urls: [String]
    /// True when only stylesheets changed: pages swap them without reloading.
    public var cssOnly: Bool
    /// True when so much changed that every page should reload.
    public var all: Bool
    /// `file:line:col: message` of each error; empty after a good build.
    public var errors: [String]
    /// Milliseconds from the start of the rebuild to the new output being served.
    public var milliseconds: Int
    /// Pages rendered again.
    public var rendered: Int
    /// How many warnings the build had (`gazette check` lists them).
    public var warnings = 0
    /// Milliseconds per stage: `load+parse`, `enrich`, `plan+render`; `reload` and `enrich edits`
    /// instead of the first two when only articles were edited and each kept its place.
    public var stages: [String: Int] = [:]
}
