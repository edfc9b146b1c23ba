/// Splits template source into text and tag tokens, following set-delimiter tags.
struct MustacheScanner {
    private let source: [UInt8]
    private let locator: SourceLocator
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    private var tokens: [MustacheToken] = []

    private init(source: [UInt8], locator: SourceLocator) {
        self.source = source
        self.locator = locator
    }

    /// The tokens of a template source.
    static func tokens(
        of source: [UInt8], locator: SourceLocator
    ) throws(MustacheSyntaxError) -> [MustacheToken] {
        var scanner = MustacheScanner(source: source, locator: locator)
        var position = 0
        while position < source.count {
            guard let tagStart = scanner.find(scanner.open, in: position..<source.count) else {
                scanner.appendText(position..<source.count)
                break
            }
            scanner.appendText(position..<tagStart)
            position = try scanner.scanTag(at: tagStart)
        }
        return scanner.tokens
    }

    /// Scans the tag whose opening delimiter starts at `start`; returns the offset after it.
    private mutating func scanTag(at start: Int) throws(MustacheSyntaxError) -> Int {
        var position = start + open.count
        let sigil = position < source.count ? source[position] : 0
        var kind = MustacheToken.Kind.variable
        var terminator = close
        switch sigil {
        case UInt8(ascii: "{"):
            kind = .unescaped
            terminator = [UInt8(ascii: "}")] + close
        case UInt8(ascii: "&"): kind = .unescaped
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "="):
            kind = .delimiters
            terminator = [UInt8(ascii: "=")] + close
        default: break
        }
        if kind != .variable { position += 1 }
        guard let closeAt = find(terminator, in: position..<source.count) else {
            // `{{=<% %>}}` closes, but not as a set-delimiter tag.
            let closes = kind == .delimiters && find(close, in: position..<source.count) != nil
            throw locator.error(closes ? .invalidDelimiters : .unclosedTag, at: start)
        }
        // Another opening delimiter before this tag closes means the tag itself was never closed
        // (`{{title}</p><p>{{body}}`). Comments may say anything, and a set-delimiter tag may
        // name the current delimiters.
        if kind != .comment, kind != .delimiters, find(open, in: position..<closeAt) != nil {
            throw locator.error(.unclosedTag, at: start)
        }
        let end = closeAt + terminator.count
        switch kind {
        case .comment:
            tokens.append(MustacheToken(kind: kind, range: start..<end, content: position..<position))
        case .delimiters:
            try setDelimiters(from: trimmed(position..<closeAt), tagStart: start)
            tokens.append(MustacheToken(kind: kind, range: start..<end, content: position..<position))
        default:
            let name = trimmed(position..<closeAt)
            try validate(name, kind: kind, tagStart: start)
            tokens.append(MustacheToken(kind: kind, range: start..<end, content: name))
        }
        return end
    }

    /// Checks a tag's name: no whitespace inside, and for names looked up in the context no empty
    /// part between dots.
    private func validate(_ name: Range<Int>, kind: MustacheToken.Kind, tagStart: Int) throws(MustacheSyntaxError) {
        guard !name.isEmpty else { throw locator.error(.emptyTagName, at: tagStart) }
        var name = name
        var isPath = kind == .variable || kind == .unescaped || kind == .section || kind == .inverted
        if kind == .partial || kind == .parent || kind == .close, source[name.lowerBound] == UInt8(ascii: "*") {
            // A dynamic name: `*` and then a dotted name, whitespace between them allowed.
            name = trimmed(name.lowerBound + 1..<name.upperBound)
            guard !name.isEmpty else { throw locator.error(.emptyTagName, at: tagStart) }
            isPath = kind != .close
        }
        let invalid = MustacheSyntaxError.Kind.invalidTagName(string(name))
        if name.contains(where: { Self.isWhitespace(source[$0]) }) { throw locator.error(invalid, at: tagStart) }
        guard isPath, name.count > 1 || source[name.lowerBound] != UInt8(ascii: ".") else { return }
        var partLength = 0
        for index in name {
            if source[index] != UInt8(ascii: ".") {
                partLength += 1
            } else if partLength == 0 {
                throw locator.error(invalid, at: tagStart)
            } else {
                partLength = 0
            }
        }
        if partLength == 0 { throw locator.error(invalid, at: tagStart) }
    }

    /// Reads `<open> <close>` from a set-delimiter tag.
    private mutating func setDelimiters(from content: Range<Int>, tagStart: Int) throws(MustacheSyntaxError) {
        guard let gap = content.firstIndex(where: { Self.isWhitespace(source[$0]) }) else {
            throw locator.error(.invalidDelimiters, at: tagStart)
        }
        let newOpen = content.lowerBound..<gap
        let newClose = trimmed(gap..<content.upperBound)
        for part in [newOpen, newClose] {
            let invalid = part.contains { Self.isWhitespace(source[$0]) || source[$0] == UInt8(ascii: "=") }
            if part.isEmpty || invalid { throw locator.error(.invalidDelimiters, at: tagStart) }
        }
        open = Array(source[newOpen])
        close = Array(source[newClose])
    }

    /// Appends literal text as tokens that each end with a line break or at the end of the text.
    private mutating func appendText(_ range: Range<Int>) {
        var start = range.lowerBound
        for index in range where source[index] == UInt8(ascii: "\n") {
            tokens.append(MustacheToken(kind: .text, range: start..<index + 1, content: start..<start))
            start = index + 1
        }
        if start < range.upperBound {
            tokens.append(MustacheToken(kind: .text, range: start..<range.upperBound, content: start..<start))
        }
    }

    /// The first offset in a range where `needle` starts.
    private func find(_ needle: [UInt8], in range: Range<Int>) -> Int? {
        guard let first = needle.first, range.count >= needle.count else { return nil }
        var index = range.lowerBound
        let last = range.upperBound - needle.count
        while index <= last {
            if source[index] == first {
                var matched = 1
                while matched < needle.count, source[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// A range without the whitespace at either end.
    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, Self.isWhitespace(source[lower]) { lower += 1 }
        while upper > lower, Self.isWhitespace(source[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: source[range], as: UTF8.self)
    }

    /// Whitespace inside tags: space, tab and line breaks.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
