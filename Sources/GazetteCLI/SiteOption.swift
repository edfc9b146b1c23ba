import ArgumentParser
import Foundation

/// `--site DIR`, shared by every command that works on a site.
struct SiteOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder (holds Content/).", valueName: "dir"))
    var site: String = "."

    /// The site folder as an absolute URL.
    var url: URL {
        URL(fileURLWithPath: site, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }
}
