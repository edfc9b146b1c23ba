/// Turns byte offsets of a template source into 1-based lines and columns.
///
/// Only errors and partial references need positions, so they are worked out on demand rather
/// than tracked while scanning.
struct SourceLocator: Sendable {
    private let source: [UInt8]
    /// Offsets where each line starts, ascending.
    private let lineStarts: [Int]

    init(_ source: [UInt8]) {
        self.source = source
        var starts = [0]
        for (offset, byte) in source.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The line and column of a byte offset; the column counts Unicode scalars.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        for index in lineStarts[low]..<min(offset, source.count) where source[index] & 0xC0 != 0x80 {
            column += 1
        }
        return (low + 1, column)
    }

    /// An error of a kind at the tag that starts at an offset.
    func error(_ kind: MustacheSyntaxError.Kind, at offset: Int) -> MustacheSyntaxError {
        let (line, column) = position(of: offset)
        return MustacheSyntaxError(kind: kind, line: line, column: column)
    }
}
