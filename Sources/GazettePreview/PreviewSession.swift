import Foundation
import GazetteBuild
import GazetteContent
import GazetteEnrichment
import GazetteTemplates

/// Builds the site in memory and rebuilds it after edits, rendering only pages whose inputs
/// changed, then tells open pages what changed.
public actor PreviewSession {
    /// More changed pages than this reload every open page.
    static let reloadAllThreshold = 300

    let options: BuildOptions
    /// The files being served.
    public nonisolated let store: PreviewStore
    /// The open pages.
    public nonisolated let events: LiveEvents
    private let cache = ArticleCache()
    private let enrichmentCache = EnrichmentCache()
    /// The outputs of the last good build, with the fingerprints they were rendered from.
    private var previousPlan: [PlannedPage] = []
    private var staticHashes: [String: UInt64] = [:]
    private var assetStamps: [String: String] = [:]
    /// The last preparation without errors, which edits to single articles patch.
    private var lastGood: SiteBuilder.Prepared?

    /// Creates a session for a site; call `rebuild()` to make the first build.
    public init(options: BuildOptions, store: PreviewStore = PreviewStore(), events: LiveEvents = LiveEvents()) {
        self.options = options
        self.store = store
        self.events = events
    }

    /// Rebuilds and, when it succeeded, swaps the new output in before telling pages to reload;
    /// `changed` holds the full paths a watcher saw change (nil: check every file).
    @discardableResult
    public func rebuild(changed: Set<String>? = nil) async -> RebuildOutcome {
        let start = Date()
        let builder = SiteBuilder(options: options)
        let patched = changed.flatMap { changed in
            lastGood.flatMap { builder.update($0, changedFiles: changed, cache: cache) }
        }
        let prepared: SiteBuilder.Prepared
        if let patched {
            prepared = patched
        } else {
            prepared = await builder.prepare(cache: cache, enrichmentCache: enrichmentCache, changedFiles: changed)
        }
        let theme = prepared.diagnostics.containsErrors ? nil : prepared.theme
        lastGood = theme == nil ? nil : prepared
        guard let theme else {
            let errors = prepared.diagnostics.filter { $0.severity == .error }.sortedForDisplay()
            store.fail(errors)
            let outcome = RebuildOutcome(
                urls: [], cssOnly: false, all: false, errors: errors.map(\.description),
                milliseconds: Self.milliseconds(since: start), rendered: 0)
            events.send("errors", data: outcome)
            return outcome
        }
        let renderer = await SiteRenderer(
            enriched: prepared.enriched, theme: theme,
            baseFingerprint: SiteRenderer.baseFingerprint(theme: theme, config: prepared.enriched.site.config))
        let planStart = Date()
        let plan = await renderer.plan()
        var (stale, removed) = Self.difference(from: previousPlan, to: plan)

        let sink = MemorySink()
        do {
            _ = try await renderer.render(stale, into: sink)
        } catch {
            let message = "\(error)"
            store.fail([.error("(preview)", message)])
            let outcome = RebuildOutcome(
                urls: [], cssOnly: false, all: false, errors: [message], milliseconds: Self.milliseconds(since: start),
                rendered: 0)
            events.send("errors", data: outcome)
            return outcome
        }
        var changed: [String: PreviewFile] = [:]
        let fingerprintOf = Dictionary(stale.map { ($0.path, $0.fingerprint) }, uniquingKeysWith: { first, _ in first })
        for (path, bytes) in sink.contents {
            changed[path] = PreviewFile(bytes: bytes, path: path, hash: fingerprintOf[path] ?? StableHasher.hash(bytes))
        }
        var staticNow: [String: UInt64] = [:]
        for (path, file) in theme.staticFiles {
            guard let bytes = try? [UInt8](file.data()) else { continue }
            let hash = StableHasher.hash(bytes)
            staticNow[path] = hash
            if staticHashes[path] != hash { changed[path] = PreviewFile(bytes: bytes, path: path, hash: hash) }
        }
        removed.formUnion(Set(staticHashes.keys).subtracting(staticNow.keys))
        let assets = prepared.enriched.site.assets
        let assetsNow = Dictionary(
            assets.map { ($0, Self.stamp(options.site.appendingPathComponent("Content").appendingPathComponent($0))) },
            uniquingKeysWith: { first, _ in first })
        let changedAssets =
            assetsNow.filter { assetStamps[$0.key] != $0.value }.map(\.key)
            + assetStamps.keys.filter { assetsNow[$0] == nil }

        store.apply(changed: changed, removed: removed, assets: Set(assets))
        let firstBuild = previousPlan.isEmpty
        previousPlan = plan
        staticHashes = staticNow
        assetStamps = assetsNow

        let paths = Array(changed.keys) + Array(removed)
        let urls = paths.map(Self.url(for:)).sorted()
        let cssOnly = !paths.isEmpty && paths.allSatisfy { $0.hasSuffix(".css") } && changedAssets.isEmpty
        let outcome = RebuildOutcome(
            urls: urls.count > Self.reloadAllThreshold ? [] : urls + changedAssets.map { "/" + $0 },
            cssOnly: cssOnly, all: urls.count > Self.reloadAllThreshold || (!changedAssets.isEmpty && !firstBuild),
            errors: [], milliseconds: Self.milliseconds(since: start), rendered: stale.count,
            warnings: prepared.diagnostics.count,
            stages: Dictionary(
                prepared.timings.map { ($0.stage, Int($0.seconds * 1000)) } + [
                    ("plan+render", Self.milliseconds(since: planStart))
                ],
                uniquingKeysWith: { first, _ in first }))
        if !firstBuild { events.send(cssOnly ? "css" : "reload", data: outcome) }
        return outcome
    }

    /// The pages of `plan` whose fingerprint is new, and the paths `previous` had that `plan` has not.
    static func difference(from previous: [PlannedPage], to plan: [PlannedPage]) -> (
        stale: [PlannedPage], removed: Set<String>
    ) {
        // An edit that kept every page where it was (most edits): compare in place, no tables.
        if previous.count == plan.count, zip(previous, plan).allSatisfy({ $0.path == $1.path }) {
            return (zip(previous, plan).filter { $0.fingerprint != $1.fingerprint }.map(\.1), [])
        }
        var fingerprints: [String: UInt64] = [:]
        for page in previous { fingerprints[page.path] = page.fingerprint }
        let stale = plan.filter { fingerprints[$0.path] != $0.fingerprint }
        return (stale, Set(fingerprints.keys).subtracting(plan.map(\.path)))
    }

    /// The URL path a page is served at: `2026/04/x/index.html` → `/2026/04/x/`.
    static func url(for path: String) -> String {
        if path == "index.html" { return "/" }
        if path.hasSuffix("/index.html") { return "/" + path.dropLast("index.html".count) }
        return "/" + path
    }

    private static func stamp(_ url: URL) -> String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        let size = (attributes?[.size] as? Int) ?? -1
        let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size)-\(date)"
    }

    private static func milliseconds(since start: Date) -> Int {
        Int((Date().timeIntervalSince(start) * 1000).rounded())
    }
}
