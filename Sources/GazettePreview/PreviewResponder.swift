import Foundation
import GazetteContent
import Hummingbird

/// Answers preview requests from the in-memory build: pages with the live-reload script, files
/// of `Content/`, the event stream, redirects for folder URLs, the theme's 404 page, `HEAD`,
/// `ETag`/`If-None-Match`, and refusals for paths that try to leave the site.
public struct PreviewResponder: Sendable {
    let store: PreviewStore
    let events: LiveEvents
    /// `Content/`, resolved through symbolic links.
    let contentRoot: String

    /// Creates a responder for a store, its events and the site's `Content/` folder.
    public init(store: PreviewStore, events: LiveEvents, content: URL) {
        self.store = store
        self.events = events
        self.contentRoot = content.resolvingSymlinksInPath().path
    }

    /// The response to a request.
    public func respond(to request: Request) -> Response {
        let isHead = request.method == .head
        guard request.method == .get || isHead else {
            return Self.text(
                .methodNotAllowed, "Only GET and HEAD are served by the preview.\n", extra: [.allow: "GET, HEAD"])
        }
        switch RequestPath(raw: request.uri.path) {
        case .live:
            return live()
        case .malformed:
            return Self.text(.badRequest, "The path is not valid percent-encoding.\n")
        case .forbidden:
            return Self.text(.forbidden, "Paths outside the site are refused.\n")
        case .file(let path):
            return file(path, request: request, isHead: isHead)
        }
    }

    private func file(_ path: String, request: Request, isHead: Bool) -> Response {
        if let found = store.file(path) {
            return serve(found, status: .ok, request: request, isHead: isHead)
        }
        if store.file(path + "/index.html") != nil {
            var location = request.uri.path + "/"
            if let query = request.uri.query { location += "?" + query }
            return Response(status: .movedPermanently, headers: [.location: location, .contentLength: "0"])
        }
        if let asset = asset(path) {
            return serve(asset, status: .ok, request: request, isHead: isHead)
        }
        let snapshot = store.snapshot
        if snapshot.files.isEmpty, !snapshot.errors.isEmpty {
            let html = Array(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Build failed</title></head><body></body></html>"
                    .utf8)
            return serve(
                PreviewFile(bytes: html, path: "error.html", hash: 0), status: .internalServerError, request: request,
                isHead: isHead)
        }
        if let notFound = store.file("404.html") {
            return serve(notFound, status: .notFound, request: request, isHead: isHead)
        }
        return Self.text(.notFound, "Not found.\n")
    }

    /// A file of `Content/` that the build copies (images, PDFs), read from disk; a path that a
    /// symbolic link leads out of `Content/` is not served.
    private func asset(_ path: String) -> PreviewFile? {
        guard store.snapshot.assets.contains(path) else { return nil }
        let url = URL(fileURLWithPath: contentRoot).appendingPathComponent(path).resolvingSymlinksInPath()
        guard url.path.hasPrefix(contentRoot + "/"), let data = FileManager.default.contents(atPath: url.path) else {
            return nil
        }
        let bytes = [UInt8](data)
        return PreviewFile(bytes: bytes, path: path, hash: StableHasher.hash(bytes))
    }

    private func serve(_ file: PreviewFile, status: HTTPResponse.Status, request: Request, isHead: Bool) -> Response {
        var headers: HTTPFields = [.contentType: file.contentType, .eTag: file.etag]
        headers[.cacheControl] = "no-cache"
        if status == .ok, let match = request.headers[.ifNoneMatch],
            match.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == file.etag })
        {
            return Response(status: .notModified, headers: headers)
        }
        let bytes = file.isHTML ? LiveReloadScript.inject(into: file.bytes, etag: file.etag) : file.bytes
        headers[.contentLength] = String(bytes.count)
        if isHead { return Response(status: status, headers: headers) }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private struct Hello: Encodable {
        var errors: [String]
    }

    private func live() -> Response {
        let stream = events.subscribe()
        let errors = store.snapshot.errors.map(\.description)
        let hello =
            (try? JSONEncoder().encode(Hello(errors: errors))).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"]
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "retry: 500\nevent: hello\ndata: \(hello)\n\n"))
                for await message in stream {
                    try await writer.write(ByteBuffer(string: message))
                }
                try await writer.finish(nil)
            })
    }

    private static func text(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8", .contentLength: String(text.utf8.count)]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
