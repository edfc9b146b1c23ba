import Foundation

/// Lists the files of `Content/`: articles and assets, sorted, hidden files and settings skipped.
enum ContentScanner {
    static func scan(_ content: URL) -> (articles: [String], assets: [String]) {
        var articles: [String] = []
        var assets: [String] = []
        guard let enumerator = FileManager.default.enumerator(atPath: content.path) else { return ([], []) }
        for case let path as String in enumerator {
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(
                atPath: content.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !exists || isDirectory.boolValue { continue }
            if path == "site.yml" || path == "topics.yml" { continue }
            if SiteLoader.articleExtensions.contains((name as NSString).pathExtension.lowercased()) {
                articles.append(path)
            } else {
                assets.append(path)
            }
        }
        return (articles.sorted(), assets.sorted())
    }
}
