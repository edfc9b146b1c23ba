import Foundation

/// A request path checked and mapped to a file of the site, with traversal refused.
enum RequestPath: Equatable {
    /// The live-reload event stream.
    case live
    /// A file of the build or of `Content/`, relative to the site root, as requested.
    case file(String)
    /// A path that tries to leave the site (`..`, encoded or not, NUL, backslashes).
    case forbidden
    /// A path that is not valid percent-encoding.
    case malformed

    /// The live-reload endpoint.
    static let liveEndpoint = "/_gazette/live"

    /// Checks a raw (percent-encoded) request path.
    init(raw: String) {
        if raw == Self.liveEndpoint {
            self = .live
            return
        }
        guard let decoded = raw.removingPercentEncoding else {
            self = .malformed
            return
        }
        if raw.contains("\\") || decoded.contains("\\") || decoded.contains("\0") || !decoded.hasPrefix("/") {
            self = .forbidden
            return
        }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false)
        if segments.contains(where: { $0 == ".." || $0 == "." }) {
            self = .forbidden
            return
        }
        var relative = String(decoded.dropFirst())
        if relative.isEmpty || relative.hasSuffix("/") { relative += "index.html" }
        self = .file(relative)
    }
}
