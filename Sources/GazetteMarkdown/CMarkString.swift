import CCMark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Copies a string cmark allocated for the caller (`cmark_render_*`) and frees it.
func takeCMarkString(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    defer { free(pointer) }
    return String(cString: pointer)
}

/// Parses a UTF-8 buffer into a cmark tree the caller must free with `cmark_node_free`.
func parseCMarkDocument(_ buffer: UnsafeBufferPointer<UInt8>, flags: Int32) -> OpaquePointer? {
    guard let base = buffer.baseAddress, !buffer.isEmpty else {
        var empty: CChar = 0
        return cmark_parse_document(&empty, 0, flags)
    }
    return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        cmark_parse_document($0, buffer.count, flags)
    }
}
