import Foundation
import Yams

/// Reads YAML into Yams nodes and turns YAML errors into diagnostics at the right file line.
struct YAMLReader {
    /// The file the YAML came from, relative to the site folder.
    let file: String
    /// Lines before the YAML in its file (front matter starts after the `---` line).
    let lineOffset: Int

    /// Parses `text`; a syntax error becomes a diagnostic at its line in the file.
    func parse(_ text: String) -> Result<Node?, Diagnostic> {
        do {
            // Gazette reads every scalar as text, so no resolver rules (each is a regular
            // expression per scalar); an explicit encoding, as the default one reads the
            // process environment on every call.
            return .success(try Yams.compose(yaml: text, .basic, .default, .utf8))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error))
        } catch {
            return .failure(.error(file, line: lineOffset + 1, "invalid YAML: \(error)"))
        }
    }

    /// The top-level mapping of `text`; nil for an empty document or after reporting a syntax
    /// error or a document of another shape (`hint` says what is expected).
    func mapping(_ text: String, hint: String, diagnostics: inout [Diagnostic]) -> Node? {
        root(of: text, hint: hint, diagnostics: &diagnostics) { if case .mapping = $0 { true } else { false } }
    }

    /// The top-level sequence of `text`, reported like `mapping(_:hint:diagnostics:)`.
    func sequence(_ text: String, hint: String, diagnostics: inout [Diagnostic]) -> Node.Sequence? {
        guard
            let root = root(
                of: text, hint: hint, diagnostics: &diagnostics, { if case .sequence = $0 { true } else { false } }),
            case .sequence(let sequence) = root
        else { return nil }
        return sequence
    }

    private func root(
        of text: String, hint: String, diagnostics: inout [Diagnostic], _ isExpected: (Node) -> Bool
    ) -> Node? {
        switch parse(text) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(nil):
            return nil
        case .success(let root?):
            guard isExpected(root) else {
                diagnostics.append(diagnostic(.error, at: root, hint))
                return nil
            }
            return root
        }
    }

    /// The file line of a node, for messages about values.
    func line(of node: Node) -> Int? {
        node.mark.map { $0.line + lineOffset }
    }

    /// A diagnostic about a value, placed at the node.
    func diagnostic(_ severity: Diagnostic.Severity, at node: Node, _ message: String) -> Diagnostic {
        Diagnostic(severity, file: file, line: line(of: node), column: node.mark?.column, message)
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let contextText = context.map { " \($0.text)" } ?? ""
            return .error(
                file, line: mark.line + lineOffset, column: mark.column,
                "invalid YAML: \(problem)\(contextText); check the indentation and quote values that contain ':' or '#'"
            )
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(
                file, line: context.mark.line + lineOffset, column: context.mark.column,
                "invalid YAML: duplicated key \(duplicates.joined(separator: ", ")); keep one of them")
        default:
            return .error(file, line: lineOffset + 1, "invalid YAML: \(error)")
        }
    }
}

extension Node {
    /// The scalar's text, nil for mappings and sequences.
    var text: String? {
        if case .scalar(let scalar) = self { return scalar.string }
        return nil
    }

    /// A list of strings from a sequence, or a one-element list from a scalar.
    var textList: [String]? {
        switch self {
        case .scalar(let scalar):
            return scalar.string.isEmpty ? [] : [scalar.string]
        case .sequence(let sequence):
            return sequence.compactMap(\.text)
        default:
            return nil
        }
    }

    /// The pairs of a mapping whose keys are scalars, in file order.
    var pairs: [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let mapping) = self else { return [] }
        return mapping.compactMap { key, value in key.text.map { ($0, key, value) } }
    }
}
