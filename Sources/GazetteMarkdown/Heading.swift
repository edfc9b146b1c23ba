/// A heading: its level, content and the anchor id Gazette gives it.
public struct Heading: Sendable, Hashable {
    /// 1 to 6.
    public var level: Int
    /// The heading's inline content.
    public var content: [Inline]
    /// The `id` attribute; nil renders exactly like cmark.
    public var id: String?
    /// Where the heading is in the source.
    public var range: SourceRange

    /// Creates a heading.
    public init(level: Int, content: [Inline], id: String? = nil, range: SourceRange = .synthesized) {
        self.level = level
        self.content = content
        self.id = id
        self.range = range
    }
}
