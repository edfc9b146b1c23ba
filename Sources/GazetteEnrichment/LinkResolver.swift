import Foundation
import GazetteContent
import GazetteMarkdown

/// Rewrites links between Content files into site URLs and reports the ones that lead nowhere.
///
/// `[谈判](../2026/talks.md#谈判细节)` becomes the article's URL with its fragment checked against
/// the target's heading ids; links and images to other Content files (images, PDFs) point to
/// their copied URL.
public struct LinkResolver: Sendable {
    /// What a link needs of its target article.
    private struct Target: Sendable {
        var file: String
        var url: String
        var headingIDs: [String]
    }

    private let articlesByPath: [String: Target]
    private let unpublished: Set<String>
    private let assets: Set<String>
    private let urls: SiteURLs
    private let severity: Diagnostic.Severity
    private let wikiLinks: WikiLinks

    /// The result of resolving one article's links.
    public struct Resolution: Sendable {
        /// The article with its links rewritten.
        public var article: Article
        /// Content paths of the articles it links to, in order, without repeats.
        public var linkedArticles: [String]
        /// Broken links.
        public var diagnostics: [Diagnostic]
    }

    /// Creates a resolver for the published `articles`, the `unpublished` Content paths (drafts,
    /// future articles) and the `assets` (paths relative to `Content/`).
    public init(
        articles: [Article], unpublished: Set<String> = [], assets: [String], urls: SiteURLs,
        brokenLinksAreWarnings: Bool = false
    ) {
        articlesByPath = Dictionary(
            articles.map { ($0.contentPath, Target(file: $0.file, url: $0.url, headingIDs: $0.headings.map(\.id))) },
            uniquingKeysWith: { first, _ in first })
        self.unpublished = unpublished
        self.assets = Set(assets)
        self.urls = urls
        severity = brokenLinksAreWarnings ? .warning : .error
        wikiLinks = WikiLinks(articles: articles, urls: urls)
    }

    /// Resolves every link and image of an article.
    public func resolve(_ article: Article) -> Resolution {
        var diagnostics: [Diagnostic] = []
        var linked: [String] = []
        // Not NSString's deletingLastPathComponent: bridging cost more than the rest of an article without links.
        let folder = article.contentPath.lastIndex(of: "/").map { String(article.contentPath[..<$0]) } ?? ""
        let withWikiLinks = wikiLinks.expand(
            article.document, in: article, severity: severity, linked: &linked, diagnostics: &diagnostics)
        let document = withWikiLinks.transformingInlines { inlines, _ in
            // Most runs of text hold no link or image: hand them back as they are.
            guard
                inlines.contains(where: { if case .link = $0 { true } else if case .image = $0 { true } else { false } }
                )
            else { return inlines }
            return inlines.map { inline in
                switch inline {
                case .link(var link):
                    switch target(of: link.destination, from: folder, in: article) {
                    case .external: break
                    case .article(let path, let url):
                        link.destination = url
                        if !linked.contains(path) { linked.append(path) }
                    case .asset(let url): link.destination = url
                    case .broken(let message):
                        diagnostics.append(
                            Diagnostic(
                                severity, file: article.file, line: link.range.start.line,
                                column: link.range.start.column, message))
                    }
                    return .link(link)
                case .image(var image):
                    switch target(of: image.source, from: folder, in: article) {
                    case .asset(let url), .article(_, let url): image.source = url
                    case .external: break
                    case .broken(let message):
                        // A missing photo should not stop the paper: a warning, also with linkErrors: error.
                        diagnostics.append(
                            .warning(
                                article.file, line: image.range.start.line, column: image.range.start.column,
                                message.hasPrefix("link target")
                                    ? "image" + message.dropFirst("link target".count) : message))
                    }
                    return .image(image)
                default:
                    return inline
                }
            }
        }
        var resolved = article
        resolved.document = document
        return Resolution(article: resolved, linkedArticles: linked, diagnostics: diagnostics)
    }

    private enum Destination {
        case external
        case article(path: String, url: String)
        case asset(url: String)
        case broken(String)
    }

    private func target(of destination: String, from folder: String, in article: Article) -> Destination {
        // By bytes: every link and image of every article comes through here, and the marks
        // looked for are ASCII.
        let utf8 = destination.utf8
        if utf8.isEmpty || destination.hasPrefix("//") { return .external }
        if let colon = utf8.firstIndex(of: UInt8(ascii: ":")), colon != utf8.startIndex,
            utf8[..<colon].allSatisfy({ byte in
                let folded = byte | 0x20
                return (folded >= 0x61 && folded <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
            })
        {
            return .external
        }
        var pathPart = destination[...]
        var fragment: String?
        if let hash = utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = String(destination[utf8.index(after: hash)...])
            pathPart = destination[..<hash]
        }
        if let question = pathPart.utf8.firstIndex(of: UInt8(ascii: "?")) { pathPart = pathPart[..<question] }
        if pathPart.isEmpty {
            guard let fragment else { return .external }
            return missingHeading(fragment, file: article.file, ids: article.headings.map(\.id), written: destination)
                .map(Destination.broken) ?? .external
        }
        // Foundation's decoding is slow even with nothing to decode, and most paths have no `%`.
        let decoded =
            pathPart.utf8.contains(UInt8(ascii: "%"))
            ? pathPart.removingPercentEncoding ?? String(pathPart) : String(pathPart)
        let joined = decoded.hasPrefix("/") ? decoded : "/" + folder + "/" + decoded
        let normalized = SiteURLs.normalizedPath(joined)
        let path = normalized.hasPrefix("/") ? String(normalized.dropFirst()) : normalized
        let isMarkdown = SiteLoader.isArticle(path)

        if let target = articlesByPath[path] {
            let url = urls.link(target.url)
            guard let fragment else { return .article(path: path, url: url) }
            if let message = missingHeading(fragment, file: target.file, ids: target.headingIDs, written: destination) {
                return .broken(message)
            }
            return .article(path: path, url: url + "#" + fragment)
        }
        if unpublished.contains(path) {
            return .broken(
                "link target '\(destination)' is a draft or dated in the future, so it is not published; remove the link or publish the article"
            )
        }
        if assets.contains(path) {
            return .asset(url: urls.link("/" + path) + (fragment.map { "#" + $0 } ?? ""))
        }
        guard isMarkdown || decoded.utf8.contains(UInt8(ascii: ".")) && !decoded.hasPrefix("/") else {
            return .external
        }
        var message = "link target '\(destination)' not found"
        if let suggestion = suggestion(for: path, from: folder, markdown: isMarkdown) {
            message += " (did you mean '\(suggestion)'?)"
        } else {
            message += "; check the path relative to \(article.file)"
        }
        return .broken(message)
    }

    /// The message for a `#fragment` that names no heading id of `file`, nil when it does.
    private func missingHeading(_ fragment: String, file: String, ids headingIDs: [String], written: String) -> String?
    {
        let id = fragment.removingPercentEncoding ?? fragment
        if headingIDs.contains(id) { return nil }
        let ids = headingIDs.prefix(8).joined(separator: ", ")
        return
            ("link target '\(written)': \(file) has no heading with id '\(id)'"
            + (ids.isEmpty ? "; it has no headings" : "; its ids are: \(ids)"))
    }

    /// The nearest existing file, written relative to the linking article's folder.
    private func suggestion(for path: String, from folder: String, markdown: Bool) -> String? {
        let candidates = markdown ? Array(articlesByPath.keys) : Array(assets)
        let scored = candidates.map { ($0, EditDistance.between($0, path)) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= max(3, path.count / 4) else {
            return nil
        }
        return Self.relativePath(to: best.0, from: folder)
    }

    static func relativePath(to path: String, from folder: String) -> String {
        let from = folder.split(separator: "/")
        let to = path.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...].map(String.init)).joined(separator: "/")
    }
}
