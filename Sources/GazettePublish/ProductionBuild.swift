import Foundation
import GazetteBuild
import GazetteContent
import GazetteTemplates

/// A build for publishing: `baseURL` required, no drafts, theme assets fingerprinted so they can
/// be cached forever, optional minified HTML and `.gz` files, and a manifest of every file.
public struct ProductionBuild: Sendable {
    /// How to build.
    public struct Options: Sendable {
        /// The site folder.
        public var site: URL
        /// Replaces `baseURL` from site.yml.
        public var baseURL: String?
        /// Collapse HTML whitespace.
        public var minify = false
        /// Write `.gz` beside text files.
        public var precompress = false
        /// The folder the build's temporary folder is made in; the system's temporary folder when nil.
        public var scratch: URL?

        /// Creates options.
        public init(
            site: URL, baseURL: String? = nil, minify: Bool = false, precompress: Bool = false, scratch: URL? = nil
        ) {
            self.site = site
            self.baseURL = baseURL
            self.minify = minify
            self.precompress = precompress
            self.scratch = scratch
        }
    }

    /// What a production build made.
    public struct Result: Sendable {
        /// The built site, in a temporary folder.
        public var folder: URL
        /// The build's report.
        public var report: BuildReport
        /// Hashes of every file.
        public var manifest: Manifest
        /// The site's settings.
        public var config: SiteConfig
    }

    let options: Options

    /// Creates a production build.
    public init(options: Options) {
        self.options = options
    }

    /// Builds into a new temporary folder; throws the build's diagnostics or a `PublishError`.
    public func run() async throws -> Result {
        var diagnostics: [Diagnostic] = []
        let config = SiteConfig.load(site: options.site, diagnostics: &diagnostics)
        guard options.baseURL != nil || config.baseURL != nil else {
            throw PublishError(
                "publishing needs baseURL (canonical URLs, feeds and the sitemap are absolute); add 'baseURL: https://news.example.com/' to Content/site.yml or pass --base-url"
            )
        }
        let folder = (options.scratch ?? FileManager.default.temporaryDirectory).appendingPathComponent(
            "gazette-publish-\(UUID().uuidString)/site")
        try FileManager.default.createDirectory(
            at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        var buildOptions = BuildOptions(
            site: options.site, output: folder, includeDrafts: false, baseURL: options.baseURL)
        buildOptions.now = Date()
        // A one-off build in a temporary folder: nothing to reuse, and no cache stamp to publish.
        buildOptions.usesCache = false
        let report = try await SiteBuilder(options: buildOptions).build()
        var effective = config
        if let baseURL = options.baseURL { effective.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }

        try fingerprintAssets(in: folder, config: effective)
        if options.minify { try minifyPages(in: folder) }
        if options.precompress { try precompress(folder) }
        let manifest = try Manifest.make(for: folder)
        try manifest.write(to: folder)
        return Result(folder: folder, report: report, manifest: manifest, config: effective)
    }

    /// `style.css` → `style.3f2a1c9e.css`, and every page's reference to it rewritten.
    func fingerprintAssets(in folder: URL, config: SiteConfig) throws {
        let (theme, _) = Theme.load(siteRoot: options.site)
        let urls = SiteURLs(config: config)
        var renames: [(from: String, to: String)] = []
        for path in (theme?.staticFiles.keys.sorted() ?? []) where path.hasSuffix(".css") || path.hasSuffix(".js") {
            let source = folder.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: source.path) else { continue }
            let hash = String(String(StableHasher.hash(data), radix: 16).suffix(8))
            let ext = (path as NSString).pathExtension
            let renamed = (path as NSString).deletingPathExtension + "." + hash + "." + ext
            try FileManager.default.moveItem(at: source, to: folder.appendingPathComponent(renamed))
            renames.append((urls.link("/" + path), urls.link("/" + renamed)))
        }
        guard !renames.isEmpty else { return }
        for path in try Manifest.files(in: folder) where path.hasSuffix(".html") {
            let url = folder.appendingPathComponent(path)
            var text = try String(contentsOf: url, encoding: .utf8)
            for rename in renames {
                text = text.replacingOccurrences(of: "\"\(rename.from)\"", with: "\"\(rename.to)\"")
            }
            try Data(text.utf8).write(to: url)
        }
    }

    func minifyPages(in folder: URL) throws {
        for path in try Manifest.files(in: folder) where path.hasSuffix(".html") {
            let url = folder.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data(HTMLMinifier.minify(text).utf8).write(to: url)
        }
    }

    /// Text files gzipped beside themselves (`index.html.gz`) for servers that send them as they are.
    func precompress(_ folder: URL) throws {
        let textTypes: Set<String> = ["html", "css", "js", "xml", "svg", "txt", "json"]
        let paths = try Manifest.files(in: folder).filter { textTypes.contains(($0 as NSString).pathExtension) }
        for start in stride(from: 0, to: paths.count, by: 500) {
            let batch = paths[start..<min(start + 500, paths.count)].map { folder.appendingPathComponent($0).path }
            try Command.run("gzip", ["-9", "-n", "-k", "-f"] + batch)
        }
    }
}
