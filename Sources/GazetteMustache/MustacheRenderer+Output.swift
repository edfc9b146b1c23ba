extension MustacheRenderer {
    /// Appends literal template text, with the current indentation at each line it starts.
    @inline(__always)
    mutating func appendText(_ instruction: MustacheInstruction, of template: LinkedTemplate) {
        let bytes = UnsafeBufferPointer(template.bytes)
        let start = Int(instruction.a)
        let end = Int(instruction.b)
        if instruction.c == instruction.d || indentation.count == indentationStart {
            output.append(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            return
        }
        var from = start
        for lineStart in template.lineStarts[Int(instruction.c)..<Int(instruction.d)] {
            output.append(UnsafeBufferPointer(rebasing: bytes[from..<Int(lineStart)]))
            appendIndentation()
            from = Int(lineStart)
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[from..<end]))
    }

    /// Appends the indentation that applies here, if any.
    @inline(__always)
    mutating func appendIndentation() {
        if indentation.count > indentationStart {
            indentation.withUnsafeBufferPointer {
                output.append(UnsafeBufferPointer(rebasing: $0[indentationStart...]))
            }
        }
    }

    /// Interpolates a value: strings (escaped or raw), bools as `true`/`false`, nothing else.
    @inline(__always)
    mutating func append(_ value: MustacheValue, escaped: Bool) {
        switch value {
        case .string(let string):
            if escaped { appendEscaped(string) } else { appendRaw(string) }
        case .bool(let flag):
            appendRaw(flag ? "true" : "false")
        case .null, .list, .object:
            break
        }
    }

    /// Appends a string's UTF-8 as it is.
    mutating func appendRaw(_ string: String) {
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { output.append($0) }
        if done == nil {
            var string = string
            string.withUTF8 { output.append($0) }
        }
    }

    /// Appends a string's UTF-8, HTML-escaped.
    mutating func appendEscaped(_ string: String) {
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
        if done == nil {
            var string = string
            string.withUTF8 { appendEscaped($0) }
        }
    }

    /// Appends UTF-8 with `& < > " '` as HTML entities, copying the runs between them whole.
    ///
    /// Eight bytes at a time are checked for any of the five at once, as most text has none.
    private mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var runStart = 0
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if !Self.hasSpecialByte(word) {
                    index += 8
                    continue
                }
            }
            let end = min(index + 8, bytes.count)
            while index < end {
                let byte = base[index]
                // A bit for each of `" & ' < >` (34, 38, 39, 60, 62).
                if byte < 64, (0x5000_00C4_0000_0000 as UInt64) >> byte & 1 != 0 {
                    output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    output.append(Self.entity(for: byte))
                    runStart = index + 1
                }
                index += 1
            }
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    /// Whether any byte of a word is one of `" & ' < >`: a byte equal to `b` is a zero byte of
    /// `word ^ b…b`, and `(y - 0x01…01) & ~y & 0x80…80` is non-zero exactly when `y` has a zero byte.
    @inline(__always)
    private static func hasSpecialByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var found: UInt64 = 0
        for byte: UInt64 in [0x22, 0x26, 0x27, 0x3C, 0x3E] {
            let y = word ^ (ones &* byte)
            found |= (y &- ones) & ~y & highs
        }
        return found != 0
    }

    @inline(__always)
    private static func entity(for byte: UInt8) -> UnsafeBufferPointer<UInt8> {
        let entity: StaticString
        switch byte {
        case UInt8(ascii: "&"): entity = "&amp;"
        case UInt8(ascii: "<"): entity = "&lt;"
        case UInt8(ascii: ">"): entity = "&gt;"
        case UInt8(ascii: "\""): entity = "&quot;"
        default: entity = "&#39;"
        }
        return UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount)
    }
}
