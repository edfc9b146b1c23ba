/// Renders the Markdown AST to HTML, byte-identical to `cmark_render_html` for the same options
/// (except `cjkSoftBreaks`, which is Gazette's own).
public struct HTMLRenderer: Sendable {
    /// The options that shape the output; parsing options in the set are ignored here.
    public var options: MarkdownOptions

    /// Creates a renderer.
    public init(options: MarkdownOptions = []) {
        self.options = options
    }

    /// The document as an HTML fragment.
    public func render(_ document: Document) -> String {
        render(document.blocks)
    }

    /// Blocks as an HTML fragment.
    public func render(_ blocks: [Block]) -> String {
        // Room for a long article's body, so the buffer is not copied as it grows.
        var output = HTMLOutput(capacity: 16 * 1024)
        write(blocks, tight: false, to: &output)
        return output.string
    }

    /// Inline content as HTML, such as a heading's content in a table of contents.
    public func render(_ inlines: [Inline]) -> String {
        var output = HTMLOutput(capacity: 256)
        write(inlines, to: &output)
        return output.string
    }

    /// Blocks as UTF-8 bytes, appended to `buffer` without an intermediate string.
    public func render(_ blocks: [Block], appendingTo buffer: inout [UInt8]) {
        var output = HTMLOutput()
        swap(&output.bytes, &buffer)
        write(blocks, tight: false, to: &output)
        swap(&output.bytes, &buffer)
    }

    // MARK: Blocks

    private func write(_ blocks: [Block], tight: Bool, to output: inout HTMLOutput) {
        for block in blocks {
            write(block, tight: tight, to: &output)
        }
    }

    private func write(_ block: Block, tight: Bool, to output: inout HTMLOutput) {
        switch block {
        case .paragraph(let content, let range):
            if tight {
                write(content, to: &output)
            } else {
                output.newlineIfNeeded()
                output.write("<p")
                writeSourcePosition(range, to: &output)
                output.write(">")
                write(content, to: &output)
                output.write("</p>\n")
            }
        case .heading(let heading):
            output.newlineIfNeeded()
            output.write("<h")
            output.write(heading.level)
            if let id = heading.id {
                output.write(" id=\"")
                output.writeEscaped(id)
                output.write("\"")
            }
            writeSourcePosition(heading.range, to: &output)
            output.write(">")
            write(heading.content, to: &output)
            output.write("</h")
            output.write(heading.level)
            output.write(">\n")
        case .blockQuote(let children, let range):
            output.newlineIfNeeded()
            output.write("<blockquote")
            writeSourcePosition(range, to: &output)
            output.write(">\n")
            write(children, tight: false, to: &output)
            output.newlineIfNeeded()
            output.write("</blockquote>\n")
        case .list(let list):
            write(list, to: &output)
        case .codeBlock(let code):
            output.newlineIfNeeded()
            output.write("<pre")
            writeSourcePosition(code.range, to: &output)
            if code.info.isEmpty {
                output.write("><code>")
            } else {
                output.write("><code class=\"language-")
                output.writeEscaped(String(code.language))
                output.write("\">")
            }
            output.writeEscaped(code.literal)
            output.write("</code></pre>\n")
        case .htmlBlock(let html, _):
            output.newlineIfNeeded()
            if options.contains(.unsafe) {
                output.write(html)
            } else {
                output.write("<!-- raw HTML omitted -->")
            }
            output.newlineIfNeeded()
        case .thematicBreak(let range):
            output.newlineIfNeeded()
            output.write("<hr")
            writeSourcePosition(range, to: &output)
            output.write(" />\n")
        case .element(let element):
            output.newlineIfNeeded()
            writeStartTag(element.name, element.attributes, to: &output)
            write(element.children, tight: false, to: &output)
            output.write("</")
            output.write(element.name)
            output.write(">\n")
        case .plain(let content):
            write(content, to: &output)
        case .rawHTML(let html):
            output.newlineIfNeeded()
            output.write(html)
        }
    }

    private func write(_ list: List, to output: inout HTMLOutput) {
        output.newlineIfNeeded()
        switch list.kind {
        case .bullet:
            output.write("<ul")
        case .ordered(let start) where start == 1:
            output.write("<ol")
        case .ordered(let start):
            output.write("<ol start=\"")
            output.write(start)
            output.write("\"")
        }
        writeSourcePosition(list.range, to: &output)
        output.write(">\n")
        for item in list.items {
            output.newlineIfNeeded()
            output.write("<li")
            writeSourcePosition(item.range, to: &output)
            output.write(">")
            write(item.blocks, tight: list.isTight, to: &output)
            output.write("</li>\n")
        }
        output.write(list.kind == .bullet ? "</ul>\n" : "</ol>\n")
    }

    private func writeSourcePosition(_ range: SourceRange, to output: inout HTMLOutput) {
        guard options.contains(.sourcePositions) else { return }
        output.write(" data-sourcepos=\"")
        output.write(range.description)
        output.write("\"")
    }

    private func writeStartTag(_ name: String, _ attributes: [HTMLAttribute], to output: inout HTMLOutput) {
        output.write("<")
        output.write(name)
        for attribute in attributes {
            output.write(" ")
            output.write(attribute.name)
            output.write("=\"")
            output.writeEscaped(attribute.value)
            output.write("\"")
        }
        output.write(">")
    }

    // MARK: Inlines

    private func write(_ inlines: [Inline], to output: inout HTMLOutput) {
        for index in inlines.indices {
            write(inlines[index], in: inlines, at: index, to: &output)
        }
    }

    private func write(_ inline: Inline, in siblings: [Inline], at index: Int, to output: inout HTMLOutput) {
        switch inline {
        case .text(let text, _):
            output.writeEscaped(text)
        case .softBreak:
            if !removesSoftBreak(in: siblings, at: index) { output.write("\n") }
        case .lineBreak:
            output.write("<br />\n")
        case .code(let code, _):
            output.write("<code>")
            output.writeEscaped(code)
            output.write("</code>")
        case .html(let html, _):
            if options.contains(.unsafe) {
                output.write(html)
            } else {
                output.write("<!-- raw HTML omitted -->")
            }
        case .emphasis(let children, _):
            output.write("<em>")
            write(children, to: &output)
            output.write("</em>")
        case .strong(let children, _):
            output.write("<strong>")
            write(children, to: &output)
            output.write("</strong>")
        case .link(let link):
            output.write("<a href=\"")
            writeURL(link.destination, to: &output)
            if !link.title.isEmpty {
                output.write("\" title=\"")
                output.writeEscaped(link.title)
            }
            output.write("\">")
            write(link.content, to: &output)
            output.write("</a>")
        case .image(let image):
            output.write("<img src=\"")
            writeURL(image.source, to: &output)
            output.write("\" alt=\"")
            writePlain(image.description, to: &output)
            if !image.title.isEmpty {
                output.write("\" title=\"")
                output.writeEscaped(image.title)
            }
            output.write("\" />")
        case .element(let element):
            writeStartTag(element.name, element.attributes, to: &output)
            write(element.children, to: &output)
            output.write("</")
            output.write(element.name)
            output.write(">")
        case .rawHTML(let html):
            output.write(html)
        }
    }

    /// Writes inline content as the escaped plain text cmark puts into an image's `alt`.
    private func writePlain(_ inlines: [Inline], to output: inout HTMLOutput) {
        for index in inlines.indices {
            switch inlines[index] {
            case .text(let text, _), .code(let text, _), .html(let text, _):
                output.writeEscaped(text)
            case .softBreak:
                if !removesSoftBreak(in: inlines, at: index) { output.write(" ") }
            case .lineBreak:
                output.write(" ")
            case .emphasis(let children, _), .strong(let children, _):
                writePlain(children, to: &output)
            case .link(let link):
                writePlain(link.content, to: &output)
            case .image(let image):
                writePlain(image.description, to: &output)
            case .element(let element):
                writePlain(element.children, to: &output)
            case .rawHTML(let html):
                output.write(html)
            }
        }
    }

    private func writeURL(_ url: String, to output: inout HTMLOutput) {
        if options.contains(.unsafe) || !URLSafety.isDangerous(url) {
            output.writeEscapedHref(url)
        }
    }

    private func removesSoftBreak(in siblings: [Inline], at index: Int) -> Bool {
        guard options.contains(.cjkSoftBreaks), index > siblings.startIndex, index + 1 < siblings.endIndex,
            let before = siblings[index - 1].lastCharacter, let after = siblings[index + 1].firstCharacter
        else { return false }
        return CJKText.joinsWithoutSpace(before, after)
    }
}
