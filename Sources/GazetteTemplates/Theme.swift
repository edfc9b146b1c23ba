import Foundation
import GazetteContent
import GazetteMustache

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
                library.register(try MustacheTemplate(source.text), named: name)
            } catch {
                diagnostics.append(
                    .error(
                        source.file, line: error.line, column: error.column,
                        "template syntax error: \(describe(error.kind)); check that every {{#section}} is closed by {{/section}}"
                    ))
            }
        }
        for missing in library.missingPartials() {
            diagnostics.append(
                .error(
                    sources[missing.template]?.file ?? "Templates/\(missing.template).mustache", line: missing.line,
                    column: missing.column,
                    "partial '\(missing.partial)' not found; create Templates/\(missing.partial).mustache or fix the name"
                ))
        }
        guard !diagnostics.containsErrors else { return (nil, diagnostics) }
        var hasher = StableHasher()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            hasher.combine(name)
            hasher.combine(source.text)
        }
        return (Theme(library: library, staticFiles: staticFiles, fingerprint: hasher.value), diagnostics)
    }

    /// Renders a page template with a context into UTF-8 bytes, reusing and filling `memo`.
    public func render(_ template: String, _ context: MustacheValue, memo: MustacheMemo? = nil) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16_384)
        library.render(template, context, into: &bytes, memo: memo)
        return bytes
    }

    private static func templateName(_ path: String) -> String? {
        guard path.hasSuffix(".mustache") else { return nil }
        return String(path.dropLast(".mustache".count))
    }

    private static func describe(_ kind: MustacheSyntaxError.Kind) -> String {
        switch kind {
        case .mismatchedClose(let expected, let found):
            return "a closing tag does not match the open section ({{/\(found)}} where {{/\(expected)}} belongs)"
        case .unexpectedClose(let name): return "{{/\(name)}} closes no open section"
        case .unclosedTag: return "a tag is not closed with }}"
        case .unclosedSection(let name): return "a section is never closed ({{#\(name)}})"
        case .invalidDelimiters: return "a set-delimiter tag is malformed"
        case .emptyTagName: return "a tag has no name"
        case .invalidTagName(let name): return "'\(name)' is not a valid tag name"
        }
    }
}
