import Foundation
import GazetteContent
import GazetteMarkdown

/// Proposes new topics from a corpus: CJK n-grams (2–8 characters) and capitalised Latin
/// phrases that several articles use and the vocabulary does not know yet.
public struct TopicSuggester: Sendable {
    /// One proposed topic.
    public struct Suggestion: Sendable, Hashable, Codable {
        /// The phrase.
        public var phrase: String
        /// How many articles use it.
        public var articles: Int
        /// The ranking score: articles × log2(1 + length).
        public var score: Double
        /// Up to three files that use it.
        public var samples: [String]
    }

    /// Characters that rarely begin or end a name: particles and function words.
    static let edgeCharacters: Set<Character> = Set("的了是在和与也都就而及或被把对向从为将并其这那之于以等中上下个说称有到不")
    /// Words that may stand inside a Latin name (`Strait of Hormuz`).
    static let connectors: Set<String> = ["of", "the", "and", "de", "al", "for", "in"]

    let vocabulary: TopicVocabulary

    /// Creates a suggester that skips the names and aliases of `vocabulary`.
    public init(vocabulary: TopicVocabulary) {
        self.vocabulary = vocabulary
    }

    /// The best `limit` suggestions; a phrase must occur in at least `minimumArticles` articles.
    public func suggest(_ articles: [Article], limit: Int = 30, minimumArticles: Int? = nil) -> [Suggestion] {
        let minimum = minimumArticles ?? (articles.count >= 10 ? 3 : 2)
        var documents: [String: Int] = [:]
        var samples: [String: [String]] = [:]
        var contexts: [String: Contexts] = [:]
        for article in articles {
            var phrases = Set<String>()
            var texts = [article.title] + article.deck
            BodyText.forEachText(in: article.document) { text, _ in texts.append(text) }
            for text in texts {
                Self.cjkGrams(in: text, into: &phrases, contexts: &contexts)
                Self.latinPhrases(in: text, into: &phrases)
            }
            for phrase in phrases {
                documents[phrase, default: 0] += 1
                if samples[phrase, default: []].count < 3 { samples[phrase, default: []].append(article.file) }
            }
        }
        let known = vocabulary.topics.flatMap { [$0.name] + $0.aliases }.map { $0.lowercased() }
        var candidates = documents.filter { phrase, count in
            let lowered = phrase.lowercased()
            return count >= minimum && !known.contains { $0.contains(lowered) }
                && !Self.commonWords.contains(phrase) && contexts[phrase]?.isMaximal != false
        }
        // Fold a phrase into a longer candidate that occurs in nearly the same articles:
        // `霍尔木兹海` is not proposed beside `霍尔木兹海峡`.
        var longest: [String: Int] = [:]
        for (phrase, count) in candidates where phrase.count > 2 {
            for part in Self.substrings(of: phrase) { longest[part] = max(longest[part] ?? 0, count) }
        }
        candidates = candidates.filter { phrase, count in (longest[phrase] ?? 0) * 4 < count * 3 }
        return candidates.map { phrase, count in
            Suggestion(
                phrase: phrase, articles: count, score: Double(count) * log2(1 + Double(phrase.count)),
                samples: samples[phrase] ?? [])
        }
        .sorted { ($0.score, $1.phrase) > ($1.score, $0.phrase) }
        .prefix(limit).map { $0 }
    }

    /// Proper substrings of at least two characters.
    static func substrings(of phrase: String) -> [String] {
        let characters = Array(phrase)
        var parts: [String] = []
        for length in 2..<characters.count {
            for start in 0...(characters.count - length) {
                parts.append(String(characters[start..<(start + length)]))
            }
        }
        return parts
    }

    /// What stands left and right of a CJK n-gram's occurrences. A phrase that always has the
    /// same neighbour is a fragment of a longer one (`霍尔木兹海` is always followed by `峡`).
    struct Contexts {
        var left: Character?
        var right: Character?
        var leftOpen = false
        var rightOpen = false

        var isMaximal: Bool { leftOpen && rightOpen }

        mutating func add(left: Character?, right: Character?) {
            if let left, !leftOpen {
                if self.left == nil { self.left = left } else if self.left != left { leftOpen = true }
            } else if left == nil {
                leftOpen = true
            }
            if let right, !rightOpen {
                if self.right == nil { self.right = right } else if self.right != right { rightOpen = true }
            } else if right == nil {
                rightOpen = true
            }
        }
    }

    /// Frequent words that are not topics.
    static let commonWords: Set<String> = [
        "表示", "认为", "指出", "介绍", "经过", "已经", "目前", "可以", "没有", "因为", "所以", "但是", "如果", "我们", "他们", "她们",
        "这个", "那个", "一个", "一位", "一些", "一次", "进行", "相关", "方面", "问题", "情况", "工作", "今天", "昨天", "明天", "今年",
        "去年", "记者", "报道", "消息", "本报", "其中", "同时", "此前", "此外", "随后", "之后", "之前", "以来", "期间", "可能", "需要",
        "开始", "继续", "仍然", "还是", "就是", "不是", "这是", "不会", "能够", "参阅", "可参阅", "详见", "另外", "主要", "重要", "发展",
        "国际", "国家", "地区", "市场", "时间", "小时", "分钟", "左右", "以上", "以下", "超过", "多个", "多名", "双方", "各方", "有关",
    ]

    static func cjkGrams(in text: String, into phrases: inout Set<String>, contexts: inout [String: Contexts]) {
        var run: [Character] = []
        func flush() {
            defer { run.removeAll(keepingCapacity: true) }
            guard run.count >= 2 else { return }
            for start in 0..<run.count where !edgeCharacters.contains(run[start]) {
                for length in 2...8 where start + length <= run.count {
                    if edgeCharacters.contains(run[start + length - 1]) { continue }
                    let phrase = String(run[start..<(start + length)])
                    phrases.insert(phrase)
                    contexts[phrase, default: Contexts()].add(
                        left: start > 0 ? run[start - 1] : nil,
                        right: start + length < run.count ? run[start + length] : nil)
                }
            }
        }
        for character in text {
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1, CJKText.isHan(scalar) {
                run.append(character)
            } else {
                flush()
            }
        }
        flush()
    }

    static func latinPhrases(in text: String, into phrases: inout Set<String>) {
        var words: [(word: String, sentenceStart: Bool)] = []
        var current = ""
        var sentenceStart = true
        var nextIsSentenceStart = true
        func endWord() {
            if !current.isEmpty { words.append((current, sentenceStart)) }
            current = ""
        }
        for character in text {
            let isAbbreviationDot =
                character == "." && !current.isEmpty && current.count <= 3
                && current.allSatisfy { $0.isUppercase || $0 == "." }
            if character.isASCII,
                character.isLetter || character.isNumber || character == "-" || character == "'"
                    || isAbbreviationDot
            {
                if current.isEmpty { sentenceStart = nextIsSentenceStart }
                current.append(character)
                nextIsSentenceStart = false
            } else {
                endWord()
                if ".!?".contains(character) || !character.isASCII { nextIsSentenceStart = true }
                if !character.isWhitespace, !".!?".contains(character) { words.append(("", false)) }
            }
        }
        endWord()
        // Runs of capitalised words, connectors allowed inside.
        var index = 0
        while index < words.count {
            guard Self.isCapitalised(words[index].word) else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < words.count,
                Self.isCapitalised(words[end + 1].word) || Self.connectors.contains(words[end + 1].word)
            {
                end += 1
            }
            while end > index, !Self.isCapitalised(words[end].word) { end -= 1 }
            for start in index...end where Self.isCapitalised(words[start].word) {
                for last in start...min(end, start + 3) where Self.isCapitalised(words[last].word) {
                    if start == last, words[start].sentenceStart || words[start].word.count < 3 { continue }
                    phrases.insert(words[start...last].map(\.word).joined(separator: " "))
                }
            }
            index = end + 1
        }
    }

    private static func isCapitalised(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        return first.isUppercase
    }
}
