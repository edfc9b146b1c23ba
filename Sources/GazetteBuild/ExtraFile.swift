import Foundation
import GazetteContent
import GazetteTemplates

/// A file a build copies rather than renders: a theme static file or a Content asset, with a
/// fingerprint of its version so an incremental build copies only what changed.
struct ExtraFile: Sendable {
    /// Where the file comes from.
    enum Source: Sendable {
        case theme(ThemeFile)
        case asset(URL)
    }

    /// The output path (`style.css`, `2026/images/a.jpg`).
    var path: String
    var source: Source

    /// The theme file's bytes, or the asset's size, time and inode (assets are not read).
    var fingerprint: UInt64 {
        var hasher = StableHasher()
        hasher.combine(path)
        switch source {
        case .theme(let file):
            hasher.combine(bytes: (try? file.data()) ?? Data())
        case .asset(let url):
            if let stamp = ArticleCache.Stamp(path: url.path) {
                hasher.combine(stamp.size)
                hasher.combine(stamp.seconds)
                hasher.combine(stamp.nanoseconds)
                hasher.combine(stamp.inode)
            }
        }
        return hasher.value
    }

    /// Writes or copies the file into `output`.
    func write(_ output: some FileOutput) throws {
        switch source {
        case .theme(let file): try output.write([UInt8](try file.data()), to: path)
        case .asset(let url): try output.copy(url, to: path)
        }
    }
}
