/// One template compiled to instructions.
///
/// Compiling checks the syntax and applies the standalone-line rules once, so rendering only
/// follows instructions. Register templates in a ``MustacheLibrary`` to render them.
public struct MustacheTemplate: Sendable {
    let code: TemplateCode

    /// Compiles template text; throws the first syntax error with its line and column.
    public init(_ text: String) throws(MustacheSyntaxError) {
        code = try MustacheParser.compile(text)
    }

    /// The names of the partials and parents this template's tags name, in order of first use.
    ///
    /// Dynamic names (`{{>*name}}`) are not included: they come from the context.
    public var partialNames: [String] { code.partials }
}
