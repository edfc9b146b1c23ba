import GazetteContent
import Testing

@Suite("Diagnostic text and order")
struct DiagnosticTests {
    @Test("printed compiler-style, with the line and column only when known")
    func description() {
        var bytes: [UInt8] = []
        let located = Diagnostic.error("Content/a.md", line: 3, column: 12, "坏的链接; fix it")
        located.write(to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "Content/a.md:3:12: error: 坏的链接; fix it")
        #expect(located.description == "Content/a.md:3:12: error: 坏的链接; fix it")
        #expect(
            Diagnostic.warning("Content/b.md", line: 7, "no title").description == "Content/b.md:7: warning: no title")
        #expect(Diagnostic.warning("site.yml", "unknown key").description == "site.yml: warning: unknown key")
    }

    @Test("display order: file, line, column, errors first, then message")
    func displayOrder() {
        let sorted = [
            Diagnostic.error("Content/a.md", line: 2, column: 1, "b"),
            Diagnostic.error("Content/a.md", line: 2, column: 5, "a"),
            Diagnostic.error("Content/a.md", line: 10, column: 1, "a"),
            Diagnostic.error("Content/b.md", line: 1, column: 1, "z"),
            Diagnostic.warning("Content/b.md", line: 1, column: 1, "a"),
        ]
        #expect(sorted.sortedForDisplay() == sorted)
        #expect(Array(sorted.reversed()).sortedForDisplay() == sorted)
        #expect([sorted[2], sorted[0], sorted[4], sorted[1], sorted[3]].sortedForDisplay() == sorted)
        #expect([Diagnostic]().sortedForDisplay().isEmpty)
    }
}
