/// A failure the CLI reports as `Error: <message>` with exit status 1, without usage text.
struct CLIError: Error, CustomStringConvertible {
    /// What is wrong, where, and how to fix it.
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
