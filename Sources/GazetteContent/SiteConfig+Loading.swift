import Foundation
import Yams

extension SiteConfig {
    /// Reads `Content/site.yml` of the site in `site`; defaults when there is none.
    public static func load(site: URL, diagnostics: inout [Diagnostic]) -> SiteConfig {
        guard let data = FileManager.default.contents(atPath: site.appendingPathComponent("Content/site.yml").path)
        else {
            return SiteConfig()
        }
        return parse(String(decoding: data, as: UTF8.self), file: "Content/site.yml", diagnostics: &diagnostics)
    }

    /// Reads `site.yml` text; problems are appended to `diagnostics`, defaults stand in for bad values.
    public static func parse(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> SiteConfig {
        var config = SiteConfig()
        let reader = YAMLReader(file: file, lineOffset: 0)
        guard
            let root = reader.mapping(
                text, hint: "site.yml must be a mapping of keys such as 'title: 我的报纸'", diagnostics: &diagnostics)
        else { return config }
        for (key, keyNode, value) in root.pairs {
            let string = value.text
            switch key {
            case "title": config.title = string ?? config.title
            case "description": config.description = string ?? ""
            case "baseURL":
                if let string, !string.isEmpty {
                    if let url = URL(string: string), let scheme = url.scheme, ["http", "https"].contains(scheme),
                        url.host != nil
                    {
                        config.baseURL = string.hasSuffix("/") ? string : string + "/"
                    } else {
                        diagnostics.append(
                            reader.diagnostic(
                                .error, at: value,
                                "baseURL '\(string)' is not an absolute http(s) URL; write it like 'https://news.example.com/'"
                            ))
                    }
                }
            case "language": config.language = string ?? config.language
            case "permalink": config.permalink = string ?? config.permalink
            case "timezone":
                if let string, let zone = TimeZone(identifier: string) {
                    config.timeZone = zone
                } else {
                    diagnostics.append(
                        reader.diagnostic(
                            .error, at: value,
                            "unknown timezone '\(string ?? "")'; use an IANA name such as 'Asia/Shanghai' or 'UTC'"))
                }
            case "pageSize":
                config.pageSize = positiveInt(value, key, reader, &diagnostics) ?? config.pageSize
            case "topicThreshold":
                config.topicThreshold = positiveInt(value, key, reader, &diagnostics) ?? config.topicThreshold
            case "maxTopics":
                config.maxTopics = positiveInt(value, key, reader, &diagnostics) ?? config.maxTopics
            case "author": config.author = string
            case "repairs": config.repairs = bool(value, key, reader, &diagnostics) ?? config.repairs
            case "archive": config.archive = bool(value, key, reader, &diagnostics) ?? config.archive
            case "autoTopics": config.autoTopics = bool(value, key, reader, &diagnostics) ?? config.autoTopics
            case "autoLinkTopics":
                config.autoLinkTopics = bool(value, key, reader, &diagnostics) ?? config.autoLinkTopics
            case "strip": config.strip = value.textList ?? []
            case "captionCredits": config.captionCredits = value.textList ?? []
            case "linkErrors":
                if string == "warning" || string == "error" {
                    config.linkErrorsAreWarnings = string == "warning"
                } else {
                    diagnostics.append(reader.diagnostic(.error, at: value, "linkErrors must be 'error' or 'warning'"))
                }
            case "cname": config.cname = string
            case "deploy":
                guard case .mapping = value else {
                    diagnostics.append(
                        reader.diagnostic(
                            .error, at: value, "deploy must map names to targets, like 'production: dir:/var/www/news'")
                    )
                    break
                }
                for (name, _, target) in value.pairs {
                    if let spec = target.text { config.deploy[name] = spec }
                }
            default:
                diagnostics.append(
                    reader.diagnostic(
                        .warning, at: keyNode,
                        "unknown key '\(key)' in site.yml is ignored; known keys: \(knownKeys.sorted().joined(separator: ", "))"
                    ))
            }
        }
        return config
    }

    private static func positiveInt(
        _ node: Node, _ key: String, _ reader: YAMLReader, _ diagnostics: inout [Diagnostic]
    ) -> Int? {
        if let text = node.text, let value = Int(text), value > 0 { return value }
        diagnostics.append(
            reader.diagnostic(.error, at: node, "\(key) must be a whole number above 0, like '\(key): 20'"))
        return nil
    }

    private static func bool(_ node: Node, _ key: String, _ reader: YAMLReader, _ diagnostics: inout [Diagnostic])
        -> Bool?
    {
        switch node.text?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            diagnostics.append(reader.diagnostic(.error, at: node, "\(key) must be true or false"))
            return nil
        }
    }
}
