/// A piece of template source: literal text or one tag.
///
/// Text tokens never span a line break: each ends with its `\n` or before a tag, which is what
/// the standalone-line rules look at.
struct MustacheToken: Sendable {
    /// What a token is.
    enum Kind: UInt8, Sendable {
        case text
        /// `{{name}}`.
        case variable
        /// `{{{name}}}` or `{{&name}}`.
        case unescaped
        /// `{{#name}}`.
        case section
        /// `{{^name}}`.
        case inverted
        /// `{{/name}}`.
        case close
        /// `{{! … }}`.
        case comment
        /// `{{>name}}`.
        case partial
        /// `{{<name}}`.
        case parent
        /// `{{$name}}`.
        case block
        /// `{{=<% %>=}}`.
        case delimiters

        /// Whether a tag of this kind disappears with its line when it stands alone on it.
        var canStandAlone: Bool {
            switch self {
            case .text, .variable, .unescaped: return false
            default: return true
            }
        }

        /// Whether the tag opens an element that a `{{/name}}` closes.
        var opensElement: Bool {
            switch self {
            case .section, .inverted, .parent, .block: return true
            default: return false
            }
        }
    }

    var kind: Kind
    /// The whole token in the source, delimiters included.
    var range: Range<Int>
    /// The tag's trimmed content without sigil: its name. Empty for text, comments and delimiters.
    var content: Range<Int>
}
