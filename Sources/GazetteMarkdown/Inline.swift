/// An inline node of the Markdown AST.
public enum Inline: Sendable, Hashable {
    /// Literal text, entities and escapes already decoded.
    case text(String, SourceRange)
    /// A line ending inside a paragraph that is not a hard break.
    case softBreak
    /// A hard line break (two spaces or a backslash before the line ending).
    case lineBreak
    /// A code span.
    case code(String, SourceRange)
    /// Raw inline HTML from the source; omitted unless rendering is unsafe.
    case html(String, SourceRange)
    /// Emphasis (`*a*`).
    case emphasis([Inline], SourceRange)
    /// Strong emphasis (`**a**`).
    case strong([Inline], SourceRange)
    /// A link.
    case link(Link)
    /// An image.
    case image(Image)
    /// An HTML element added by Gazette around inline content, such as a credit `<span>`.
    case element(Element<Inline>)
    /// Trusted HTML made by Gazette (never by the Markdown source), written out verbatim.
    case rawHTML(String)
}
