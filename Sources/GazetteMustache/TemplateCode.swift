/// The compiled form of one template: instructions and the pools they index.
struct TemplateCode: Sendable {
    /// A static `{{> name}}` or `{{< name}}` tag, kept to report missing partials.
    struct Reference: Sendable {
        /// Index into `partials`.
        var partial: Int32
        var line: Int
        var column: Int
    }

    var instructions: [MustacheInstruction] = []
    /// Literal text and indentation, as UTF-8.
    var bytes: [UInt8] = []
    /// Offsets into `bytes` where template lines start, for indenting partials.
    var lineStarts: [Int32] = []
    /// The parts of dotted names, in order, each name a run of them.
    var names: [String] = []
    /// Partial and parent names that the instructions refer to by index.
    var partials: [String] = []
    /// Block names that the instructions refer to by index.
    var blocks: [String] = []
    var references: [Reference] = []
}
