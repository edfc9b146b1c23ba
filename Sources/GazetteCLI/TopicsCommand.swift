import ArgumentParser
import Foundation
import GazetteBuild
import GazetteContent
import GazetteEnrichment

/// `gazette topics`: the topics with their article counts.
struct TopicsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics", abstract: "List topics with their article counts.",
        subcommands: [TopicsSuggestCommand.self])

    @OptionGroup var site: SiteOption

    func run() async throws {
        let prepared = await SiteBuilder(options: BuildOptions(site: site.url)).prepare()
        let counts = prepared.enriched.articlesByTopic.mapValues(\.count)
        let topics = prepared.enriched.site.vocabulary.topics.sorted {
            (counts[$0.id] ?? 0, $1.id) > (counts[$1.id] ?? 0, $0.id)
        }
        let width = topics.map(\.id.count).max() ?? 0
        for topic in topics {
            DiagnosticPrinter.printLine(
                String(repeating: " ", count: max(0, 5 - String(counts[topic.id] ?? 0).count))
                    + "\(counts[topic.id] ?? 0)  "
                    + topic.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + topic.name)
        }
    }
}

/// `gazette topics suggest`: new topics proposed from the corpus.
struct TopicsSuggestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Propose new topics: phrases several articles use that topics.yml does not know yet.")

    @OptionGroup var site: SiteOption

    @Option(help: "How many suggestions to show.")
    var limit = 30

    func run() async throws {
        let prepared = await SiteBuilder(options: BuildOptions(site: site.url)).prepare()
        let site = prepared.enriched.site
        let suggestions = TopicSuggester(vocabulary: site.vocabulary).suggest(site.articles, limit: limit)
        if suggestions.isEmpty {
            DiagnosticPrinter.printLine("No suggestions: no new phrase occurs in enough articles.")
        }
        for suggestion in suggestions {
            DiagnosticPrinter.printLine(
                "\(suggestion.articles) articles  \(suggestion.phrase)  (e.g. \(suggestion.samples.joined(separator: ", ")))"
            )
        }
    }
}
