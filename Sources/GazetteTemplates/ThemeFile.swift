import Foundation

/// A static file of a theme (`static/style.css`), embedded or on disk.
public enum ThemeFile: Sendable, Hashable {
    /// Text compiled into the binary.
    case embedded(String)
    /// A file in the site's `Templates/static/` folder.
    case disk(URL)

    /// The file's bytes.
    public func data() throws -> Data {
        switch self {
        case .embedded(let text): return Data(text.utf8)
        case .disk(let url): return try Data(contentsOf: url)
        }
    }
}
