/// A syntax error with 1-based line and column of the offending tag.
///
/// The column counts Unicode scalars from the start of the line, so it matches what an editor
/// shows for text without combining marks.
public struct MustacheSyntaxError: Error, Sendable, Equatable {
    /// What is wrong with the template.
    public enum Kind: Sendable, Equatable {
        /// A tag opens but its closing delimiter never comes (or another tag opens first).
        case unclosedTag
        /// A section, inverted section, parent or block is still open at the end of the template.
        case unclosedSection(String)
        /// A closing tag with no open section.
        case unexpectedClose(String)
        /// A closing tag that does not close the innermost open section.
        case mismatchedClose(expected: String, found: String)
        /// A set-delimiter tag that is not two delimiters without whitespace or `=`.
        case invalidDelimiters
        /// A tag with nothing in it where a name belongs.
        case emptyTagName
        /// A name with whitespace inside or an empty part between dots.
        case invalidTagName(String)
    }

    /// What is wrong with the template.
    public var kind: Kind
    /// The 1-based line of the offending tag.
    public var line: Int
    /// The 1-based column of the offending tag's opening delimiter.
    public var column: Int

    /// An error of a kind at a position.
    public init(kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }
}

extension MustacheSyntaxError: CustomStringConvertible {
    /// The error as a one-line message with its position, e.g. `line 3, column 7: unclosed tag`.
    public var description: String {
        let what: String
        switch kind {
        case .unclosedTag: what = "unclosed tag"
        case .unclosedSection(let name): what = "section '\(name)' is never closed"
        case .unexpectedClose(let name): what = "'{{/\(name)}}' closes no open section"
        case .mismatchedClose(let expected, let found):
            what = "'{{/\(found)}}' found where '{{/\(expected)}}' was expected"
        case .invalidDelimiters: what = "invalid set-delimiter tag"
        case .emptyTagName: what = "tag without a name"
        case .invalidTagName(let name): what = "invalid tag name '\(name)'"
        }
        return "line \(line), column \(column): \(what)"
    }
}
