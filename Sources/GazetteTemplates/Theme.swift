import Foundation
import GazetteContent
import Mustache

/// Compiled Mustache templates and static files: the default theme with a site's own
/// `Templates/` laid over it, template by template.
public struct Theme: Sendable {
    /// Templates the build renders; a theme may leave out none of them.
    public static let pageTemplates = ["article", "home", "list", "topics", "archive", "404"]

    let library: MustacheLibrary
    /// Static files by path relative to `static/` (`style.css`), copied to the site root.
    public let staticFiles: [String: ThemeFile]
    /// A hash of every template's text: pages rendered with another theme differ.
    public let fingerprint: UInt64

    /// Loads the theme for the site in `root`; template errors are reported with file and line.
    public static func load(siteRoot root: URL) -> (theme: Theme?, diagnostics: [Diagnostic]) {
        var sources: [String: (text: String, file: String)] = [:]
        var staticFiles: [String: ThemeFile] = [:]
        for (path, text) in DefaultTheme.files {
            if let name = templateName(path) {
                sources[name] = (text, "(default theme) Templates/\(path)")
            } else if path.hasPrefix("static/") {
                staticFiles[String(path.dropFirst("static/".count))] = .embedded(text)
            }
        }
        var diagnostics: [Diagnostic] = []
        let folder = root.appendingPathComponent("Templates")
        if let enumerator = FileManager.default.enumerator(atPath: folder.path) {
            for case let path as String in enumerator {
                let url = folder.appendingPathComponent(path)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
                    !isDirectory.boolValue,
                    !(path as NSString).lastPathComponent.hasPrefix(".")
                else { continue }
                if let name = templateName(path) {
                    guard let data = FileManager.default.contents(atPath: url.path),
                        let text = String(data: data, encoding: .utf8)
                    else {
                        diagnostics.append(.error("Templates/\(path)", "cannot read the template as UTF-8 text"))
                        continue
                    }
                    sources[name] = (text, "Templates/\(path)")
                } else if path.hasPrefix("static/") {
                    staticFiles[String(path.dropFirst("static/".count))] = .disk(url)
                }
            }
        }

        var library = MustacheLibrary()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(
                    .error(
                        source.file, line: error.context.lineNumber, column: error.context.columnNumber,
                        "template syntax error: \(describe(error.error)); check that every {{#section}} is closed by {{/section}}"
                    ))
            } catch {
                diagnostics.append(.error(source.file, "template syntax error: \(error)"))
            }
        }
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            for partial in PartialScanner.partials(in: source.text) where sources[partial.name] == nil {
                diagnostics.append(
                    .error(
                        source.file, line: partial.line, column: partial.column,
                        "partial '\(partial.name)' not found; create Templates/\(partial.name).mustache or fix the name"
                    ))
                _ = name
            }
        }
        guard !diagnostics.containsErrors else { return (nil, diagnostics) }
        var hasher = StableHasher()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            hasher.combine(name)
            hasher.combine(source.text)
        }
        return (Theme(library: library, staticFiles: staticFiles, fingerprint: hasher.value), diagnostics)
    }

    /// Renders a page template with a context of dictionaries, arrays, strings, numbers and flags.
    public func render(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }

    private static func templateName(_ path: String) -> String? {
        guard path.hasSuffix(".mustache") else { return nil }
        return String(path.dropLast(".mustache".count))
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "a closing tag does not match the open section"
        case MustacheTemplate.Error.unfinishedName: return "a tag is not closed with }}"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: return "a set-delimiter tag is malformed"
        default: return "\(error)"
        }
    }
}
