import Foundation

/// What `gazette build` was asked to do.
public struct BuildOptions: Sendable {
    /// The site folder.
    public var site: URL
    /// The output folder; `Public/` in the site folder by default.
    public var output: URL?
    /// Publish drafts and future-dated articles too.
    public var includeDrafts = false
    /// Replaces `baseURL` from site.yml.
    public var baseURL: String?
    /// "Now", for leaving out future-dated articles.
    public var now = Date()
    /// Reuse and update the build cache in `.gazette-cache/` (off for one-off builds elsewhere).
    public var usesCache = true
    /// Keep the loaded site in memory until the process ends instead of freeing it when the
    /// build returns: for commands that exit right after one build.
    public var keepsSiteUntilExit = false
    /// Called as each stage starts (`[2/4] enrich 9 articles`), for a progress line on terminals.
    public var progress: (@Sendable (String) -> Void)?

    /// Creates options for the site in `site`.
    public init(site: URL, output: URL? = nil, includeDrafts: Bool = false, baseURL: String? = nil) {
        self.site = site
        self.output = output
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
    }

    /// The build cache folder of the site.
    public var cacheFolder: URL { site.appendingPathComponent(".gazette-cache") }

    /// The output folder this build writes.
    public var outputFolder: URL { output ?? site.appendingPathComponent("Public") }
}
