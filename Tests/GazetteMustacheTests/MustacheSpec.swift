import Foundation
import GazetteMustache

/// The official Mustache spec tests from `../shared/mustache-spec/`, when that folder is present.
enum MustacheSpec {
    /// One test of a spec file.
    struct Case: Decodable, Sendable {
        let name: String
        let data: SpecValue
        let template: String
        let partials: [String: String]?
        let expected: String
    }

    private struct File: Decodable {
        let tests: [Case]
    }

    /// `Tests/GazetteMustacheTests/X.swift` → the package → its parent's `shared/mustache-spec`
    /// (symlinks resolved first, so a scratch package that links these tests in finds it too).
    static let folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/mustache-spec").standardizedFileURL

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: folder.path) }

    /// The modules tested; `~lambdas` is not, as values carry no code.
    static let modules = [
        "comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance", "~dynamic-names",
    ]

    /// Each module's cases, read once.
    private static let loaded: [String: [(name: String, test: Case)]] = Dictionary(
        uniqueKeysWithValues: modules.map { ($0, load($0)) })

    /// The cases of a spec file by unique name; a name that repeats gets ` #2`, ` #3`… appended.
    private static func load(_ file: String) -> [(name: String, test: Case)] {
        let url = folder.appendingPathComponent("\(file).json")
        guard let data = try? Data(contentsOf: url), let tests = try? JSONDecoder().decode(File.self, from: data).tests
        else { return [] }
        var seen: [String: Int] = [:]
        return tests.map { test in
            seen[test.name, default: 0] += 1
            let count = seen[test.name] ?? 1
            return (count == 1 ? test.name : "\(test.name) #\(count)", test)
        }
    }

    static func cases(_ file: String) -> [(name: String, test: Case)] {
        loaded[file] ?? []
    }

    /// The names to run for a spec file: never empty while the folder is present, so a file that
    /// yields no case fails instead of passing with nothing run.
    static func names(_ file: String) -> [String] {
        guard isAvailable else { return [] }
        let names = cases(file).map(\.name)
        return names.isEmpty ? ["no cases found in \(file).json"] : names
    }

    /// Renders one case; returns what it rendered and what the spec expects, or nil when the case
    /// does not exist.
    static func run(_ file: String, _ name: String) throws -> (rendered: String, expected: String)? {
        guard let test = cases(file).first(where: { $0.name == name })?.test else { return nil }
        let library = try library(for: test)
        return (library.render(mainName, test.data.value), test.expected)
    }

    /// Renders one case twice through one memo that keeps every object of the case's data, so
    /// the second render copies whatever the memo may reuse; nil when the case does not exist.
    static func runWithMemo(_ file: String, _ name: String) throws -> (first: String, second: String)? {
        guard let test = cases(file).first(where: { $0.name == name })?.test else { return nil }
        let library = try library(for: test)
        let memo = MustacheMemo(keeping: objects(in: test.data.value))
        var first: [UInt8] = []
        var second: [UInt8] = []
        library.render(mainName, test.data.value, into: &first, memo: memo)
        library.render(mainName, test.data.value, into: &second, memo: memo)
        return (String(decoding: first, as: UTF8.self), String(decoding: second, as: UTF8.self))
    }

    /// A library of the case's partials, and its template under `mainName`.
    private static func library(for test: Case) throws -> MustacheLibrary {
        var templates = test.partials ?? [:]
        templates[mainName] = test.template
        return try MustacheLibrary(templates: templates)
    }

    private static func objects(in value: MustacheValue) -> [MustacheValue] {
        switch value {
        case .object(let members): return [value] + members.values.flatMap { objects(in: $0) }
        case .list(let items): return items.flatMap { objects(in: $0) }
        default: return []
        }
    }

    /// A name no spec partial uses (tags cannot name the empty string).
    private static let mainName = ""
}
