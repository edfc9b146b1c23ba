/// Options that change how Markdown is parsed and rendered.
public struct MarkdownOptions: OptionSet, Sendable, Hashable {
    /// The option bits.
    public let rawValue: Int

    /// Creates options from bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Curly quotes, en and em dashes and ellipses (cmark's `--smart`).
    public static let smart = MarkdownOptions(rawValue: 1 << 0)
    /// Let raw HTML and dangerous URLs through (cmark's `--unsafe`); off means they are omitted.
    public static let unsafe = MarkdownOptions(rawValue: 1 << 1)
    /// Add `data-sourcepos` attributes to block elements (cmark's `--sourcepos`).
    public static let sourcePositions = MarkdownOptions(rawValue: 1 << 2)
    /// Render a soft line break between two CJK characters as nothing instead of a newline.
    ///
    /// Browsers show a newline inside Chinese or Japanese text as a stray space; this is the one
    /// deliberate difference from cmark's HTML, on for site builds and off for `gazette render`.
    public static let cjkSoftBreaks = MarkdownOptions(rawValue: 1 << 3)
    /// Source ranges count columns in characters (Unicode scalars), as editors do, not in
    /// cmark's bytes.
    public static let characterColumns = MarkdownOptions(rawValue: 1 << 4)

    /// The options of a site build.
    public static let site: MarkdownOptions = [.smart, .cjkSoftBreaks, .characterColumns]
}
