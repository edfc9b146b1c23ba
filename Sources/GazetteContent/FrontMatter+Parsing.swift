import Foundation
import Yams

extension FrontMatter {
    /// The parts of a Markdown file: front matter YAML (if any) and the body.
    public struct Split: Sendable {
        /// The YAML between the `---` lines, nil when the file has none.
        public var yaml: String?
        /// The body with the front matter lines blanked, so cmark's line numbers are the file's.
        public var body: [UInt8]
    }

    /// Separates front matter from the body; an unclosed block is an error at line 1.
    public static func split(_ bytes: [UInt8], file: String) -> Result<Split, Diagnostic> {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        guard let firstEnd = lineEnd(bytes, from: start), isFence(bytes[start..<firstEnd], "---") else {
            return .success(Split(yaml: nil, body: Array(bytes[start...])))
        }
        var lineStart = nextLine(bytes, after: firstEnd)
        var lines = 1
        while lineStart < bytes.count, let end = lineEnd(bytes, from: lineStart) {
            lines += 1
            let line = bytes[lineStart..<end]
            if isFence(line, "---") || isFence(line, "...") {
                let yaml = String(decoding: bytes[nextLine(bytes, after: firstEnd)..<lineStart], as: UTF8.self)
                let rest = bytes[nextLine(bytes, after: end)...]
                return .success(Split(yaml: yaml, body: [UInt8](repeating: UInt8(ascii: "\n"), count: lines) + rest))
            }
            lineStart = nextLine(bytes, after: end)
        }
        return .failure(
            .error(file, line: 1, column: 1, "front matter is not closed; add a line '---' after its last key"))
    }

    /// Reads front matter YAML that starts on line 2 of `file`.
    public static func parse(
        _ yaml: String, file: String, timeZone: TimeZone, diagnostics: inout [Diagnostic], fastPath: Bool = true
    ) -> FrontMatter {
        var matter = FrontMatter()
        typealias Entry = (key: String, line: Int?, text: String?, list: [String]?, valueLine: Int?, column: Int?)
        var entries: [Entry] = []
        // Lines in the file: the YAML starts after the opening `---` on line 1.
        if fastPath, let plain = PlainYAML.entries(yaml) {
            entries = plain.map { entry in
                switch entry.value {
                case .text(let text):
                    return (
                        entry.key, entry.line + 1, text, text.isEmpty ? [] : [text], entry.valueLine + 1,
                        entry.valueColumn
                    )
                case .list(let items):
                    return (entry.key, entry.line + 1, nil, items, entry.valueLine + 1, entry.valueColumn)
                }
            }
        } else {
            let reader = YAMLReader(file: file, lineOffset: 1)
            guard
                let root = reader.mapping(
                    yaml, hint: "front matter must be keys and values, like 'title: 标题'", diagnostics: &diagnostics)
            else { return matter }
            entries = root.pairs.map { key, keyNode, value in
                (key, reader.line(of: keyNode), value.text, value.textList, reader.line(of: value), value.mark?.column)
            }
        }
        for entry in entries {
            let key = entry.key
            matter.lines[key] = entry.line
            let text = entry.text.map { String($0.trimmedWhitespace) }
            func problem(_ message: String) -> Diagnostic {
                Diagnostic(.error, file: file, line: entry.valueLine, column: entry.column, message)
            }
            switch key {
            case "title": matter.title = text
            case "slug": matter.slug = text
            case "summary": matter.summary = text
            case "author": matter.author = text
            case "source": matter.source = text
            case "image": matter.image = text
            case "language": matter.language = text
            case "deck": matter.deck = entry.list
            case "topics", "tags": matter.topics += entry.list ?? []
            case "aliases": matter.aliases = entry.list ?? []
            case "date", "updated":
                guard let text, !text.isEmpty else { continue }
                guard let date = DateParser.parse(text, timeZone: timeZone) else {
                    diagnostics.append(
                        problem(
                            "\(key) '\(text)' is not a date; write it like '2026-04-12' or '2026-04-12T09:30:00+08:00'")
                    )
                    continue
                }
                if key == "date" { matter.date = date } else { matter.updated = date }
            case "draft", "autoTopics":
                let flag: Bool
                switch text?.lowercased() {
                case "true", "yes": flag = true
                case "false", "no": flag = false
                default:
                    diagnostics.append(problem("\(key) must be true or false"))
                    continue
                }
                if key == "draft" { matter.isDraft = flag } else { matter.autoTopics = flag }
            default:
                // Other keys are the newsroom's own metadata; they are kept out of the way, not reported.
                continue
            }
        }
        return matter
    }

    private static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
    }

    private static func nextLine(_ bytes: [UInt8], after end: Int) -> Int {
        min(end + 1, bytes.count)
    }

    private static func isFence(_ line: ArraySlice<UInt8>, _ fence: String) -> Bool {
        var trimmed = line
        while let last = trimmed.last,
            last == UInt8(ascii: "\r") || last == UInt8(ascii: " ") || last == UInt8(ascii: "\t")
        {
            trimmed = trimmed.dropLast()
        }
        return trimmed.elementsEqual(fence.utf8)
    }
}
