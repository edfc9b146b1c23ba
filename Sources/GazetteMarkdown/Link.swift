/// A link: destination, optional title and the linked content.
public struct Link: Sendable, Hashable {
    /// The URL as written, entities and escapes decoded.
    public var destination: String
    /// The title attribute; empty when none.
    public var title: String
    /// The linked inline content.
    public var content: [Inline]
    /// Where the link is in the source.
    public var range: SourceRange

    /// Creates a link.
    public init(destination: String, title: String = "", content: [Inline], range: SourceRange = .synthesized) {
        self.destination = destination
        self.title = title
        self.content = content
        self.range = range
    }
}
