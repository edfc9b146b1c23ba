#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count, let found = memchr(base + offset, 0x0A, bytes.count - offset) {
            offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            lineStarts.append(offset)
        }
    }

    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn > 1, let base = bytes.baseAddress else {
            return max(byteColumn, 1)
        }
        let start = lineStarts[line - 1]
        let target = min(start + byteColumn - 1, bytes.count)
        var (offset, scalars) = (start, 0)
        if line == lastLine, lastByte <= target { (offset, scalars) = (lastByte, lastScalars) }
        // Every byte that does not continue a sequence (10xxxxxx) starts a scalar; eight at a time,
        // a continuation byte is one whose top bit is set and whose next bit, shifted up, is not.
        while offset + 8 <= target {
            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            scalars += 8 - (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            offset += 8
        }
        while offset < target {
            if base[offset] & 0xC0 != 0x80 { scalars += 1 }
            offset += 1
        }
        (lastLine, lastByte, lastScalars) = (line, target, scalars)
        return scalars + 1
    }
}
