import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lists the files of `Content/`: articles and assets, sorted, hidden files and settings skipped.
///
/// It reads folders with `readdir`, whose entries say whether they are folders: FileManager's
/// enumerator with a `fileExists` call per file took longer than parsing a cached site.
enum ContentScanner {
    static func scan(_ content: URL) -> (articles: [String], assets: [String]) {
        var articles: [String] = []
        var assets: [String] = []
        var folders = [""]
        while let folder = folders.popLast() {
            let path = folder.isEmpty ? content.path : content.path + "/" + folder
            guard let directory = opendir(path) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let relative = folder.isEmpty ? name : folder + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
                    var info = stat()
                    guard stat(path + "/" + name, &info) == 0 else { continue }
                    type = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : Int32(DT_REG)
                }
                if type == Int32(DT_DIR) {
                    folders.append(relative)
                } else if relative == "site.yml" || relative == "topics.yml" {
                    continue
                } else if SiteLoader.isArticle(name) {
                    articles.append(relative)
                } else {
                    assets.append(relative)
                }
            }
        }
        return (articles.sorted(), assets.sorted())
    }
}
