import GazetteMarkdown
import Testing

@Suite("Source positions in the AST")
struct SourcePositionTests {
    let document = Document(parsing: "引言一段。\n\n## 谈判细节\n\n双方在[伊斯兰堡](../talks.md)会谈。\n")

    @Test("a heading knows its line and column")
    func headingPosition() throws {
        let heading = try #require(document.headings.first)
        #expect(heading.range.start == SourceLocation(line: 3, column: 1))
        #expect(heading.range.end.line == 3)
        #expect(heading.content.plainText == "谈判细节")
    }

    @Test("a link knows its line and byte column")
    func linkPosition() throws {
        guard case .paragraph(let inlines, _) = document.blocks[2] else {
            Issue.record("expected a paragraph, got \(document.blocks[2])")
            return
        }
        let link = try #require(
            inlines.compactMap { inline -> Link? in
                if case .link(let link) = inline { return link }
                return nil
            }.first)
        #expect(link.destination == "../talks.md")
        // "双方在" is nine UTF-8 bytes, so the "[" is at byte column 10.
        #expect(link.range.start == SourceLocation(line: 5, column: 10))
        #expect(link.range.description == "5:10-5:36")
    }

    @Test("sourcepos option writes data-sourcepos like cmark")
    func sourceposAttribute() {
        let html = HTMLRenderer(options: .sourcePositions).render(Document(parsing: "# T\n\n- a\n"))
        #expect(
            html == """
                <h1 data-sourcepos="1:1-1:3">T</h1>
                <ul data-sourcepos="3:1-3:3">
                <li data-sourcepos="3:1-3:3">a</li>
                </ul>

                """)
    }

    @Test("character columns count scalars of every UTF-8 length, eight bytes at a time or not")
    func characterColumns() {
        let source = """
            前言 ok **粗体** 和 *斜体*，😀 emoji [链接](a.md) 以及 `代码` é [第二](b.md)。

            > 引用里的 **强调** 🎉 [三](c.md)
            """
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        /// The 1-based scalar column of a 1-based byte column on a line.
        func scalarColumn(_ line: Int, _ byteColumn: Int) -> Int {
            String(decoding: Array(lines[line - 1].utf8).prefix(byteColumn - 1), as: UTF8.self).unicodeScalars.count + 1
        }
        func ranges(_ inlines: [Inline]) -> [SourceRange] {
            inlines.flatMap { inline -> [SourceRange] in
                switch inline {
                case .text(_, let range), .code(_, let range): return [range]
                case .emphasis(let children, let range), .strong(let children, let range):
                    return [range] + ranges(children)
                case .link(let link): return [link.range] + ranges(link.content)
                default: return []
                }
            }
        }
        func ranges(_ blocks: [Block]) -> [SourceRange] {
            blocks.flatMap { block -> [SourceRange] in
                switch block {
                case .paragraph(let inlines, let range): return [range] + ranges(inlines)
                case .blockQuote(let children, let range): return [range] + ranges(children)
                default: return []
                }
            }
        }
        let bytes = ranges(Document(parsing: source).blocks)
        let characters = ranges(Document(parsing: source, options: .characterColumns).blocks)
        #expect(bytes.count == characters.count && bytes.count > 15)
        for (byte, character) in zip(bytes, characters) {
            #expect(character.start.column == scalarColumn(byte.start.line, byte.start.column), "\(byte)")
            #expect(character.end.column == scalarColumn(byte.end.line, byte.end.column), "\(byte)")
        }
    }
}
