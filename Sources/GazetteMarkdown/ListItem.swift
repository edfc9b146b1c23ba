/// One item of a list, holding blocks.
public struct ListItem: Sendable, Hashable {
    /// The item's blocks.
    public var blocks: [Block]
    /// Where the item is in the source.
    public var range: SourceRange

    /// Creates an item.
    public init(blocks: [Block], range: SourceRange = .synthesized) {
        self.blocks = blocks
        self.range = range
    }
}
