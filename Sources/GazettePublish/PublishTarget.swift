import Foundation

/// Where a site is published: a folder a web server serves, a git branch, or an rsync destination.
public enum PublishTarget: Sendable, Equatable {
    /// A folder swapped in by rename (`dir:/var/www/news`).
    case directory(URL)
    /// A branch of a git repository (`git:../pages.git#gh-pages`).
    case git(repository: String, branch: String)
    /// Any rsync destination (`rsync:user@host:/var/www/news`).
    case rsync(String)

    /// Parses `dir:PATH`, `git:REPO[#BRANCH]` or `rsync:DEST`, or a name from `deploy:` in site.yml.
    public static func parse(_ text: String, named: [String: String], relativeTo base: URL) throws -> PublishTarget {
        let spec = named[text] ?? text
        if spec.hasPrefix("dir:") {
            let path = String(spec.dropFirst(4))
            guard !path.isEmpty else {
                throw PublishError("target '\(text)' names no folder; write it like 'dir:/var/www/news'")
            }
            return .directory(URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL)
        }
        if spec.hasPrefix("git:") {
            var repository = String(spec.dropFirst(4))
            var branch = "gh-pages"
            if let hash = repository.lastIndex(of: "#") {
                branch = String(repository[repository.index(after: hash)...])
                repository = String(repository[..<hash])
            }
            guard !repository.isEmpty, !branch.isEmpty else {
                throw PublishError(
                    "target '\(text)' names no repository; write it like 'git:git@github.com:you/site.git#gh-pages'")
            }
            if !repository.contains(":"), !repository.hasPrefix("/") {
                repository = URL(fileURLWithPath: repository, relativeTo: base).standardizedFileURL.path
            }
            return .git(repository: repository, branch: branch)
        }
        if spec.hasPrefix("rsync:") {
            var destination = String(spec.dropFirst(6))
            guard !destination.isEmpty else {
                throw PublishError("target '\(text)' names no destination; write it like 'rsync:host:/var/www/news'")
            }
            if !destination.contains(":"), !destination.hasPrefix("/") {
                destination = URL(fileURLWithPath: destination, relativeTo: base).standardizedFileURL.path
            }
            return .rsync(destination)
        }
        let names = named.keys.sorted()
        throw PublishError(
            "unknown target '\(text)'; use dir:PATH, git:REPO[#BRANCH], rsync:DEST"
                + (names.isEmpty
                    ? ", or name one under 'deploy:' in Content/site.yml"
                    : " or one of: \(names.joined(separator: ", "))"))
    }
}

/// A publish failure, with what to do.
public struct PublishError: Error, CustomStringConvertible {
    /// The message for the user.
    public let description: String

    /// Creates an error.
    public init(_ description: String) {
        self.description = description
    }
}
