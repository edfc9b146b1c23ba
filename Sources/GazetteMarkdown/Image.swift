/// An image: source, optional title and the description that becomes its `alt` text.
public struct Image: Sendable, Hashable {
    /// The image URL as written.
    public var source: String
    /// The title attribute; empty when none.
    public var title: String
    /// The description, rendered as plain text into `alt`.
    public var description: [Inline]
    /// Where the image is in the source.
    public var range: SourceRange

    /// Creates an image.
    public init(source: String, title: String = "", description: [Inline], range: SourceRange = .synthesized) {
        self.source = source
        self.title = title
        self.description = description
        self.range = range
    }
}
