/// A fast reader for the YAML that front matter almost always is: `key: value` lines, quoted
/// strings without escapes, `[a, b]` lists and `- item` lists. Anything else (anchors, block
/// scalars, escapes, nested mappings, duplicate keys, tabs) makes it answer nil, and the caller
/// uses the full YAML parser, which also reports the errors. Yams with its node tree cost more
/// than parsing the Markdown body.
enum PlainYAML {
    /// A value: text, or a list of texts.
    enum Value: Equatable {
        case text(String)
        case list([String])
    }

    /// One top-level key with where it and its value are (1-based line in the YAML, column).
    struct Entry: Equatable {
        var key: String
        var line: Int
        var value: Value
        var valueLine: Int
        var valueColumn: Int
    }

    /// The entries of `text`, in order; nil when the text is outside the plain subset.
    static func entries(_ text: String) -> [Entry]? {
        var text = text
        // Bytes, not Characters: every character that matters here is ASCII.
        return text.withUTF8 { entries(bytes: $0) }
    }

    private static func entries(bytes: UnsafeBufferPointer<UInt8>) -> [Entry]? {
        var entries: [Entry] = []
        var keys = Set<String>()
        var openList: Int?  // index of an entry whose `- item` lines may follow
        var lineNumber = 0
        var lineStart = 0
        while lineStart < bytes.count || (lineStart == bytes.count && lineNumber == 0) {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            lineNumber += 1
            defer { lineStart = lineEnd + 1 }
            var end = lineEnd
            if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
            if line.contains(0x09) { return nil }
            var first = 0
            while first < line.count, line[first] == 0x20 { first += 1 }
            if first == line.count || line[first] == UInt8(ascii: "#") { continue }
            if line[first] == UInt8(ascii: "-"), first + 1 == line.count || line[first + 1] == 0x20 {
                guard let index = openList else { return nil }
                var start = first + 1
                while start < line.count, line[start] == 0x20 { start += 1 }
                guard let item = scalar(UnsafeBufferPointer(rebasing: line[start...])) else { return nil }
                if case .list(let items) = entries[index].value {
                    entries[index].value = .list(items + [item])
                } else {
                    entries[index].value = .list([item])
                }
                continue
            }
            guard first == 0, let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0,
                line[..<colon].allSatisfy(isKeyByte)
            else { return nil }
            let key = String(decoding: UnsafeBufferPointer(rebasing: line[..<colon]), as: UTF8.self)
            guard keys.insert(key).inserted, colon + 1 == line.count || line[colon + 1] == 0x20 else { return nil }
            var start = colon + 1
            while start < line.count, line[start] == 0x20 { start += 1 }
            let value = UnsafeBufferPointer(rebasing: line[start...])
            // Columns count characters: every byte that does not continue a UTF-8 sequence.
            let column = line[..<start].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } + 1
            openList = nil
            let parsed: Value
            if value.isEmpty {
                parsed = .text("")
                openList = entries.count
            } else if value[0] == UInt8(ascii: "[") {
                guard let items = flowList(value) else { return nil }
                parsed = .list(items)
            } else {
                guard let text = scalar(value) else { return nil }
                parsed = .text(text)
            }
            entries.append(Entry(key: key, line: lineNumber, value: parsed, valueLine: lineNumber, valueColumn: column))
        }
        return entries
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F || byte == 0x2D
    }

    /// A plain or simply quoted scalar, trailing spaces removed; nil when YAML would read it otherwise.
    private static func scalar(_ text: UnsafeBufferPointer<UInt8>) -> String? {
        var count = text.count
        while count > 0, text[count - 1] == 0x20 { count -= 1 }
        guard count > 0 else { return "" }
        let text = UnsafeBufferPointer(rebasing: text[..<count])
        let first = text[0]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            guard count >= 2, text[count - 1] == first else { return nil }
            let inner = UnsafeBufferPointer(rebasing: text[1..<(count - 1)])
            guard !inner.contains(first), first == UInt8(ascii: "'") || !inner.contains(UInt8(ascii: "\\")) else {
                return nil
            }
            return String(decoding: inner, as: UTF8.self)
        }
        // Bytes that start something else in YAML, and sequences that end a plain scalar.
        guard !Array("-?:,[]{}#&*!|>%@`".utf8).contains(first), text[count - 1] != UInt8(ascii: ":") else {
            return nil
        }
        for index in 0..<(count - 1) {
            if text[index] == UInt8(ascii: ":"), text[index + 1] == 0x20 { return nil }
            if text[index] == 0x20, text[index + 1] == UInt8(ascii: "#") { return nil }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `[a, "b", c]` with plain or simply quoted items.
    private static func flowList(_ text: UnsafeBufferPointer<UInt8>) -> [String]? {
        var count = text.count
        while count > 0, text[count - 1] == 0x20 { count -= 1 }
        guard count >= 2, text[0] == UInt8(ascii: "["), text[count - 1] == UInt8(ascii: "]") else { return nil }
        let inner = UnsafeBufferPointer(rebasing: text[1..<(count - 1)])
        if inner.allSatisfy({ $0 == 0x20 }) { return [] }
        var items: [String] = []
        for part in inner.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            var start = part.startIndex
            while start < part.endIndex, part[start] == 0x20 { start += 1 }
            let trimmed = UnsafeBufferPointer(rebasing: inner[start..<part.endIndex])
            guard !trimmed.isEmpty, !trimmed.contains(UInt8(ascii: "[")), !trimmed.contains(UInt8(ascii: "]")),
                let item = scalar(trimmed)
            else { return nil }
            items.append(item)
        }
        return items
    }
}
