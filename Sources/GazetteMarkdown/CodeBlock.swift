/// An indented or fenced code block.
public struct CodeBlock: Sendable, Hashable {
    /// The info string after the opening fence (`swift title="x"`); empty when none.
    public var info: String
    /// The code, ending in a newline unless empty.
    public var literal: String
    /// Where the block is in the source.
    public var range: SourceRange

    /// Creates a code block.
    public init(info: String, literal: String, range: SourceRange = .synthesized) {
        self.info = info
        self.literal = literal
        self.range = range
    }

    /// The first word of the info string, used as `language-…` class.
    public var language: Substring {
        info.utf8.firstIndex(where: { $0 == 0x20 || (0x09...0x0D).contains($0) })
            .map { info[..<$0] } ?? info[...]
    }
}
