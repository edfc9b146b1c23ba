/// A `{{> name}}` or `{{< name}}` tag that names a template the library does not have.
public struct MissingPartial: Sendable, Equatable, Hashable {
    /// The name of the template that contains the tag.
    public var template: String
    /// The partial or parent name the tag asks for.
    public var partial: String
    /// The 1-based line of the tag in `template`.
    public var line: Int
    /// The 1-based column of the tag in `template`.
    public var column: Int

    /// A missing reference at a position.
    public init(template: String, partial: String, line: Int, column: Int) {
        self.template = template
        self.partial = partial
        self.line = line
        self.column = column
    }
}
