import GazetteContent
import Testing

@Suite("Site URLs")
struct SiteURLsTests {
    @Test(
        "paths are normalized by text: dot segments resolved, repeated slashes collapsed",
        arguments: [
            ("/a/./b/../c", "/a/c"), ("a//b/", "a/b"), ("/../x", "/x"), ("/", "/"), ("", ""),
            ("/2025/新闻/./图片/../a.jpg", "/2025/新闻/a.jpg"), ("../../up.md", "up.md"), ("/a/.b/..c/...", "/a/.b/..c/..."),
        ])
    func normalizedPath(path: String, expected: String) {
        #expect(SiteURLs.normalizedPath(path) == expected)
    }
}
