import Foundation

/// Related articles from shared topics weighted by rarity (IDF), with a small recency term,
/// computed through an inverted index (topic → articles): the cost grows with the pairs of
/// articles that share a topic, not with the square of the number of articles.
public struct RelatedIndex: Sendable {
    /// How many related articles each article gets.
    public static let count = 5
    /// The most a closeness in time adds: less than any shared topic's weight (at least ln 2).
    static let recencyWeight = 0.1
    /// How many articles on each side in time are read from a topic's list. Lists are sorted by
    /// date, so each article costs at most `2 × window` per topic however large the site grows;
    /// a topic used by thousands of articles has a low weight and adds little beyond its neighbours.
    static let window = 200

    private let topicsOfArticle: [[Int]]
    private let postings: [[Int]]
    private let weights: [Double]
    private let days: [Double]

    /// Indexes articles by their topic numbers (`topicsOfArticle[i]`) and dates.
    public init(topicsOfArticle: [[Int]], dates: [Date]) {
        self.topicsOfArticle = topicsOfArticle
        let topicCount = (topicsOfArticle.flatMap { $0 }.max() ?? -1) + 1
        var postings = [[Int]](repeating: [], count: topicCount)
        for (article, topics) in topicsOfArticle.enumerated() {
            for topic in Set(topics) { postings[topic].append(article) }
        }
        self.postings = postings
        let total = Double(max(topicsOfArticle.count, 1))
        weights = postings.map { $0.isEmpty ? 0 : log(1 + total / Double($0.count)) }
        days = dates.map { $0.timeIntervalSince1970 / 86_400 }
    }

    /// The related articles of every article, best first; ties go to the newer article, then the
    /// lower index, so the result never depends on scheduling.
    public func all() async -> [[Int]] {
        let total = topicsOfArticle.count
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = max(64, (total + workers * 4 - 1) / (workers * 4))
        return await withTaskGroup(of: (Int, [[Int]]).self) { group in
            for start in stride(from: 0, to: total, by: chunk) {
                group.addTask {
                    var scratch = Scratch(count: total)
                    return (start, (start..<min(start + chunk, total)).map { related(to: $0, scratch: &scratch) })
                }
            }
            var result = [[Int]](repeating: [], count: total)
            for await (start, lists) in group {
                for (offset, list) in lists.enumerated() { result[start + offset] = list }
            }
            return result
        }
    }

    /// Reusable score storage, so each article costs only the candidates it touches.
    struct Scratch {
        var scores: [Double]
        var touched: [Int] = []

        init(count: Int) {
            scores = [Double](repeating: 0, count: count)
        }
    }

    func related(to article: Int, scratch: inout Scratch) -> [Int] {
        // Sorted, not a Set: the order of additions must not vary between runs.
        for topic in Set(topicsOfArticle[article]).sorted() {
            let weight = weights[topic]
            let list = postings[topic]
            var candidates = list[...]
            if list.count > 2 * Self.window + 1 {
                // Lists hold article indexes in ascending order, which is newest first.
                var low = 0
                var high = list.count
                while low < high {
                    let middle = (low + high) / 2
                    if list[middle] < article { low = middle + 1 } else { high = middle }
                }
                candidates = list[max(0, low - Self.window)..<min(list.count, low + Self.window + 1)]
            }
            for other in candidates where other != article {
                if scratch.scores[other] == 0 { scratch.touched.append(other) }
                scratch.scores[other] += weight
            }
        }
        var best: [(score: Double, index: Int)] = []
        best.reserveCapacity(Self.count + 1)
        for other in scratch.touched {
            let shared = scratch.scores[other]
            scratch.scores[other] = 0
            // The recency term is at most `recencyWeight`: a candidate that cannot reach the
            // fifth best even with all of it is passed over before its division is paid for.
            if best.count == Self.count, let last = best.last, shared + Self.recencyWeight < last.score { continue }
            let distance = abs(days[other] - days[article])
            let score = shared + Self.recencyWeight / (1 + distance / 30)
            if best.count == Self.count, let last = best.last, !isBetter((score, other), than: last) { continue }
            let position = best.firstIndex { !isBetter($0, than: (score, other)) } ?? best.count
            best.insert((score, other), at: position)
            if best.count > Self.count { best.removeLast() }
        }
        scratch.touched.removeAll(keepingCapacity: true)
        return best.map(\.index)
    }

    private func isBetter(_ a: (score: Double, index: Int), than b: (score: Double, index: Int)) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if days[a.index] != days[b.index] { return days[a.index] > days[b.index] }
        return a.index < b.index
    }
}
