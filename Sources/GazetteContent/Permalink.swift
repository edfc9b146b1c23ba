import Foundation

/// Expands the `permalink` pattern of `site.yml` into an article's URL path.
public struct Permalink: Sendable, Hashable {
    /// The pattern, such as `/:year/:month/:slug/`.
    public var pattern: String

    /// Creates a permalink from a pattern.
    public init(_ pattern: String) {
        self.pattern = pattern
    }

    /// The values a pattern can use.
    public struct Values: Sendable {
        /// Publication date parts in the site's time zone.
        public var year: String, month: String, day: String
        /// The article's slug.
        public var slug: String
        /// The first folder under `Content/`, empty at the top.
        public var section: String
        /// The file name without extension.
        public var filename: String

        /// Creates the values.
        public init(year: String, month: String, day: String, slug: String, section: String, filename: String) {
            (self.year, self.month, self.day) = (year, month, day)
            (self.slug, self.section, self.filename) = (slug, section, filename)
        }
    }

    /// The URL path (`/2026/04/slug/`); check it with `problem(with:)` before writing to it.
    public func expand(_ values: Values) -> String {
        var path = pattern
        for (token, value) in [
            (":year", values.year), (":month", values.month), (":day", values.day), (":slug", values.slug),
            (":section", values.section), (":filename", values.filename),
        ] {
            path = path.replacingOccurrences(of: token, with: value)
        }
        if !path.hasPrefix("/") { path = "/" + path }
        while path.contains("//") { path = path.replacingOccurrences(of: "//", with: "/") }
        return path
    }

    /// Why a site path is unsafe to write (outside the output folder), nil when it is safe.
    public static func problem(with path: String) -> String? {
        if path.contains("\0") { return "contains a NUL character" }
        if path.contains("\\") { return "contains a backslash" }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return "contains '..' or '.'" }
        if path.contains("://") { return "is an absolute URL" }
        return nil
    }
}
