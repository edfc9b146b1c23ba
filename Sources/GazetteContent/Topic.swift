/// A topic articles can be tagged with, from `Content/topics.yml` or made from an unknown tag.
public struct Topic: Sendable, Hashable, Identifiable {
    /// The URL-safe id (`hormuz`).
    public var id: String
    /// The display name (`霍尔木兹海峡`).
    public var name: String
    /// Other names that refer to the topic.
    public var aliases: [String]
    /// A sentence shown on the topic page.
    public var description: String?
    /// The id of a broader topic.
    public var parent: String?

    /// Creates a topic.
    public init(id: String, name: String, aliases: [String] = [], description: String? = nil, parent: String? = nil) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.description = description
        self.parent = parent
    }
}
