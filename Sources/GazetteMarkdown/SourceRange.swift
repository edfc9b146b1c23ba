/// The span of a node in its Markdown source, both ends inclusive (cmark's `data-sourcepos`).
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    /// Where the node starts.
    public var start: SourceLocation
    /// Where the node ends (inclusive).
    public var end: SourceLocation

    /// Creates a range from two locations.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// Creates a range from line and column numbers.
    public init(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
        self.init(
            start: SourceLocation(line: startLine, column: startColumn),
            end: SourceLocation(line: endLine, column: endColumn))
    }

    /// A range for nodes made by Gazette rather than read from a source.
    public static let synthesized = SourceRange(startLine: 0, startColumn: 0, endLine: 0, endColumn: 0)

    /// `l:c-l:c`, the form of cmark's `data-sourcepos` attribute.
    public var description: String { "\(start)-\(end)" }
}
