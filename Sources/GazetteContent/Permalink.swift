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
        let tokens = [
            (":year", values.year), (":month", values.month), (":day", values.day), (":slug", values.slug),
            (":section", values.section), (":filename", values.filename),
        ]
        // One pass over the pattern; `replacingOccurrences` goes through CFString on Linux.
        var expanded = ""
        var rest = pattern[...]
        while let colon = rest.firstIndex(of: ":") {
            expanded += rest[..<colon]
            rest = rest[colon...]
            if let (token, value) = tokens.first(where: { rest.hasPrefix($0.0) }) {
                expanded += value
                rest = rest.dropFirst(token.count)
            } else {
                expanded += ":"
                rest = rest.dropFirst()
            }
        }
        expanded += rest
        var path = expanded.hasPrefix("/") ? "" : "/"
        for character in expanded where !(character == "/" && path.last == "/") { path.append(character) }
        return path
    }

    /// Why a site path is unsafe to write (outside the output folder), nil when it is safe.
    public static func problem(with path: String) -> String? {
        // On bytes: every article and every written file is checked, and Foundation's
        // `contains` goes through CFString on Linux.
        let bytes = path.utf8
        if bytes.contains(0) { return "contains a NUL character" }
        if bytes.contains(UInt8(ascii: "\\")) { return "contains a backslash" }
        var length = 0
        var onlyDots = true
        for byte in bytes {
            if byte == UInt8(ascii: "/") {
                if onlyDots && (length == 1 || length == 2) { return "contains '..' or '.'" }
                (length, onlyDots) = (0, true)
            } else {
                length += 1
                onlyDots = onlyDots && byte == UInt8(ascii: ".")
            }
        }
        if onlyDots && (length == 1 || length == 2) { return "contains '..' or '.'" }
        if bytes.containsBytes("://") { return "is an absolute URL" }
        return nil
    }
}
