import Foundation
import GazetteBuild
import GazettePreview
import GazetteTesting
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Preview HTTP")
struct PreviewResponderTests {
    static let files = [
        "Content/2026/04/talks.md": "---\ntitle: 会谈结束\ndate: 2026-04-12\nslug: talks\n---\n\n正文第一段。\n",
        "Content/2026/04/images/map.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    ]

    /// Builds the site in memory and runs `test` against the preview application, without a socket.
    func withPreview(
        _ files: [String: String] = files, _ test: @Sendable (any TestClientProtocol, TestSite) async throws -> Void
    ) async throws {
        let site = try TestSite(files)
        defer { site.remove() }
        let session = PreviewSession(options: site.options())
        await session.rebuild()
        let responder = PreviewResponder(
            store: session.store, events: session.events, content: site.root.appendingPathComponent("Content"))
        let app = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in responder.respond(to: request) })
        try await app.test(.router) { client in try await test(client, site) }
    }

    @Test("pages are HTML in UTF-8 with the live-reload script, never cached")
    func page() async throws {
        try await withPreview { client, _ in
            try await client.execute(uri: "/2026/04/talks/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.cacheControl] == "no-cache")
                let body = String(buffer: response.body)
                #expect(body.contains("<h1 class=\"story-title\">会谈结束</h1>"))
                #expect(body.contains("new EventSource(\"/_gazette/live\")"))
                #expect(body.hasSuffix("</body>\n</html>\n"))
            }
        }
    }

    @Test(
        "types carry a charset for text",
        arguments: [
            ("/style.css", "text/css; charset=utf-8"), ("/feed.xml", "application/xml; charset=utf-8"),
            ("/sitemap.xml", "application/xml; charset=utf-8"), ("/robots.txt", "text/plain; charset=utf-8"),
            ("/2026/04/images/map.svg", "image/svg+xml; charset=utf-8"),
        ])
    func types(path: String, type: String) async throws {
        try await withPreview { client, _ in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == type)
            }
        }
    }

    @Test("a folder URL without its slash redirects, keeping the query")
    func redirect() async throws {
        try await withPreview { client, _ in
            try await client.execute(uri: "/2026/04/talks?x=1", method: .get) { response in
                #expect(response.status == .movedPermanently)
                #expect(response.headers[.location] == "/2026/04/talks/?x=1")
            }
        }
    }

    @Test("an unknown URL gets the theme's 404 page with status 404")
    func notFound() async throws {
        try await withPreview { client, _ in
            try await client.execute(uri: "/no/such/page/", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("页面不存在"))
            }
        }
    }

    @Test("ETag and If-None-Match give 304; HEAD has the headers and no body")
    func conditional() async throws {
        try await withPreview { client, _ in
            let etag = try await client.execute(uri: "/", method: .get) { $0.headers[.eTag] }
            let tag = try #require(etag)
            try await client.execute(uri: "/", method: .get, headers: [.ifNoneMatch: tag]) { response in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
            }
            try await client.execute(uri: "/", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.eTag] == tag)
                #expect(response.body.readableBytes == 0)
            }
        }
    }

    @Test(
        "paths that try to leave the site are refused",
        arguments: [
            "/../Content/site.yml", "/%2e%2e/%2e%2e/etc/passwd", "/2026/%2E%2E/%2E%2E/Package.swift", "/a%00b",
            "/..%5c..%5cetc", "/2026\\..\\x",
        ])
    func traversal(path: String) async throws {
        try await withPreview { client, _ in
            try await client.execute(uri: path, method: .get) { response in
                #expect([.forbidden, .badRequest].contains(response.status), "\(path) → \(response.status)")
                #expect(!String(buffer: response.body).contains("root:"))
            }
        }
    }

    @Test("a symbolic link out of Content/ is not served")
    func symlink() async throws {
        try await withPreview { client, site in
            let outside = site.root.appendingPathComponent("secret.txt")
            try Data("secret".utf8).write(to: outside)
            try FileManager.default.createSymbolicLink(
                at: site.root.appendingPathComponent("Content/2026/04/images/link.txt"), withDestinationURL: outside)
            try await client.execute(uri: "/2026/04/images/link.txt", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(!String(buffer: response.body).contains("secret"))
            }
        }
    }

    @Test("other methods are not allowed")
    func methods() async throws {
        try await withPreview { client, _ in
            try await client.execute(uri: "/", method: .post) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, HEAD")
            }
        }
    }
}
