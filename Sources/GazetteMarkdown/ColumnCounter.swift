/// Turns cmark's 1-based byte columns into 1-based character (Unicode scalar) columns while the
/// parsed bytes are still at hand, so no later pass has to rebuild the tree to fix them.
///
/// Nodes come in source order, so it counts on from the last position on the same line
/// instead of from the line start each time.
final class ColumnCounter {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var lineStarts: [Int] = [0]
    private var lastLine = 0
    private var lastByte = 0
    private var lastScalars = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(offset + 1) }
    }

    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn > 1 else { return max(byteColumn, 1) }
        let start = lineStarts[line - 1]
        let target = min(start + byteColumn - 1, bytes.count)
        var (offset, scalars) = (start, 0)
        if line == lastLine, lastByte <= target { (offset, scalars) = (lastByte, lastScalars) }
        while offset < target {
            // Every byte that does not continue a sequence starts a scalar.
            if bytes[offset] & 0xC0 != 0x80 { scalars += 1 }
            offset += 1
        }
        (lastLine, lastByte, lastScalars) = (line, target, scalars)
        return scalars + 1
    }
}
