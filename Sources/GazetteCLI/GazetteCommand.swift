import ArgumentParser
import GazetteMarkdown

/// `gazette`: the root command that holds the subcommands.
struct GazetteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette",
        abstract: "A static site generator for news and article sites.",
        version: "0.1.0 (cmark \(cmarkVersion))",
        subcommands: [
            BuildCommand.self, CheckCommand.self, InspectCommand.self, NewCommand.self, PublishCommand.self,
            RenderCommand.self, ServeCommand.self, TopicsCommand.self,
        ]
    )
}
