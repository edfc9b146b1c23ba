/// Eight bytes of UTF-8 tested at once, for escapers that copy runs with nothing to escape whole.
///
/// A byte equal to `b` is a zero byte of `word ^ b…b`, and `(y - n…n) & ~y & 0x80…80` is
/// non-zero exactly when some byte of `y` is below `n` (for `n` up to 0x80; `n = 1` finds a zero).
public enum ByteWord {
    /// Up to four bytes to look for, each repeated in all eight lanes of a word: fixed fields
    /// rather than an array, so a test is four exclusive ors with nothing to load or count.
    public struct Bytes: Sendable {
        @usableFromInline let lanes: (UInt64, UInt64, UInt64, UInt64)

        /// The bytes of an ASCII literal of one to four characters.
        public init(_ ascii: StaticString) {
            precondition((1...4).contains(ascii.utf8CodeUnitCount), "one to four bytes")
            let bytes = (0..<4).map { ascii.utf8Start[min($0, ascii.utf8CodeUnitCount - 1)] }
            let lane = { (byte: UInt8) in 0x0101_0101_0101_0101 &* UInt64(byte) }
            lanes = (lane(bytes[0]), lane(bytes[1]), lane(bytes[2]), lane(bytes[3]))
        }
    }

    /// The eight bytes at `pointer`, in any alignment.
    @inlinable @inline(__always)
    public static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self)
    }

    /// Whether any byte of `word` is one of `bytes`.
    @inlinable @inline(__always)
    public static func contains(_ bytes: Bytes, in word: UInt64) -> Bool {
        let found =
            hasByte(below: 1, in: word ^ bytes.lanes.0) | hasByte(below: 1, in: word ^ bytes.lanes.1)
            | hasByte(below: 1, in: word ^ bytes.lanes.2) | hasByte(below: 1, in: word ^ bytes.lanes.3)
        return found != 0
    }

    /// Non-zero when any byte of `word` is below `limit` (at most 0x80).
    @inlinable @inline(__always)
    public static func hasByte(below limit: UInt8, in word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101 &* UInt64(limit)) & ~word & 0x8080_8080_8080_8080
    }
}
