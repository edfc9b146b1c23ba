import Foundation

/// The settings of a site, from `Content/site.yml`; every key is optional.
public struct SiteConfig: Sendable, Hashable {
    /// The site's name, shown in the masthead and page titles.
    public var title = "Gazette"
    /// One sentence about the site, for the home page and feeds.
    public var description = ""
    /// The absolute URL the site is served from, ending in `/`; nil makes URLs relative.
    public var baseURL: String?
    /// The site's language tag (`zh-CN`).
    public var language = "zh-CN"
    /// The URL pattern of articles; tokens `:year`, `:month`, `:day`, `:slug`, `:section`, `:filename`.
    public var permalink = "/:year/:month/:slug/"
    /// The time zone for dates without one and for displayed dates.
    public var timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
    /// Articles per list page.
    public var pageSize = 20
    /// The author of articles that name none.
    public var author: String?
    /// Whether to join paragraphs that print layout split around a photo caption.
    public var repairs = true
    /// Print-only phrases removed from the output (`扫码看视频`).
    public var strip: [String] = []
    /// Extra regular expressions for photo credits at the end of captions; group `credit`.
    public var captionCredits: [String] = []
    /// Whether to write the date archive (`/archive/` and month pages).
    public var archive = true
    /// Topic tagging: the score an article needs for a topic found in its text.
    public var topicThreshold = 2
    /// Topic tagging: the most topics an article gets from its text.
    public var maxTopics = 8
    /// Whether topics are found in article text, not only taken from front matter.
    public var autoTopics = true
    /// Whether the first mention of each topic links to the topic page.
    public var autoLinkTopics = true
    /// Whether broken links fail the build (`error`) or only warn (`warning`).
    public var linkErrorsAreWarnings = false
    /// The `CNAME` file's host for git deployments.
    public var cname: String?
    /// Named publish targets (`production: dir:/var/www/news`).
    public var deploy: [String: String] = [:]

    /// The defaults of a site with no `site.yml`.
    public init() {}

    /// The keys `site.yml` understands; any other key is reported.
    static let knownKeys: Set<String> = [
        "title", "description", "baseURL", "language", "permalink", "timezone", "pageSize", "author", "repairs",
        "strip", "captionCredits", "archive", "topicThreshold", "maxTopics", "autoTopics", "autoLinkTopics",
        "linkErrors", "deploy", "cname",
    ]

    /// The absolute URL for a site path (`/2026/04/x/`), or the path itself without a base URL.
    public func absoluteURL(_ path: String) -> String {
        guard let baseURL else { return path }
        return baseURL + path.drop(while: { $0 == "/" })
    }
}
