/// The text of a source file, for turning cmark's byte columns into the character columns
/// editors show.
public struct SourceText: Sendable {
    /// The text, invalid UTF-8 repaired.
    public let text: String
    private let lineStarts: [String.UTF8View.Index]

    /// Indexes the lines of `text`.
    public init(_ text: String) {
        self.text = text
        var starts = [text.utf8.startIndex]
        var index = text.utf8.startIndex
        while index < text.utf8.endIndex {
            let byte = text.utf8[index]
            index = text.utf8.index(after: index)
            if byte == UInt8(ascii: "\n") { starts.append(index) }
        }
        lineStarts = starts
    }

    /// The 1-based character column of a 1-based byte column on a 1-based line.
    public func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn > 1 else { return max(byteColumn, 1) }
        let start = lineStarts[line - 1]
        let end = text.utf8.index(start, offsetBy: byteColumn - 1, limitedBy: text.utf8.endIndex) ?? text.utf8.endIndex
        let scalars = text.unicodeScalars
        guard let from = start.samePosition(in: scalars) else { return byteColumn }
        var count = 0
        var position = from
        while position < scalars.endIndex, position < end {
            position = scalars.index(after: position)
            count += 1
        }
        return count + 1
    }

    /// The text of a 1-based line without its line ending.
    public func line(_ number: Int) -> Substring {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        let end = number < lineStarts.count ? text.utf8.index(before: lineStarts[number]) : text.utf8.endIndex
        return text[start..<end]
    }

    /// The number of lines.
    public var lineCount: Int { lineStarts.count }
}
