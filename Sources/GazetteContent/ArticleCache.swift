import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Loaded articles kept between loads (`gazette serve`), so only files whose size, time or inode
/// changed are read and parsed again.
public final class ArticleCache: Sendable {
    /// What identifies a version of a file without reading it.
    public struct Stamp: Hashable, Sendable {
        /// Bytes.
        public var size: Int
        /// Modification time, seconds.
        public var seconds: Int
        /// Modification time, nanoseconds.
        public var nanoseconds: Int
        /// The file's inode.
        public var inode: UInt64

        /// A stamp from its parts.
        public init(size: Int, seconds: Int, nanoseconds: Int, inode: UInt64) {
            (self.size, self.seconds, self.nanoseconds, self.inode) = (size, seconds, nanoseconds, inode)
        }

        /// The stamp of the file at `path`, nil when it cannot be read.
        public init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            self.init(info)
        }

        init(_ info: stat) {
            size = Int(info.st_size)
            #if canImport(Darwin)
                seconds = Int(info.st_mtimespec.tv_sec)
                nanoseconds = Int(info.st_mtimespec.tv_nsec)
            #else
                seconds = Int(info.st_mtim.tv_sec)
                nanoseconds = Int(info.st_mtim.tv_nsec)
            #endif
            inode = UInt64(info.st_ino)
        }
    }

    private struct Entry: Sendable {
        var stamp: Stamp
        var article: Article?
        var diagnostics: [Diagnostic]
    }

    private struct State: Sendable {
        var settings: UInt64 = 0
        var entries: [String: Entry] = [:]
    }

    private let state = Locked(State())

    /// An empty cache.
    public init() {}

    /// Whether the cache remembers no file: every file will be read.
    var isEmpty: Bool {
        state.withLock { $0.entries.isEmpty }
    }

    /// Drops every entry when the settings that shape loading changed.
    func prepare(settings: UInt64) {
        state.withLock { state in
            if state.settings != settings {
                state = State(settings: settings)
            }
        }
    }

    func lookup(_ path: String, stamp: Stamp) -> (Article?, [Diagnostic])? {
        state.withLock { state in
            guard let entry = state.entries[path], entry.stamp == stamp else { return nil }
            return (entry.article, entry.diagnostics)
        }
    }

    /// The remembered article of a file, whatever its stamp (the caller knows it did not change).
    func lookup(_ path: String) -> (Article?, [Diagnostic])? {
        state.withLock { state in state.entries[path].map { ($0.article, $0.diagnostics) } }
    }

    /// The title and slug the file had when it was last loaded, whatever its stamp.
    func previousSlug(_ path: String) -> (title: String, slug: String)? {
        state.withLock { state in state.entries[path]?.article.map { ($0.title, $0.slug) } }
    }

    /// Gives remembered articles the slugs SiteLoader made for them after loading.
    func setSlugs(_ slugs: [(path: String, slug: String)]) {
        state.withLock { state in
            for (path, slug) in slugs { state.entries[path]?.article?.slug = slug }
        }
    }

    func store(_ path: String, stamp: Stamp, article: Article?, diagnostics: [Diagnostic]) {
        state.withLock { $0.entries[path] = Entry(stamp: stamp, article: article, diagnostics: diagnostics) }
    }

    /// One remembered file: its stamp, the article (nil when it had errors) and its diagnostics.
    public typealias Record = (path: String, stamp: Stamp, article: Article?, diagnostics: [Diagnostic])

    /// The settings value of the last load, and every remembered file, for saving.
    public func records() -> (settings: UInt64, records: [Record]) {
        state.withLock { state in
            (state.settings, state.entries.map { ($0.key, $0.value.stamp, $0.value.article, $0.value.diagnostics) })
        }
    }

    /// A cache holding saved records, trusted only while the load settings hash to `settings`.
    public convenience init(settings: UInt64, records: [Record]) {
        self.init()
        state.withLock { state in
            state.settings = settings
            for record in records {
                state.entries[record.path] = Entry(
                    stamp: record.stamp, article: record.article, diagnostics: record.diagnostics)
            }
        }
    }

    /// Forgets files that are gone.
    func keep(only paths: Set<String>) {
        state.withLock { state in
            // Usually nothing is gone: remove keys one by one rather than rebuild the table.
            for path in state.entries.keys where !paths.contains(path) { state.entries[path] = nil }
        }
    }
}
