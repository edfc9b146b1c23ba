/// A parsed Markdown document: the blocks of its body as Swift values, free of cmark.
public struct Document: Sendable, Hashable {
    /// The top-level blocks, in source order.
    public var blocks: [Block]

    /// Creates a document from blocks.
    public init(blocks: [Block]) {
        self.blocks = blocks
    }
}
