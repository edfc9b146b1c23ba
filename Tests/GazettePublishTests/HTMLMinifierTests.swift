import GazettePublish
import Testing

@Suite("HTML minifier")
struct HTMLMinifierTests {
    @Test("whitespace collapses outside pre, textarea, script and style")
    func minify() {
        let html =
            "<div>\n    <p>a   b\n  c</p>\n    <pre>  x\n    y</pre>\n<script>\n  let a  = 1;\n</script>\n</div>\n"
        #expect(
            HTMLMinifier.minify(html)
                == "<div>\n<p>a b c</p>\n<pre>  x\n    y</pre>\n<script>\n  let a  = 1;\n</script>\n</div>\n")
    }
}
