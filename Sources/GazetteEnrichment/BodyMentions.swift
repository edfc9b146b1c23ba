/// The topic mentions in each run of an article's running text, in `BodyText` order: what the
/// tagger found, handed on so the linker does not search the same text a second time.
///
/// `TextRewriter` hands over the same runs in the same order (headings and link text included,
/// joined the same way), so run `i` of one is run `i` of the other.
struct BodyMentions: Sendable {
    /// `runs[i]`: the mentions `TopicMatcher.matches(in:)` found in the i-th run.
    var runs: [[TopicMatcher.Match]] = []
}
