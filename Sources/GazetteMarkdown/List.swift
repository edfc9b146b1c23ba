/// A bullet or ordered list.
public struct List: Sendable, Hashable {
    /// Whether the list is bulleted or numbered.
    public enum Kind: Sendable, Hashable {
        /// `-`, `+` or `*` items.
        case bullet
        /// Numbered items starting at `start`.
        case ordered(start: Int)
    }

    /// Bullet or ordered.
    public var kind: Kind
    /// A tight list renders its paragraphs without `<p>`.
    public var isTight: Bool
    /// The items in order.
    public var items: [ListItem]
    /// Where the list is in the source.
    public var range: SourceRange

    /// Creates a list.
    public init(kind: Kind, isTight: Bool, items: [ListItem], range: SourceRange = .synthesized) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
        self.range = range
    }
}
