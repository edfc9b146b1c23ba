extension Inline {
    /// The first character this node shows as text, looking into containers; nil for breaks,
    /// images and HTML.
    public var firstCharacter: Unicode.Scalar? {
        switch self {
        case .text(let text, _), .code(let text, _): return text.unicodeScalars.first
        case .emphasis(let children, _), .strong(let children, _): return children.first?.firstCharacter
        case .link(let link): return link.content.first?.firstCharacter
        case .element(let element): return element.children.first?.firstCharacter
        case .softBreak, .lineBreak, .html, .image, .rawHTML: return nil
        }
    }

    /// The last character this node shows as text, looking into containers.
    public var lastCharacter: Unicode.Scalar? {
        switch self {
        case .text(let text, _), .code(let text, _): return text.unicodeScalars.last
        case .emphasis(let children, _), .strong(let children, _): return children.last?.lastCharacter
        case .link(let link): return link.content.last?.lastCharacter
        case .element(let element): return element.children.last?.lastCharacter
        case .softBreak, .lineBreak, .html, .image, .rawHTML: return nil
        }
    }

    /// The text a reader sees, without markup: for titles, summaries and heading ids.
    public var plainText: String {
        switch self {
        case .text(let text, _), .code(let text, _): return text
        case .softBreak, .lineBreak: return " "
        case .html, .rawHTML: return ""
        case .emphasis(let children, _), .strong(let children, _): return children.plainText
        case .link(let link): return link.content.plainText
        case .image(let image): return image.description.plainText
        case .element(let element): return element.children.plainText
        }
    }
}

extension Array where Element == Inline {
    /// The concatenated plain text of the nodes.
    public var plainText: String {
        // Most paragraphs are one run of text: handed back without a copy.
        if count == 1 { return self[0].plainText }
        var result = ""
        for inline in self { result += inline.plainText }
        return result
    }
}
