/// A file the preview server can answer with: its bytes, type and entity tag.
public struct PreviewFile: Sendable {
    /// The content.
    public var bytes: [UInt8]
    /// `Content-Type`, with `charset=utf-8` for text.
    public var contentType: String
    /// A strong entity tag from the content's hash.
    public var etag: String

    /// Creates a file for `path` (its extension picks the type).
    public init(bytes: [UInt8], path: String, hash: UInt64) {
        self.bytes = bytes
        self.contentType = ContentTypes.type(for: path)
        self.etag = "\"" + String(hash, radix: 16) + "\""
    }

    /// True for HTML, which gets the live-reload script and is never cached.
    public var isHTML: Bool { contentType.hasPrefix("text/html") }
}
