/// FNV-1a, 64 bits: the same value in every process, unlike `Hasher`, so fingerprints can be
/// compared across rebuilds and stored on disk.
public struct StableHasher: Sendable {
    /// The hash so far.
    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// A fresh hasher.
    public init() {}

    /// Mixes in bytes.
    public mutating func combine(bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
        // A separator, so ("ab", "c") and ("a", "bc") differ.
        value ^= 0xFF
        value &*= 0x0000_0100_0000_01B3
    }

    /// Mixes in a string's UTF-8.
    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(bytes: $0) }
    }

    /// Mixes in an integer.
    public mutating func combine(_ number: Int) {
        withUnsafeBytes(of: number.littleEndian) { combine(bytes: $0) }
    }

    /// Mixes in another hash.
    public mutating func combine(_ hash: UInt64) {
        withUnsafeBytes(of: hash.littleEndian) { combine(bytes: $0) }
    }

    /// The hash of bytes.
    public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(bytes: bytes)
        return hasher.value
    }
}
