import GazetteMustache

/// What pages show of each article elsewhere (a list item, a related or neighbour reference),
/// made once per render of most pages: each article appears on several lists and in several
/// other articles' pages.
struct SharedValues: Sendable {
    /// `PageContext.item` of each article, by index.
    let items: [MustacheValue]
    /// `PageContext.reference` of each article, by index.
    let references: [MustacheValue]
}
