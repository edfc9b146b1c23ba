/// A block-level node of the Markdown AST.
public enum Block: Sendable, Hashable {
    /// A paragraph of inline content.
    case paragraph([Inline], SourceRange)
    /// An ATX or setext heading.
    case heading(Heading)
    /// A block quote holding other blocks.
    case blockQuote([Block], SourceRange)
    /// A bullet or ordered list.
    case list(List)
    /// An indented or fenced code block.
    case codeBlock(CodeBlock)
    /// Raw HTML from the source; omitted unless rendering is unsafe.
    case htmlBlock(String, SourceRange)
    /// A thematic break (`---`).
    case thematicBreak(SourceRange)
    /// An HTML element added by Gazette around other blocks, such as a `<figure>`.
    case element(Element<Block>)
    /// Inline content written without a `<p>`, as cmark writes paragraphs of tight lists; Gazette
    /// uses it inside figures.
    case plain([Inline])
    /// Trusted HTML made by Gazette (never by the Markdown source), written out verbatim.
    case rawHTML(String)
}

extension Block {
    /// The source range of the block; `SourceRange.synthesized` for nodes Gazette made.
    public var range: SourceRange {
        switch self {
        case .paragraph(_, let range), .blockQuote(_, let range), .htmlBlock(_, let range),
            .thematicBreak(let range):
            return range
        case .heading(let heading): return heading.range
        case .list(let list): return list.range
        case .codeBlock(let code): return code.range
        case .element, .plain, .rawHTML: return .synthesized
        }
    }
}
