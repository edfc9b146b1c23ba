/// Random Markdown mixing every block and inline construct, CJK text, invalid bytes and deep
/// nesting, for comparing our renderer with cmark's on inputs nobody wrote by hand.
struct MarkdownGenerator {
    var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// One document of a few blocks, as raw bytes (not always valid UTF-8).
    mutating func document() -> [UInt8] {
        var text = ""
        for _ in 0..<int(1...8) {
            text += block(depth: 0)
            text += pick(["\n", "\n\n", "\n\n", "\n\n\n"])
        }
        var bytes = Array(text.utf8)
        if chance(0.15) { corrupt(&bytes) }
        return bytes
    }

    // MARK: Blocks

    private mutating func block(depth: Int) -> String {
        let roll = int(0...(depth > 4 ? 9 : 14))
        switch roll {
        case 0...3: return paragraph()
        case 4:
            return String(repeating: "#", count: int(1...7)) + pick([" ", "", "  "]) + inlines(max: 4)
                + (chance(0.2) ? " ##" : "")
        case 5: return inlines(max: 4) + "\n" + pick(["===", "---", "-", "= ="])
        case 6: return pick(["***", "---", "___", " * * *", "-- -", "****"])
        case 7: return fencedCode()
        case 8: return "    " + words(count: int(1...5)) + "\n    " + pick(["<b>", "a & b", "\t tab", "代码"])
        case 9: return htmlBlock()
        case 10: return quote(depth: depth)
        case 11, 12: return list(depth: depth)
        case 13: return "[\(label())]: " + destination() + (chance(0.5) ? " \"\(words(count: 2))\"" : "")
        default: return deepNesting()
        }
    }

    private mutating func paragraph() -> String {
        var lines: [String] = []
        for _ in 0..<int(1...4) {
            lines.append(inlines(max: 8))
        }
        var text = ""
        for (index, line) in lines.enumerated() {
            if index > 0 { text += pick(["\n", "\n", "\n", "  \n", "\\\n"]) }
            text += line
        }
        return text
    }

    private mutating func fencedCode() -> String {
        let fence = pick(["```", "~~~", "````"])
        let info = pick(["", "swift", "js title=\"x\"", "中文", "a&b<c>", " python "])
        var body = ""
        for _ in 0..<int(0...3) {
            body += pick([words(count: 3), "<script>", "  indented", "\"quoted\" & 'single'", "汉字 \t"]) + "\n"
        }
        return fence + info + "\n" + body + (chance(0.9) ? fence : "")
    }

    private mutating func htmlBlock() -> String {
        pick([
            "<div class=\"x\">\n" + words(count: 3) + "\n</div>",
            "<!-- comment " + words(count: 2) + " -->",
            "<script>alert(1)</script>",
            "<table><tr><td>\n\n" + inlines(max: 3) + "\n\n</td></tr></table>",
            "<?php echo 1; ?>",
            "<custom-tag attr=\"1\">",
            "</p>",
        ])
    }

    private mutating func quote(depth: Int) -> String {
        let inner = block(depth: depth + 1)
        let marker = pick(["> ", ">", " > "])
        return inner.split(separator: "\n", omittingEmptySubsequences: false)
            .map { chance(0.15) ? String($0) : marker + $0 }.joined(separator: "\n")
    }

    private mutating func list(depth: Int) -> String {
        let ordered = chance(0.4)
        let start = pick([1, 1, 0, 3, 9, 123_456_789])
        let bullet = pick(["-", "*", "+"])
        let loose = chance(0.3)
        var items: [String] = []
        for index in 0..<int(1...4) {
            let marker = ordered ? "\(start + index)\(pick([".", ")"])) " : bullet + " "
            let indent = String(repeating: " ", count: marker.utf8.count)
            let content = chance(0.25) ? block(depth: depth + 1) : inlines(max: 5)
            let lines = content.split(separator: "\n", omittingEmptySubsequences: false)
            var item = marker + (lines.first.map(String.init) ?? "")
            for line in lines.dropFirst() { item += "\n" + indent + line }
            items.append(item)
        }
        return items.joined(separator: loose ? "\n\n" : "\n")
    }

    private mutating func deepNesting() -> String {
        let depth = int(20...140)
        switch int(0...4) {
        case 0: return String(repeating: ">", count: depth) + " " + inlines(max: 3)
        case 1: return String(repeating: "*", count: depth) + "深" + String(repeating: "*", count: depth)
        case 2:
            return (0..<min(depth, 40)).map { String(repeating: "  ", count: $0) + "- " + words(count: 1) }
                .joined(separator: "\n")
        case 3: return String(repeating: "[", count: depth) + "x" + String(repeating: "](u)", count: depth)
        default:
            return (0..<depth).map { _ in pick(["*a ", "_b ", "**c ", "[d "]) }.joined()
                + (0..<depth).map { _ in pick(["*", "_", "**", "](e)"]) }.joined()
        }
    }

    // MARK: Inlines

    private mutating func inlines(max: Int) -> String {
        var text = ""
        for _ in 0..<int(1...max) {
            text += inline(depth: 0)
            if chance(0.6) { text += " " }
        }
        return text
    }

    private mutating func inline(depth: Int) -> String {
        switch int(0...(depth > 2 ? 5 : 22)) {
        case 0...2: return words(count: int(1...4))
        case 3...5: return cjk(count: int(2...12))
        case 6:
            return pick(["&amp;", "&copy;", "&#123;", "&#x4e2d;", "&nbsp;", "&bogus;", "&#0;", "&", "<", ">", "\""])
        case 7: return pick(["\\*", "\\_", "\\[", "\\\\", "\\<", "\\a", "\\`", "\\\""])
        case 8: return pick(["\"quoted\"", "'single'", "it's", "a--b", "a---b", "wait...", "“已有”", "——", "……"])
        case 9: return "`" + pick(["code", " x ", "a`b", "<tag>", "中文 代码", "&amp;"]) + "`"
        case 10: return "``" + pick(["a ` b", " `` ", "x"]) + "``"
        case 11: return "*" + inline(depth: depth + 1) + "*"
        case 12: return "_" + inline(depth: depth + 1) + "_"
        case 13: return "**" + inline(depth: depth + 1) + "**"
        case 14: return "__" + inline(depth: depth + 1) + "__"
        case 15: return "[" + inline(depth: depth + 1) + "](" + destination() + title() + ")"
        case 16: return "![" + inline(depth: depth + 1) + "](" + destination() + title() + ")"
        case 17: return "[" + inline(depth: depth + 1) + "][" + label() + "]"
        case 18:
            return "<"
                + pick(["http://example.com/a?b=c&d", "https://中文.cn/路径", "mailto:a@b.c", "a@b.co", "javascript:x"])
                + ">"
        case 19:
            return pick([
                "<span class=\"a\">", "</span>", "<!-- c -->", "<a href='x'>", "<br/>", "<?x?>", "<![CDATA[x]]>",
            ])
        case 20: return pick(["的**“红线”**", "中**文**字", "**粗体**。", "*强调*，", "「引号」"])
        case 21: return "[" + label() + "]"
        default: return pick(["*", "_", "**", "[", "]", "(", ")", "!", "`", "<", "\\"])
        }
    }

    private mutating func destination() -> String {
        pick([
            "http://example.com", "/path/to/page", "../2026/talks.md", "#谈判细节", "javascript:alert(1)",
            "JAVASCRIPT:x", "vbscript:x", "file:///etc/passwd", "data:text/html,x", "data:image/png;base64,AA",
            "<with space>", "a%20b", "url(with)parens", "中文/路径", "q?a=1&b='2'", "\"quote\"", "a\\_b", "",
            "<>", "mailto:x@y.z", "h`t{t}p|^",
        ])
    }

    private mutating func title() -> String {
        pick(["", "", " \"title\"", " 'single & \"double\"'", " (paren)", " \"标题\""])
    }

    private mutating func label() -> String {
        pick(["ref", "Ref", "REF ", "中文", "foo bar", "x"])
    }

    private mutating func words(count: Int) -> String {
        (0..<count).map { _ in
            pick(["news", "Iran", "talks", "a", "Hormuz", "x_y", "foo*bar", "tab\there", "cafe\u{301}"])
        }
        .joined(separator: " ")
    }

    private mutating func cjk(count: Int) -> String {
        let characters = Array("美伊谈判无果而终霍尔木兹海峡问题新华社图，。、？！：；「」（）ひらがなカタカナ한국어")
        return String((0..<count).map { _ in characters[int(0...(characters.count - 1))] })
    }

    private mutating func corrupt(_ bytes: inout [UInt8]) {
        for _ in 0..<int(1...4) {
            let bad: [UInt8] = pick([
                [0xFF], [0xC3], [0xE4, 0xB8], [0x80, 0x80], [0x00], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            ])
            bytes.insert(contentsOf: bad, at: int(0...bytes.count))
        }
    }

    // MARK: Randomness

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &random)
    }

    private mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &random) < probability
    }

    private mutating func pick<T>(_ choices: [T]) -> T {
        choices[int(0...(choices.count - 1))]
    }
}
