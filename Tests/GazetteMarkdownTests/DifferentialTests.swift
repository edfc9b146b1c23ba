@_spi(Reference) import GazetteMarkdown
import Testing

@Suite("Our renderer against cmark_render_html")
struct DifferentialTests {
    static let optionSets: [MarkdownOptions] = [
        [], [.unsafe], [.smart], [.sourcePositions], [.smart, .unsafe, .sourcePositions],
    ]

    @Test("generated documents render byte-identical to cmark", arguments: 0..<8)
    func generatedDocumentsMatchCMark(batch: Int) {
        var generator = MarkdownGenerator(seed: 0x6A7A_7E77E + UInt64(batch))
        var mismatches = 0
        var constructsSeen = Set<String>()
        for index in 0..<500 {
            let input = generator.document()
            let options = Self.optionSets[index % Self.optionSets.count]
            let ours = HTMLRenderer(options: options).render(Document(parsing: input, options: options))
            let reference = CMarkReference.renderHTML(input, options: options)
            constructsSeen.formUnion(Self.constructs.filter { reference.contains($0) })
            if ours != reference {
                mismatches += 1
                if mismatches <= 3 {
                    Issue.record(
                        "case \(batch)/\(index) options \(options.rawValue) differs\ninput: \(String(decoding: input, as: UTF8.self).debugDescription)\nours: \(ours.debugDescription)\ncmark: \(reference.debugDescription)"
                    )
                }
            }
        }
        #expect(mismatches == 0)
        #expect(constructsSeen == Set(Self.constructs), "the generator must exercise every construct")
    }

    /// Markers of the constructs a batch of generated documents must reach in cmark's output.
    static let constructs = [
        "<p", "<h1", "<h3", "<h6", "<blockquote", "<ul", "<ol start=", "<li", "<pre><code class=\"language-",
        "<pre", "<hr", "<em>", "<strong>", "<code>", "<a href=\"http", "<a href=\"\"", "<img src=", "<br />",
        "<!-- raw HTML omitted -->", "<span", "data-sourcepos=", "\u{FFFD}", "&amp;", "&quot;", "\u{201C}", "\u{2014}",
        "%E4", "美", "title=\"",
    ]

    @Test("nesting far past the converter's depth limit matches cmark and does not crash")
    func pathologicalNesting() {
        let inputs = [
            String(repeating: ">", count: 20_000) + " deep",
            String(repeating: "*", count: 10_000) + "x" + String(repeating: "*", count: 10_000),
            String(repeating: "- ", count: 5_000) + "x",
            String(repeating: "[", count: 5_000) + "x" + String(repeating: "](u)", count: 5_000),
            "![" + String(repeating: "*a ", count: 3_000) + String(repeating: "*", count: 3_000) + "](i.png)",
        ]
        for input in inputs {
            let ours = HTMLRenderer().render(Document(parsing: input))
            #expect(ours == CMarkReference.renderHTML(Array(input.utf8)))
        }
    }
}
