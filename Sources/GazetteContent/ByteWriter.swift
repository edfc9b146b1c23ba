import Foundation

/// Appends values to a byte buffer in Gazette's cache format: little-endian integers, strings
/// as a length and UTF-8 bytes. Read back with `ByteReader` in the same order.
public struct ByteWriter: Sendable {
    /// What was written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty writer.
    public init() {}

    /// An empty writer with room for `capacity` bytes.
    public init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends a 64-bit integer.
    public mutating func write(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends an unsigned 64-bit integer.
    public mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a count, then raw bytes (read back with `ByteReader.readBytes`).
    public mutating func write(bytes values: [UInt8]) {
        write(values.count)
        bytes.append(contentsOf: values)
    }

    /// Appends a flag.
    public mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    /// Appends a time as its bit pattern, so it reads back exactly.
    public mutating func write(_ value: Date) {
        write(value.timeIntervalSince1970.bitPattern)
    }

    /// Appends a string.
    public mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Appends an optional value: a flag, then the value when there is one.
    @inlinable public mutating func write<Value>(_ value: Value?, _ body: (inout ByteWriter, Value) -> Void) {
        write(value != nil)
        if let value { body(&self, value) }
    }

    /// Appends a count, then each element.
    ///
    /// Inlinable, as is the optional form: specialized where the cache is written instead of
    /// called through generic metadata for each of its hundreds of thousands of values.
    @inlinable public mutating func write<Element>(_ values: [Element], _ body: (inout ByteWriter, Element) -> Void) {
        write(values.count)
        for value in values { body(&self, value) }
    }

    /// Appends a list of strings.
    public mutating func write(_ values: [String]) {
        write(values) { $0.write($1) }
    }

    /// Appends an optional string.
    public mutating func write(_ value: String?) {
        write(value) { $0.write($1) }
    }

    /// Appends an optional integer.
    public mutating func write(_ value: Int?) {
        write(value) { $0.write($1) }
    }
}
