/// Compiles a template source into instructions.
///
/// Three passes over the tokens: match opening and closing tags, decide which whitespace the
/// standalone rules remove, then emit instructions (`MustacheParser+Build.swift`).
///
/// Text instructions record where the template's lines start. A standalone partial's indentation
/// goes there at render time, so it lands on the partial's own lines and never inside data it
/// interpolates. That is the same output as compiling the partial once per indentation, without
/// the cache that would need: recursive partials (a nested list) nest indentations without end,
/// and a block argument's indentation is only known where a parent expands it. Unindented
/// rendering pays one comparison per text instruction for it.
///
/// Whitespace rules, following the spec's tests:
/// - A tag that can stand alone and is the only thing on its line (but for spaces and tabs) takes
///   the whole line with it, line break included.
/// - A partial alone on its line indents every line of the partial's template by the line's
///   indentation; data the partial interpolates is never indented.
/// - A parent element whose opening tag starts its line and whose closing tag ends its line is
///   standalone as a pair, even with both tags on one line; it indents like a partial.
/// - A block that is a parent's argument drops the line break after its opening tag when the tag
///   ends its line; its content loses its *intrinsic indentation*, the leading whitespace of its
///   first line, on every line.
/// - A block outside a parent (a parameter) that is standalone as a pair indents the content that
///   replaces it: by its intrinsic indentation when its opening tag ends its line, otherwise by
///   the whitespace before the opening tag. Its closing tag keeps its line break unless it stands
///   alone.
struct MustacheParser {
    let source: [UInt8]
    let tokens: [MustacheToken]
    let locator: SourceLocator
    /// For each tag that opens or closes an element, the index of the other tag.
    var partner: [Int]
    /// For each block tag, whether it sits directly inside a parent, as an argument.
    var isArgument: [Bool]
    /// Text tokens that standalone tags take with them.
    var dropped: [Bool]

    var code = TemplateCode()
    var pathIndex: [String: (start: Int32, count: Int32)] = [:]
    var partialIndex: [String: Int32] = [:]
    var blockIndex: [String: Int32] = [:]
    /// Whether the next output starts a template line, which then gets a line-start mark.
    var atLineStart = true
    /// Intrinsic indentations of the blocks being compiled, outermost first.
    var dedents: [Range<Int>] = []
    /// The text instruction that more text may extend, if nothing was emitted after it.
    var extendableText: Int?

    /// The compiled form of a template source.
    static func compile(_ text: String) throws(MustacheSyntaxError) -> TemplateCode {
        let source = Array(text.utf8)
        let locator = SourceLocator(source)
        let tokens = try MustacheScanner.tokens(of: source, locator: locator)
        var parser = MustacheParser(source: source, tokens: tokens, locator: locator)
        try parser.matchElements()
        parser.findStandaloneLines()
        parser.build(0..<tokens.count)
        return parser.code
    }

    private init(source: [UInt8], tokens: [MustacheToken], locator: SourceLocator) {
        self.source = source
        self.tokens = tokens
        self.locator = locator
        partner = Array(repeating: -1, count: tokens.count)
        isArgument = Array(repeating: false, count: tokens.count)
        dropped = Array(repeating: false, count: tokens.count)
    }

    /// Pairs every opening tag with its closing tag.
    private mutating func matchElements() throws(MustacheSyntaxError) {
        var open: [Int] = []
        for (index, token) in tokens.enumerated() {
            if token.kind.opensElement {
                if token.kind == .block, let enclosing = open.last, tokens[enclosing].kind == .parent {
                    isArgument[index] = true
                }
                open.append(index)
            } else if token.kind == .close {
                guard let opener = open.popLast() else {
                    throw locator.error(.unexpectedClose(name(of: index)), at: token.range.lowerBound)
                }
                guard source[tokens[opener].content] == source[token.content] else {
                    let kind = MustacheSyntaxError.Kind.mismatchedClose(
                        expected: name(of: opener), found: name(of: index))
                    throw locator.error(kind, at: token.range.lowerBound)
                }
                partner[opener] = index
                partner[index] = opener
            }
        }
        if let opener = open.last {
            throw locator.error(.unclosedSection(name(of: opener)), at: tokens[opener].range.lowerBound)
        }
    }

    /// Marks the whitespace that standalone tags and elements remove.
    private mutating func findStandaloneLines() {
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .text, .variable, .unescaped:
                break
            case .parent:
                let close = partner[index]
                if leftClear(index), rightClear(close) {
                    drop(leadingBlank(index))
                    drop(trailingBlank(close))
                }
                if standsAlone(index) { dropAround(index) }
            case .block where isArgument[index]:
                if rightClear(index) { drop(trailingBlank(index)) }
            case .block:
                if standsAlone(index) { dropAround(index) }
                if leftClear(index), rightClear(partner[index]) { drop(leadingBlank(index)) }
            case .close where isArgument[partner[index]]:
                if leftClear(index) { drop(leadingBlank(index)) }
            default:
                if standsAlone(index) { dropAround(index) }
            }
        }
    }

    private mutating func drop(_ index: Int?) {
        if let index { dropped[index] = true }
    }

    private mutating func dropAround(_ index: Int) {
        drop(leadingBlank(index))
        drop(trailingBlank(index))
    }

    // MARK: Lines

    func isText(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .text
    }

    /// Whether a text token ends with a line break.
    func endsLine(_ index: Int) -> Bool {
        source[tokens[index].range.upperBound - 1] == UInt8(ascii: "\n")
    }

    /// Whether a text token is spaces and tabs, then perhaps a line break.
    func isBlank(_ index: Int) -> Bool {
        var range = tokens[index].range
        if source[range.upperBound - 1] == UInt8(ascii: "\n") {
            range = range.lowerBound..<range.upperBound - 1
            if !range.isEmpty, source[range.upperBound - 1] == UInt8(ascii: "\r") {
                range = range.lowerBound..<range.upperBound - 1
            }
        }
        return range.allSatisfy { source[$0] == 0x20 || source[$0] == 0x09 }
    }

    /// Whether a token starts a line of the source.
    func startsLine(_ index: Int) -> Bool {
        index == 0 || (isText(index - 1) && endsLine(index - 1))
    }

    /// Whether only spaces and tabs stand between the start of the tag's line and the tag.
    func leftClear(_ index: Int) -> Bool {
        var previous = index - 1
        if isText(previous), !endsLine(previous) {
            guard isBlank(previous) else { return false }
            previous -= 1
        }
        return previous < 0 || (isText(previous) && endsLine(previous))
    }

    /// Whether only spaces and tabs stand between the tag and the end of its line.
    func rightClear(_ index: Int) -> Bool {
        let next = index + 1
        guard next < tokens.count else { return true }
        guard isText(next), isBlank(next) else { return false }
        return endsLine(next) || next + 1 == tokens.count
    }

    /// Whether a tag is alone on its line.
    func standsAlone(_ index: Int) -> Bool {
        leftClear(index) && rightClear(index)
    }

    /// The spaces and tabs before a tag on its line, as a token index.
    func leadingBlank(_ index: Int) -> Int? {
        isText(index - 1) && !endsLine(index - 1) && isBlank(index - 1) ? index - 1 : nil
    }

    /// The spaces, tabs and line break after a tag, as a token index.
    func trailingBlank(_ index: Int) -> Int? {
        isText(index + 1) && isBlank(index + 1) ? index + 1 : nil
    }

    /// A tag's name as written, for messages.
    func name(of index: Int) -> String {
        String(decoding: source[tokens[index].content], as: UTF8.self)
    }
}
