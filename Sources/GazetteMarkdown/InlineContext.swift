/// Where a sequence of inline nodes sits, so transforms can avoid headings, links and alt text.
public struct InlineContext: Sendable, Hashable {
    /// The level of the enclosing heading, nil outside headings.
    public var headingLevel: Int?
    /// True inside a link's content.
    public var isInsideLink = false
    /// True inside an image description (its `alt` text).
    public var isInsideImage = false

    /// Creates a context; the default is body text of a paragraph.
    public init(headingLevel: Int? = nil, isInsideLink: Bool = false, isInsideImage: Bool = false) {
        self.headingLevel = headingLevel
        self.isInsideLink = isInsideLink
        self.isInsideImage = isInsideImage
    }

    /// True in ordinary running text: not a heading, link or image description.
    public var isBodyText: Bool { headingLevel == nil && !isInsideLink && !isInsideImage }
}
