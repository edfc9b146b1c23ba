import Foundation

/// Where Gazette puts every kind of page, as site paths (`/topics/hormuz/`) and as the links
/// pages carry (with the path of `baseURL` in front, `/news/topics/hormuz/`).
public struct SiteURLs: Sendable {
    /// The path part of `baseURL`, always starting and ending in `/`.
    public let basePath: String
    let config: SiteConfig

    /// Creates the layout for a site's settings.
    public init(config: SiteConfig) {
        self.config = config
        var path = config.baseURL.flatMap { URL(string: $0)?.path } ?? "/"
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        basePath = path
    }

    /// The link for a site path: root-relative, with the base path in front.
    public func link(_ sitePath: String) -> String {
        basePath + sitePath.drop(while: { $0 == "/" })
    }

    /// The canonical URL: absolute with a `baseURL`, else the root-relative link.
    public func canonical(_ sitePath: String) -> String {
        guard let baseURL = config.baseURL else { return link(sitePath) }
        return baseURL + sitePath.drop(while: { $0 == "/" })
    }

    /// Page `number` (1-based) of a paginated list at `sitePath`.
    public func page(_ number: Int, of sitePath: String) -> String {
        number <= 1 ? sitePath : sitePath + "page/\(number)/"
    }

    /// The home page.
    public static let home = "/"
    /// The topic index.
    public static let topics = "/topics/"
    /// The date archive index.
    public static let archive = "/archive/"
    /// The site feed.
    public static let feed = "/feed.xml"

    /// A topic's page.
    public static func topic(_ id: String) -> String { "/topics/\(id)/" }
    /// A topic's feed.
    public static func topicFeed(_ id: String) -> String { "/topics/\(id)/feed.xml" }
    /// A month of the archive.
    public static func month(year: Int, month: Int) -> String { String(format: "/archive/%04d/%02d/", year, month) }

    /// A path with `.` and `..` segments resolved and repeated slashes collapsed, by text alone:
    /// `NSString.standardizingPath` also looks at the disk, a failed `stat` per image link.
    public static func normalizedPath(_ path: String) -> String {
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." {
                if !segments.isEmpty { segments.removeLast() }
                continue
            }
            segments.append(segment)
        }
        let joined = segments.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : joined
    }

    /// The output file for a site path: `index.html` inside folder paths.
    public static func outputFile(for sitePath: String) -> String {
        let relative = String(sitePath.drop(while: { $0 == "/" }))
        if relative.isEmpty || relative.hasSuffix("/") { return relative + "index.html" }
        return relative
    }
}
