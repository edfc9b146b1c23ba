/// A position in a Markdown source: 1-based line and 1-based byte column, as cmark counts them.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    private let storedLine: Int32
    private let storedColumn: Int32

    /// The 1-based line.
    public var line: Int { Int(storedLine) }
    /// The 1-based column, counted in UTF-8 bytes like cmark and compilers do.
    public var column: Int { Int(storedColumn) }

    /// Creates a location; values are clamped to what the compact storage holds.
    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    /// `line:column`, the form diagnostics print.
    public var description: String { "\(line):\(column)" }

    /// Orders locations by line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }
}
