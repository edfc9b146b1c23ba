import ArgumentParser
import Foundation
import GazetteBuild

/// `gazette new`: a new site or a new article.
struct NewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Create a new site or article.",
        subcommands: [NewSiteCommand.self, NewArticleCommand.self])
}

/// `gazette new site DIR`.
struct NewSiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Create a site folder: settings, topics, an example article and the default theme.")

    @Argument(help: "The folder to create.")
    var folder: String

    func run() async throws {
        let url = URL(
            fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        do {
            let files = try Scaffold.newSite(at: url.standardizedFileURL)
            DiagnosticPrinter.printLine(
                "Created \(folder) with \(files.count) files. Next: cd \(folder) && gazette build")
        } catch let failure as Scaffold.Failure {
            throw CLIError(failure.description)
        }
    }
}

/// `gazette new article "标题"`.
struct NewArticleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "article", abstract: "Create a draft article with front matter at Content/YYYY/MM/<pinyin>.md.")

    @OptionGroup var site: SiteOption

    @Argument(help: "The article's title.")
    var title: String

    func run() async throws {
        do {
            let path = try Scaffold.newArticle(title: title, site: site.url)
            DiagnosticPrinter.printLine("Created \(path) (draft: true; remove that line to publish)")
        } catch let failure as Scaffold.Failure {
            throw CLIError(failure.description)
        }
    }
}
