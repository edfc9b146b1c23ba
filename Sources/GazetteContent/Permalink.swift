import Foundation
import GazetteMarkdown

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
    ///
    /// One pass over the pattern's bytes, repeated slashes collapsed as they are written: a
    /// pass over characters cost as much as parsing the front matter.
    public func expand(_ values: Values) -> String {
        let tokens = [
            (":year", values.year), (":month", values.month), (":day", values.day), (":slug", values.slug),
            (":section", values.section), (":filename", values.filename),
        ]
        let slash = UInt8(ascii: "/")
        var path: [UInt8] = [slash]
        path.reserveCapacity(pattern.utf8.count + values.slug.utf8.count + 16)
        func append(_ byte: UInt8) {
            if byte != slash || path.last != slash { path.append(byte) }
        }
        let bytes = Array(pattern.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: ":"),
                let (token, value) = tokens.first(where: { bytes[index...].starts(with: $0.0.utf8) })
            {
                for byte in value.utf8 { append(byte) }
                index += token.utf8.count
            } else {
                append(bytes[index])
                index += 1
            }
        }
        // Joined at whole values and ASCII bytes, so the bytes stay valid UTF-8.
        return path.withUnsafeBufferPointer { String(validUTF8: $0) }
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
