import GazetteContent
import Testing

@Suite("Slugs and permalinks")
struct SlugTests {
    @Test(
        "titles become ASCII slugs",
        arguments: [
            ("美伊谈判无果而终", "mei-yi-tan-pan-wu-guo-er-zhong"),
            ("Tankers go dark near Hormuz!", "tankers-go-dark-near-hormuz"),
            ("霍尔木兹海峡 2026", "huo-er-mu-zi-hai-xia-2026"),
            ("Café au lait", "cafe-au-lait"),
        ])
    func slugs(title: String, slug: String) {
        #expect(Slug.make(from: title) == slug)
    }

    @Test("long slugs are cut at a syllable boundary within 60 characters")
    func longSlug() {
        let slug = Slug.make(from: "伊斯兰堡会谈落幕美伊未能握手双方各自离场海峡通航浓缩铀与冻结资产成为焦点")
        #expect(slug.count <= 60)
        #expect(!slug.hasSuffix("-"))
        #expect(slug.hasPrefix("yi-si-lan-bao-hui-tan"))
        #expect(slug.split(separator: "-").allSatisfy { !$0.isEmpty })
    }

    @Test("slugs and paths that would leave the output folder are refused")
    func unsafe() {
        #expect(Slug.problem(with: "../etc") == "contains a path separator")
        #expect(Slug.problem(with: "..") == "is a relative path")
        #expect(Slug.problem(with: "a\0b") == "contains a NUL character")
        #expect(Permalink.problem(with: "/2026/../../x/") == "contains '..' or '.'")
        #expect(Permalink.problem(with: "/a\\b/") == "contains a backslash")
        #expect(Permalink.problem(with: "/2026/04/ok/") == nil)
    }

    @Test("permalink patterns expand")
    func permalink() {
        let values = Permalink.Values(
            year: "2026", month: "04", day: "12", slug: "talks", section: "world", filename: "f")
        #expect(Permalink("/:year/:month/:slug/").expand(values) == "/2026/04/talks/")
        #expect(Permalink(":section/:day-:filename").expand(values) == "/world/12-f")
        // Empty values and doubled slashes collapse; unknown tokens and non-ASCII stay as written.
        let chinese = Permalink.Values(year: "2026", month: "04", day: "12", slug: "会谈", section: "", filename: "f")
        #expect(Permalink("//:section//:year/:unknown/:slug").expand(chinese) == "/2026/:unknown/会谈")
    }
}
