import GazetteMarkdown
import Testing

@Suite("Safe rendering by default")
struct SafetyTests {
    func render(_ markdown: String, _ options: MarkdownOptions = []) -> String {
        HTMLRenderer(options: options).render(Document(parsing: markdown, options: options))
    }

    @Test("raw HTML is omitted unless unsafe")
    func rawHTML() {
        #expect(
            render("<script>x</script>\n\na <b>b</b>")
                == "<!-- raw HTML omitted -->\n<p>a <!-- raw HTML omitted -->b<!-- raw HTML omitted --></p>\n")
        #expect(render("a <b>b</b>", .unsafe) == "<p>a <b>b</b></p>\n")
    }

    @Test(
        "dangerous URLs are emptied in any letter case",
        arguments: ["javascript:alert(1)", "JavaScript:x", "vbscript:x", "file:///etc/passwd", "data:text/html,x"])
    func dangerousURL(url: String) {
        #expect(render("[a](\(url))") == "<p><a href=\"\">a</a></p>\n")
    }

    @Test("image data URLs and ordinary URLs are kept")
    func safeURLs() {
        #expect(
            render("![a](data:image/png;base64,AA)") == "<p><img src=\"data:image/png;base64,AA\" alt=\"a\" /></p>\n")
        #expect(
            render("[a](https://example.com/路?q=1&r='2')")
                == "<p><a href=\"https://example.com/%E8%B7%AF?q=1&amp;r=&#x27;2&#x27;\">a</a></p>\n")
    }

    @Test("invalid UTF-8 becomes U+FFFD")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("a".utf8) + [0xFF, 0xC3] + Array("中".utf8)
        #expect(HTMLRenderer().render(Document(parsing: bytes)) == "<p>a\u{FFFD}\u{FFFD}中</p>\n")
    }
}
