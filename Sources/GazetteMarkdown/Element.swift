/// An HTML element Gazette wraps around AST nodes (`<figure>`, `<figcaption>`, `<span>`).
public struct Element<Child: Sendable & Hashable>: Sendable, Hashable {
    /// The tag name, such as `figure`.
    public var name: String
    /// Attributes in the order they are written; values are escaped when rendered.
    public var attributes: [HTMLAttribute]
    /// The wrapped nodes.
    public var children: [Child]

    /// Creates an element.
    public init(name: String, attributes: [HTMLAttribute] = [], children: [Child]) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }
}
