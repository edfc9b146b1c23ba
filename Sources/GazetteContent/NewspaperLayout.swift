import Foundation
import GazetteMarkdown

/// Reads the newspaper shape of an article body: headline, deck, photo captions, print-layout
/// splits, print-only phrases and the closing source line.
public struct NewspaperLayout: Sendable {
    /// What the layout found, with the body left to render.
    public struct Result: Sendable {
        /// The first H1's text, removed from the body, when there was one.
        public var title: String?
        /// The line of that H1.
        public var titleLine: Int?
        /// Deck lines read from the paragraph under the H1.
        public var deck: [String] = []
        /// The source named by the closing line (`新华社`).
        public var source: String?
        /// The body without headline, deck and source line, captions turned into figures.
        public var document: Document
        /// Warnings about repairs and print-only phrases.
        public var diagnostics: [Diagnostic] = []
    }

    /// The longest deck line, in characters.
    public static let maximumDeckLineLength = 40

    let config: SiteConfig
    let captions: CaptionDetector

    /// Creates a layout reader for a site's settings.
    public init(config: SiteConfig, captions: CaptionDetector) {
        self.config = config
        self.captions = captions
    }

    /// Applies the layout rules to a parsed body; `file` places the warnings.
    public func read(
        _ document: Document, frontMatter: FrontMatter, file: String
    ) -> Result {
        var blocks = document.blocks
        var result = Result(document: document)

        if case .heading(let heading) = blocks.first, heading.level == 1 {
            let headline = String(heading.content.plainText.trimmedWhitespace)
            if frontMatter.title == nil || frontMatter.title == headline {
                result.title = headline
                result.titleLine = heading.range.start.line
                blocks.removeFirst()
                if frontMatter.deck == nil, let deck = deckLines(blocks.first), blocks.count > 1 {
                    result.deck = deck
                    blocks.removeFirst()
                }
            }
        }

        if case .paragraph(let content, let range) = blocks.last,
            let named = SourceLineDetector.source(in: content.plainText)
        {
            _ = range
            result.source = named
            blocks.removeLast()
        }

        var kinds: [Kind] = []
        var kept: [Block] = []
        for block in blocks {
            guard case .paragraph(let content, let range) = block else {
                kept.append(block)
                kinds.append(.other)
                continue
            }
            let plain = content.plainText
            if let phrase = PrintPhrases.phrase(in: plain, extra: config.strip) {
                if config.strip.contains(phrase) { continue }
                result.diagnostics.append(
                    .warning(
                        file, line: range.start.line, column: 1,
                        "print-only phrase '\(phrase)' has no meaning online; list it under 'strip:' in site.yml to drop it"
                    ))
            }
            if let credit = captions.credit(in: plain) {
                let photo = kept.last.flatMap(Self.photo(in:))
                if photo != nil {
                    kept.removeLast()
                    kinds.removeLast()
                }
                kept.append(Self.figure(photo: photo, caption: content, credit: credit))
                kinds.append(.caption)
                continue
            }
            kept.append(block)
            kinds.append(.paragraph)
        }
        if config.repairs {
            repairSplits(&kept, kinds: &kinds, file: file, diagnostics: &result.diagnostics)
        }
        result.document = Document(blocks: kept)
        return result
    }

    private enum Kind { case paragraph, caption, other }

    /// Deck lines from a paragraph of one to three short lines without sentence-final punctuation.
    private func deckLines(_ block: Block?) -> [String]? {
        guard case .paragraph(let content, _) = block else { return nil }
        var lines: [String] = [""]
        for inline in content {
            switch inline {
            case .softBreak, .lineBreak: lines.append("")
            case .image: return nil
            default: lines[lines.count - 1] += inline.plainText
            }
        }
        lines = lines.map { String($0.trimmedWhitespace) }
        guard (1...3).contains(lines.count),
            lines.allSatisfy({
                !$0.isEmpty && $0.count <= Self.maximumDeckLineLength && !"。！？!?".contains($0.last ?? " ")
            }),
            captions.credit(in: lines.joined(separator: " ")) == nil
        else { return nil }
        return lines
    }

    /// The image of a paragraph that holds nothing but one image.
    private static func photo(in block: Block) -> Inline? {
        guard case .paragraph(let content, _) = block else { return nil }
        let visible = content.filter {
            if case .text(let text, _) = $0 { return !text.allSatisfy(\.isWhitespace) }
            return !($0 == .softBreak)
        }
        guard visible.count == 1, case .image = visible[0] else { return nil }
        return visible[0]
    }

    /// `<figure class="photo">` with the image (if any) and a caption whose credit is set apart.
    private static func figure(photo: Inline?, caption: [Inline], credit: Substring) -> Block {
        var text = caption
        var creditInlines: [Inline] = []
        if case .text(let last, let range) = text.last {
            let trimmed = String(last.trimmedWhitespace)
            if trimmed.hasSuffix(credit) {
                let before = String(trimmed.dropLast(credit.count).trimmedWhitespace)
                text.removeLast()
                if !before.isEmpty { text.append(.text(before, range)) }
                creditInlines = [.text(String(credit), range)]
            }
        }
        var captionChildren: [Inline] = []
        if !text.isEmpty {
            captionChildren.append(
                .element(Element(name: "span", attributes: [HTMLAttribute("class", "caption-text")], children: text)))
        }
        if !creditInlines.isEmpty {
            if !captionChildren.isEmpty { captionChildren.append(.text(" ", .synthesized)) }
            captionChildren.append(
                .element(Element(name: "span", attributes: [HTMLAttribute("class", "credit")], children: creditInlines))
            )
        }
        var children: [Block] = []
        if let photo { children.append(.plain([photo])) }
        children.append(.element(Element(name: "figcaption", children: [.plain(captionChildren)])))
        return .element(
            Element(
                name: "figure", attributes: [HTMLAttribute("class", photo == nil ? "photo photo-missing" : "photo")],
                children: children))
    }

    /// Joins a paragraph that stops mid-sentence with the one that resumes it after captions.
    private func repairSplits(
        _ blocks: inout [Block], kinds: inout [Kind], file: String, diagnostics: inout [Diagnostic]
    ) {
        var index = 0
        while index < blocks.count {
            defer { index += 1 }
            guard kinds[index] == .paragraph, case .paragraph(let first, let firstRange) = blocks[index],
                let last = first.last?.lastCharacter, Self.isUnfinished(last)
            else { continue }
            var next = index + 1
            while next < blocks.count, kinds[next] == .caption { next += 1 }
            guard next > index + 1, next < blocks.count, kinds[next] == .paragraph,
                case .paragraph(let second, let secondRange) = blocks[next],
                let resume = second.first?.firstCharacter, Self.continues(after: last, with: resume)
            else { continue }
            let joiner: [Inline] = CJKText.isWide(last) ? [] : [.text(" ", .synthesized)]
            let joined = Block.paragraph(
                first + joiner + second, SourceRange(start: firstRange.start, end: secondRange.end))
            let captionsBetween = Array(blocks[(index + 1)..<next])
            blocks.replaceSubrange(index...next, with: [joined] + captionsBetween)
            kinds.replaceSubrange(
                index...next, with: [.paragraph] + Array(repeating: .caption, count: captionsBetween.count))
            diagnostics.append(
                .warning(
                    file, line: firstRange.start.line, column: 1,
                    "joined a paragraph that a photo caption split in print (lines \(firstRange.end.line) and \(secondRange.start.line)); set 'repairs: false' in site.yml to keep them apart"
                ))
        }
    }

    /// A paragraph ending in a Han character, kana or letter stopped mid-sentence.
    private static func isUnfinished(_ scalar: Unicode.Scalar) -> Bool {
        if CJKText.isWide(scalar) { return CJKText.isHan(scalar) || scalar.properties.isAlphabetic }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == ","
    }

    private static func continues(after last: Unicode.Scalar, with first: Unicode.Scalar) -> Bool {
        if CJKText.isWide(last) {
            return CJKText.isWide(first) && (CJKText.isHan(first) || first.properties.isAlphabetic)
        }
        return first.properties.isLowercase
    }
}
