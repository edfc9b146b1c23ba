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
}
