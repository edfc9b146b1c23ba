import Foundation
import GazetteMarkdown

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
    /// Segments are found by their bytes: splitting into characters cost more than the lookup
    /// the path is made for.
    public static func normalizedPath(_ path: String) -> String {
        let bytes = Array(path.utf8)
        var kept: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "/") { end += 1 }
            let segment = bytes[start..<end]
            if segment.isEmpty || segment.elementsEqual(".".utf8) {
                // Nothing to keep.
            } else if segment.elementsEqual("..".utf8) {
                _ = kept.popLast()
            } else {
                kept.append(start..<end)
            }
            start = end + 1
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 1)
        if bytes.first == UInt8(ascii: "/") { output.append(UInt8(ascii: "/")) }
        for (index, range) in kept.enumerated() {
            if index > 0 { output.append(UInt8(ascii: "/")) }
            output += bytes[range]
        }
        // Cut at slashes only, so the bytes stay valid UTF-8.
        return output.withUnsafeBufferPointer { String(validUTF8: $0) }
    }

    /// The output file for a site path: `index.html` inside folder paths.
    public static func outputFile(for sitePath: String) -> String {
        let relative = String(sitePath.drop(while: { $0 == "/" }))
        if relative.isEmpty || relative.hasSuffix("/") { return relative + "index.html" }
        return relative
    }
}
