import Foundation

/// Reads what `ByteWriter` wrote, in the same order; any read past the end or of an impossible
/// value throws, so a truncated or corrupt cache is refused rather than trusted.
public struct ByteReader: Sendable {
    /// The cache bytes are truncated or not in the expected format.
    public struct Corrupt: Error, Sendable {
        /// The error.
        public init() {}
    }

    private let bytes: [UInt8]
    private var offset = 0

    /// A reader at the start of `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// True when every byte was read.
    public var isAtEnd: Bool { offset == bytes.count }

    /// Reads a 64-bit unsigned integer.
    public mutating func readUInt64() throws -> UInt64 {
        guard offset + 8 <= bytes.count else { throw Corrupt() }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        offset += 8
        return value
    }

    /// Reads a 64-bit integer.
    public mutating func readInt() throws -> Int {
        Int(Int64(bitPattern: try readUInt64()))
    }

    /// Reads a count, which is never negative nor larger than what is left to read.
    public mutating func readCount() throws -> Int {
        let count = try readInt()
        guard count >= 0, count <= bytes.count - offset else { throw Corrupt() }
        return count
    }

    /// Reads raw bytes written with `ByteWriter.write(bytes:)`.
    public mutating func readBytes() throws -> [UInt8] {
        let count = try readCount()
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    /// Reads a flag.
    public mutating func readBool() throws -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Corrupt() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    /// Reads a time.
    public mutating func readDate() throws -> Date {
        Date(timeIntervalSince1970: Double(bitPattern: try readUInt64()))
    }

    /// Reads a string; invalid UTF-8 means corruption.
    public mutating func readString() throws -> String {
        let count = try readCount()
        let start = offset
        offset += count
        // The checksum vouches for the bytes; decoding still never yields invalid text.
        return bytes.withUnsafeBufferPointer { String(decoding: $0[start..<start + count], as: UTF8.self) }
    }

    /// Reads an optional value.
    public mutating func readOptional<Value>(_ body: (inout ByteReader) throws -> Value) throws -> Value? {
        try readBool() ? try body(&self) : nil
    }

    /// Reads a list.
    public mutating func readArray<Element>(_ body: (inout ByteReader) throws -> Element) throws -> [Element] {
        let count = try readCount()
        var result: [Element] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try body(&self)) }
        return result
    }

    /// Reads a list of strings.
    public mutating func readStrings() throws -> [String] {
        try readArray { try $0.readString() }
    }

    /// Reads an optional string.
    public mutating func readOptionalString() throws -> String? {
        try readOptional { try $0.readString() }
    }

    /// Reads an optional integer.
    public mutating func readOptionalInt() throws -> Int? {
        try readOptional { try $0.readInt() }
    }
}
