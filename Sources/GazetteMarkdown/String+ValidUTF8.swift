#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension String {
    /// A string of bytes already known to be valid UTF-8, copied without validating them again.
    ///
    /// Validating costs about 20 µs per 12 KB of Chinese text, a hundred times the copy, and an
    /// article's text would be validated three times over: on reading, in every cmark literal and
    /// in its rendered HTML. Callers pass only bytes they validated or assembled from strings;
    /// debug builds (and so the tests) check that they are right.
    public init(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        assert(String(validating: bytes, as: UTF8.self) != nil, "bytes passed as valid UTF-8 are not")
        self = String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: Self.isASCII(bytes)))
    }

    /// A string of a NUL-terminated C string known to be valid UTF-8 (see `init(validUTF8:)`).
    public init(validUTF8CString pointer: UnsafePointer<CChar>) {
        let count = strlen(pointer)
        self = pointer.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(validUTF8: UnsafeBufferPointer(start: $0, count: count))
        }
    }

    /// Whether all bytes are ASCII, eight at a time: strings that know they are ASCII take the
    /// standard library's fast paths for counting and indexing.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        var high: UInt64 = 0
        while index + 8 <= bytes.count {
            high |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            high |= UInt64(base[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }
}
