/// One `name="value"` attribute of an element Gazette adds.
public struct HTMLAttribute: Sendable, Hashable {
    /// The attribute name, written as is.
    public var name: String
    /// The value, HTML-escaped when rendered.
    public var value: String

    /// Creates an attribute.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
