import Foundation

/// Removes the whitespace of HTML that browsers collapse anyway: runs of spaces, tabs and line
/// breaks become one space, and space between a line's start and its first tag goes. Content of
/// `<pre>`, `<textarea>`, `<script>` and `<style>` is left exactly as it is.
public enum HTMLMinifier {
    private static let preserved = ["pre", "textarea", "script", "style"]

    /// The minified page.
    public static func minify(_ html: String) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count)
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            output += collapse(rest[..<open], atLineStart: output.last == nil || output.last == ">")
            rest = rest[open...]
            if let tag = preserved.first(where: { opens(rest, $0) }),
                let close = rest.range(of: "</\(tag)", options: [])
            {
                let end = rest[close.upperBound...].firstIndex(of: ">").map { rest.index(after: $0) } ?? rest.endIndex
                output += rest[..<end]
                rest = rest[end...]
                continue
            }
            let end = rest.firstIndex(of: ">").map { rest.index(after: $0) } ?? rest.endIndex
            output += rest[..<end]
            rest = rest[end...]
        }
        output += collapse(rest, atLineStart: false)
        return output
    }

    private static func opens(_ text: Substring, _ tag: String) -> Bool {
        guard text.hasPrefix("<" + tag) else { return false }
        let after = text.dropFirst(tag.count + 1).first
        return after == ">" || after == " " || after == "\n" || after == "\t"
    }

    /// Text between tags: whitespace runs become one space; a run that holds a line break and
    /// sits between two tags becomes a single line break, which keeps documents readable.
    private static func collapse(_ text: Substring, atLineStart: Bool) -> String {
        var result = ""
        var pendingSpace = false
        var pendingBreak = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = true
                if character.isNewline { pendingBreak = true }
                continue
            }
            if pendingSpace, !(atLineStart && result.isEmpty) {
                result.append(pendingBreak && result.isEmpty ? "\n" : " ")
            }
            pendingSpace = false
            pendingBreak = false
            result.append(character)
        }
        if pendingSpace { result.append(result.isEmpty && pendingBreak ? "\n" : " ") }
        return result
    }
}
