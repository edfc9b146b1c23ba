import GazetteContent
import Testing

@Suite("site.yml")
struct SiteConfigTests {
    @Test("keys are read and unknown keys warned about with their line")
    func keys() {
        var diagnostics: [Diagnostic] = []
        let config = SiteConfig.parse(
            "title: 日报\nbaseURL: https://news.example.com\npageSize: 5\ncolour: red\nstrip: [扫码看视频]\n",
            file: "Content/site.yml", diagnostics: &diagnostics)
        #expect(config.title == "日报")
        #expect(config.baseURL == "https://news.example.com/")
        #expect(config.pageSize == 5)
        #expect(config.strip == ["扫码看视频"])
        #expect(diagnostics.count == 1)
        #expect(
            diagnostics.first?.description.hasPrefix(
                "Content/site.yml:4:1: warning: unknown key 'colour' in site.yml is ignored; known keys: ") == true)
    }

    @Test("bad values are errors that say what to write")
    func badValues() {
        var diagnostics: [Diagnostic] = []
        _ = SiteConfig.parse(
            "baseURL: example.com\npageSize: -1\ntimezone: Mars/Base\n", file: "Content/site.yml",
            diagnostics: &diagnostics)
        #expect(
            diagnostics.map(\.description) == [
                "Content/site.yml:1:10: error: baseURL 'example.com' is not an absolute http(s) URL; write it like 'https://news.example.com/'",
                "Content/site.yml:2:11: error: pageSize must be a whole number above 0, like 'pageSize: 20'",
                "Content/site.yml:3:11: error: unknown timezone 'Mars/Base'; use an IANA name such as 'Asia/Shanghai' or 'UTC'",
            ])
    }
}
