import Foundation

/// SplitMix64, a small deterministic pseudo-random generator.
///
/// The benchmarks draw with their own arithmetic rather than `SystemRandomNumberGenerator` or
/// `Int.random(in:using:)`: the standard library does not promise how those map random bits to
/// ranges, and a data set that changed with the toolchain would make results incomparable.
struct SplitMix64 {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in `0..<1` with 53 random bits, all a `Double` holds.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}

/// The topics and dates of a large synthetic site, the only inputs `RelatedIndex` reads.
///
/// Topic popularity follows Zipf's law (topic `k` is drawn in proportion to `1 / (k + 1)`), as on
/// a real desk where a few running stories carry most articles and most topics are rare; those
/// long posting lists are what `RelatedIndex` windows, so a uniform draw would measure less work.
struct SyntheticSite {
    /// Topic numbers of each article, each in `0..<topicCount`, without repeats.
    var topicsOfArticle: [[Int]]
    /// Publication dates, newest first, as the site's articles are sorted.
    var dates: [Date]

    /// How many topics an article gets, as cumulative probabilities for 0, 1, 2, 3 and 4: most
    /// articles get two or three, a few none (briefs, notices).
    static let topicsPerArticle = [0.08, 0.30, 0.62, 0.85, 1.0]

    /// Makes `articles` articles over `topicCount` topics, dated over the `years` before `end`.
    init(articles: Int, topicCount: Int, years: Int, end: Date, seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var cumulative: [Double] = []
        cumulative.reserveCapacity(topicCount)
        var total = 0.0
        for rank in 0..<topicCount {
            total += 1 / Double(rank + 1)
            cumulative.append(total)
        }
        func drawTopic() -> Int {
            let target = random.unit() * total
            // The first topic whose cumulative weight passes the target.
            var low = 0
            var high = topicCount - 1
            while low < high {
                let middle = (low + high) / 2
                if cumulative[middle] > target { high = middle } else { low = middle + 1 }
            }
            return low
        }

        topicsOfArticle = []
        topicsOfArticle.reserveCapacity(articles)
        for _ in 0..<articles {
            let draw = random.unit()
            let count = Self.topicsPerArticle.firstIndex { draw < $0 } ?? Self.topicsPerArticle.count - 1
            var topics: [Int] = []
            // Redraw repeats: the tagger never gives an article one topic twice.
            while topics.count < min(count, topicCount) {
                let topic = drawTopic()
                if !topics.contains(topic) { topics.append(topic) }
            }
            topicsOfArticle.append(topics)
        }

        let span = Double(years) * 365.25 * 86_400
        let offsets = (0..<articles).map { _ in random.unit() * span }.sorted()
        dates = offsets.map { end.addingTimeInterval(-$0) }
    }
}
