/// The text of a source file, for turning cmark's byte columns into the character columns
/// editors show.
public struct SourceText: Sendable {
    /// The text, invalid UTF-8 repaired.
    public let text: String
    /// The UTF-8 offset where each line starts.
    private let lineStarts: [Int]

    /// Indexes the lines of `text`.
    public init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        lineStarts =
            text.utf8.withContiguousStorageIfAvailable { bytes in
                var starts = [0]
                for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
                return starts
            } ?? [0]
    }

    /// The 1-based character column of a 1-based byte column on a 1-based line.
    public func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn > 1 else { return max(byteColumn, 1) }
        let start = lineStarts[line - 1]
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            let end = min(start + byteColumn - 1, bytes.count)
            guard start < end else { return 1 }
            // Unicode scalars before the column: every byte that does not continue a sequence.
            var count = 0
            for offset in start..<end where bytes[offset] & 0xC0 != 0x80 { count += 1 }
            return count + 1
        } ?? byteColumn
    }

    /// The text of a 1-based line without its line ending.
    public func line(_ number: Int) -> Substring {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[number - 1])
        let end =
            number < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[number] - 1) : utf8.endIndex
        return text[start..<end]
    }

    /// The number of lines.
    public var lineCount: Int { lineStarts.count }
}
