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
        if line == lastLine {
            if lastByte <= target {
                (offset, scalars) = (lastByte, lastScalars)
            } else if lastByte - target < target - start {
                // Inlines come after their block, whose end already counted the whole line:
                // back from there when that is the shorter way.
                scalars = lastScalars - Self.scalarStarts(in: base + target, count: lastByte - target)
                (lastByte, lastScalars) = (target, scalars)
                return scalars + 1
            }
        }
        scalars += Self.scalarStarts(in: base + offset, count: target - offset)
        (lastLine, lastByte, lastScalars) = (line, target, scalars)
        return scalars + 1
    }

    /// How many scalars start in `count` bytes from `pointer`. Every byte that does not continue a
    /// sequence (10xxxxxx) starts one; eight at a time, a continuation byte is one whose top bit
    /// is set and whose next bit, shifted up, is not.
    private static func scalarStarts(in pointer: UnsafePointer<UInt8>, count: Int) -> Int {
        var (offset, scalars) = (0, 0)
        while offset + 8 <= count {
            let word = UnsafeRawPointer(pointer + offset).loadUnaligned(as: UInt64.self)
            scalars += 8 - (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            offset += 8
        }
        while offset < count {
            if pointer[offset] & 0xC0 != 0x80 { scalars += 1 }
            offset += 1
        }
        return scalars
    }
}
