import Foundation

/// Finds `{{> name}}` tags in template text, with their lines, to report missing partials
/// (swift-mustache renders a missing partial as empty text).
enum PartialScanner {
    struct Reference {
        var name: String
        var line: Int
        var column: Int
    }

    static func partials(in text: String) -> [Reference] {
        var references: [Reference] = []
        var line = 1
        for lineText in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = lineText[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...].drop(while: { $0 == " " })
                guard afterOpen.first == ">" || afterOpen.first == "<",
                    let close = afterOpen.range(of: "}}")
                else {
                    rest = rest[open.upperBound...]
                    continue
                }
                let name = afterOpen[afterOpen.index(after: afterOpen.startIndex)..<close.lowerBound]
                    .trimmingCharacters(in: .whitespaces)
                if !name.isEmpty {
                    let column = lineText.distance(from: lineText.startIndex, to: open.lowerBound) + 1
                    references.append(Reference(name: name, line: line, column: column))
                }
                rest = afterOpen[close.upperBound...]
            }
            line += 1
        }
        return references
    }
}
