import CCMark

/// Turns a cmark node tree into `Block` and `Inline` values, reading each node once.
///
/// cmark nodes are not Sendable: a converter runs on the task that parsed the document and the
/// tree is freed before any value leaves it. Nesting deeper than `maximumDepth` (only pathological
/// input such as ten thousand `>`) is rendered by cmark itself into a `rawHTML` node, so that
/// neither conversion nor rendering recurses without bound and the HTML stays byte-identical.
struct CMarkTreeConverter {
    /// Nesting levels converted into Swift values; deeper subtrees become cmark-rendered HTML.
    static let maximumDepth = 96

    /// The cmark flags the document was parsed with, reused to render over-deep subtrees.
    let flags: Int32
    /// Turns byte columns into character columns, when the options ask for them.
    let columns: ColumnCounter?

    func blocks(under parent: OpaquePointer, depth: Int) -> [Block] {
        var result: [Block] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            if let block = block(node, depth: depth) { result.append(block) }
            child = cmark_node_next(node)
        }
        return result
    }

    private func block(_ node: OpaquePointer, depth: Int) -> Block? {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(under: node, depth: depth + 1, plain: false), range(of: node))
        case CMARK_NODE_HEADING:
            return .heading(
                Heading(
                    level: Int(cmark_node_get_heading_level(node)),
                    content: inlines(under: node, depth: depth + 1, plain: false),
                    range: range(of: node)))
        case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST:
            if depth >= Self.maximumDepth { return .rawHTML(renderedByCMark(node)) }
            if type == CMARK_NODE_BLOCK_QUOTE {
                return .blockQuote(blocks(under: node, depth: depth + 1), range(of: node))
            }
            return .list(list(node, depth: depth))
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(
                CodeBlock(
                    info: string(cmark_node_get_fence_info(node)),
                    literal: string(cmark_node_get_literal(node)),
                    range: range(of: node)))
        case CMARK_NODE_HTML_BLOCK:
            return .htmlBlock(string(cmark_node_get_literal(node)), range(of: node))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak(range(of: node))
        default:
            // The parser makes no custom blocks and items only occur inside lists.
            return nil
        }
    }

    private func list(_ node: OpaquePointer, depth: Int) -> List {
        let kind: List.Kind =
            cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            ? .ordered(start: Int(cmark_node_get_list_start(node))) : .bullet
        var items: [ListItem] = []
        var child = cmark_node_first_child(node)
        while let item = child {
            items.append(ListItem(blocks: blocks(under: item, depth: depth + 1), range: range(of: item)))
            child = cmark_node_next(item)
        }
        return List(kind: kind, isTight: cmark_node_get_list_tight(node) != 0, items: items, range: range(of: node))
    }

    /// Converts inline children; `plain` is set inside an image description, where an over-deep
    /// subtree must become escaped plain text as cmark writes it into `alt`.
    private func inlines(under parent: OpaquePointer, depth: Int, plain: Bool) -> [Inline] {
        var result: [Inline] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            if let inline = inline(node, depth: depth, plain: plain) { result.append(inline) }
            child = cmark_node_next(node)
        }
        return result
    }

    private func inline(_ node: OpaquePointer, depth: Int, plain: Bool) -> Inline? {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_TEXT:
            return .text(string(cmark_node_get_literal(node)), range(of: node))
        case CMARK_NODE_SOFTBREAK:
            return .softBreak
        case CMARK_NODE_LINEBREAK:
            return .lineBreak
        case CMARK_NODE_CODE:
            return .code(string(cmark_node_get_literal(node)), range(of: node))
        case CMARK_NODE_HTML_INLINE:
            return .html(string(cmark_node_get_literal(node)), range(of: node))
        default:
            break
        }
        guard [CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE].contains(type) else {
            return nil
        }
        if depth >= Self.maximumDepth {
            return .rawHTML(plain ? plainTextByCMark(node) : renderedByCMark(node))
        }
        let isImage = type == CMARK_NODE_IMAGE
        let children = inlines(under: node, depth: depth + 1, plain: plain || isImage)
        switch type {
        case CMARK_NODE_EMPH:
            return .emphasis(children, range(of: node))
        case CMARK_NODE_STRONG:
            return .strong(children, range(of: node))
        case CMARK_NODE_LINK:
            return .link(
                Link(
                    destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                    content: children, range: range(of: node)))
        default:
            return .image(
                Image(
                    source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                    description: children, range: range(of: node)))
        }
    }

    private func range(of node: OpaquePointer) -> SourceRange {
        let (startLine, endLine) = (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_end_line(node)))
        var (startColumn, endColumn) = (Int(cmark_node_get_start_column(node)), Int(cmark_node_get_end_column(node)))
        if let columns {
            startColumn = columns.characterColumn(line: startLine, byteColumn: startColumn)
            endColumn = columns.characterColumn(line: endLine, byteColumn: endColumn)
        }
        return SourceRange(startLine: startLine, startColumn: startColumn, endLine: endLine, endColumn: endColumn)
    }

    /// A literal of the tree: cmark replaced any invalid UTF-8 of the input (`CMARK_OPT_VALIDATE_UTF8`).
    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(validUTF8CString: $0) } ?? ""
    }

    /// cmark's own HTML for a subtree, which it renders without recursion.
    private func renderedByCMark(_ node: OpaquePointer) -> String {
        takeCMarkString(cmark_render_html(node, flags))
    }

    /// The escaped text cmark writes into an image's `alt` for a subtree: literals and spaces.
    private func plainTextByCMark(_ node: OpaquePointer) -> String {
        var text = HTMLOutput()
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let current = cmark_iter_get_node(iterator),
                cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER
            else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                text.writeEscaped(string(cmark_node_get_literal(current)))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text.write(" ")
            default:
                break
            }
        }
        return text.string
    }
}
