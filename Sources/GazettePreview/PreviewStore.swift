import GazetteContent

/// The last good build, held in memory and replaced in one step, so a request sees either the
/// old site or the new one, never a mixture and never a gap.
public final class PreviewStore: Sendable {
    /// A consistent view of the preview.
    public struct Snapshot: Sendable {
        /// Output files by path relative to the site root (`2026/04/x/index.html`).
        public var files: [String: PreviewFile] = [:]
        /// How many successful builds there were.
        public var generation = 0
        /// The errors of the last rebuild, empty when it succeeded.
        public var errors: [Diagnostic] = []
        /// Files of `Content/` served from disk (images, PDFs), relative to `Content/`.
        public var assets: Set<String> = []
    }

    private let state = Locked(Snapshot())

    /// An empty store.
    public init() {}

    /// The current snapshot.
    public var snapshot: Snapshot { state.withLock { $0 } }

    /// The file at a path of the current build.
    public func file(_ path: String) -> PreviewFile? {
        state.withLock { $0.files[path] }
    }

    /// Applies a successful rebuild: changed and new files replaced, removed ones dropped, errors cleared.
    public func apply(changed: [String: PreviewFile], removed: Set<String>, assets: Set<String>) {
        state.withLock { snapshot in
            snapshot.assets = assets
            for path in removed { snapshot.files[path] = nil }
            snapshot.files.merge(changed) { _, new in new }
            snapshot.generation += 1
            snapshot.errors = []
        }
    }

    /// Records a failed rebuild; the files stay as they were.
    public func fail(_ errors: [Diagnostic]) {
        state.withLock { $0.errors = errors }
    }
}
