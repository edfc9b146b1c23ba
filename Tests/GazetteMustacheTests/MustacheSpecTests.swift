import GazetteMustache
import Testing

/// Every test of the official Mustache spec modules Gazette supports; `~lambdas` is left out, as
/// values are data only.
@Suite("Mustache spec")
struct MustacheSpecTests {
    private func check(_ file: String, _ name: String) throws {
        let result = try MustacheSpec.run(file, name)
        let outcome = try #require(result, "no spec case '\(name)' in \(file).json")
        #expect(outcome.rendered == outcome.expected)
        let memoized = try #require(try MustacheSpec.runWithMemo(file, name))
        #expect(memoized.first == outcome.expected)
        #expect(memoized.second == outcome.expected)
    }

    @Test(
        "comments", .enabled(if: MustacheSpec.isAvailable, "../shared/mustache-spec is not present"),
        arguments: MustacheSpec.names("comments"))
    func comments(_ name: String) throws { try check("comments", name) }

    @Test(
        "delimiters", .enabled(if: MustacheSpec.isAvailable, "../shared/mustache-spec is not present"),
        arguments: MustacheSpec.names("delimiters"))
    func delimiters(_ name: String) throws { try check("delimiters", name) }

    @Test(
        "interpolation", .enabled(if: MustacheSpec.isAvailable, "../shared/mustache-spec is not present"),
        arguments: MustacheSpec.names("interpolation"))
    func interpolation(_ name: String) throws { try check("interpolation", name) }

    @Test(
        "inverted", .enabled(if: MustacheSpec.isAvailable, "../shared/mustache-spec is not present"),
        arguments: MustacheSpec.names("inverted"))
    func inverted(_ name: String) throws { try check("inverted", name) }

    @Test(
        "partials", .enabled(if: MustacheSpec.isAvailable, "../shared/mustache-spec is not present"),
        arguments: MustacheSpec.names("partials"))
    func partials(_ name: String) throws { try check("partials", name) }

    @Test(
        "sections", .enabled(if: MustacheSpec.isAvailable, "../shared/mustache-spec is not present"),
        arguments: MustacheSpec.names("sections"))
    func sections(_ name: String) throws { try check("sections", name) }

    @Test(
        "~inheritance", .enabled(if: MustacheSpec.isAvailable, "../shared/mustache-spec is not present"),
        arguments: MustacheSpec.names("~inheritance"))
    func inheritance(_ name: String) throws { try check("~inheritance", name) }

    @Test(
        "~dynamic-names", .enabled(if: MustacheSpec.isAvailable, "../shared/mustache-spec is not present"),
        arguments: MustacheSpec.names("~dynamic-names"))
    func dynamicNames(_ name: String) throws { try check("~dynamic-names", name) }
}
