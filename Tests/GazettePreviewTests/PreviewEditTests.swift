import Foundation
import GazetteBuild
import GazettePreview
import GazetteTesting
import Testing

/// Edits the watcher names, which the session applies to its last build instead of loading and
/// enriching every article: each must leave the preview exactly as a fresh session would build it.
@Suite("Preview edits applied in place")
struct PreviewEditTests {
    static let files = [
        "Content/site.yml": "title: 编辑测试\npageSize: 2\nautoTopics: true\nautoLinkTopics: true\n",
        "Content/topics.yml": "- id: port\n  name: 港口\n- id: grain\n  name: 粮食\n  aliases: [小麦]\n",
        "Content/2026/05/wharf.md":
            "---\ntitle: 码头扩建\nslug: wharf\ndate: 2026-05-01\ntags: [port]\n---\n\n码头扩建工程开工。\n\n## 工期\n\n预计两年。\n",
        "Content/2026/05/harvest.md":
            "---\ntitle: 夏粮丰收\nslug: harvest\ndate: 2026-05-02\n---\n\n夏粮丰收，粮食产量创新高。小麦收割过半，粮食收购有序。\n",
        "Content/2026/05/ships.md":
            "---\ntitle: 船只进港\nslug: ships\ndate: 2026-05-03\ntags: [port]\n---\n\n船只陆续进港，港口一片繁忙。\n",
        "Content/2026/05/market.md": "---\ntitle: 集市开张\nslug: market\ndate: 2026-05-04\n---\n\n集市周末开张。\n",
    ]

    static let shipsPath = "Content/2026/05/ships.md"

    func started() async throws -> (TestSite, PreviewSession) {
        let site = try TestSite(Self.files)
        let session = PreviewSession(options: site.options())
        await session.rebuild()
        return (site, session)
    }

    /// Writes `text` to `path` and rebuilds with the watcher's change set.
    func edit(_ site: TestSite, _ session: PreviewSession, _ path: String, _ text: String) async throws
        -> RebuildOutcome
    {
        try site.write(path, text)
        return await session.rebuild(changed: [site.root.appendingPathComponent(path).path])
    }

    /// Expects the preview to serve what a fresh session builds from the same files.
    func expectFresh(_ site: TestSite, _ session: PreviewSession, _ outcome: RebuildOutcome) async {
        let fresh = PreviewSession(options: site.options())
        let built = await fresh.rebuild()
        let served = session.store.snapshot.files.mapValues(\.bytes)
        let expected = fresh.store.snapshot.files.mapValues(\.bytes)
        let differing = Set(served.keys).union(expected.keys).filter { served[$0] != expected[$0] }.sorted()
        #expect(differing == [])
        #expect(outcome.warnings == built.warnings)
        #expect(outcome.errors == built.errors)
    }

    @Test("a body edit is applied in place and renders only its page")
    func bodyEdit() async throws {
        let (site, session) = try await started()
        defer { site.remove() }
        let outcome = try await edit(
            site, session, Self.shipsPath,
            "---\ntitle: 船只进港\nslug: ships\ndate: 2026-05-03\ntags: [port]\n---\n\n船只陆续进港，港口一片繁忙。\n\n装卸昼夜不停。\n")
        #expect(outcome.stages["reload"] != nil, "the edit kept the article's place: no whole-site load")
        #expect(outcome.urls == ["/2026/05/ships/"])
        #expect(outcome.rendered == 1)
        await expectFresh(site, session, outcome)
    }

    @Test("a new link and a missing image update the target's backlinks and the warnings")
    func linkEdits() async throws {
        let (site, session) = try await started()
        defer { site.remove() }
        let linked = try await edit(
            site, session, Self.shipsPath,
            "---\ntitle: 船只进港\nslug: ships\ndate: 2026-05-03\ntags: [port]\n---\n\n船只进港，见[扩建](wharf.md#工期)。\n\n![照片](gone.jpg)\n"
        )
        #expect(linked.stages["reload"] != nil)
        #expect(linked.urls.contains("/2026/05/wharf/"), "the linked article lists the new backlink")
        #expect(linked.warnings == 1)
        let wharf = try #require(session.store.file("2026/05/wharf/index.html"))
        #expect(String(decoding: wharf.bytes, as: UTF8.self).contains("船只进港"))
        await expectFresh(site, session, linked)

        let unlinked = try await edit(
            site, session, Self.shipsPath,
            "---\ntitle: 船只进港\nslug: ships\ndate: 2026-05-03\ntags: [port]\n---\n\n船只进港。\n")
        #expect(unlinked.stages["reload"] != nil)
        #expect(unlinked.urls.contains("/2026/05/wharf/"), "the backlink is gone again")
        #expect(unlinked.warnings == 0)
        await expectFresh(site, session, unlinked)
    }

    @Test(
        "edits that change the site's shape rebuild it whole",
        arguments: [
            ("a new title", "---\ntitle: 货轮进港\nslug: ships\ndate: 2026-05-03\ntags: [port]\n---\n\n船只陆续进港，港口一片繁忙。\n"),
            ("a new date", "---\ntitle: 船只进港\nslug: ships\ndate: 2026-04-30\ntags: [port]\n---\n\n船只陆续进港，港口一片繁忙。\n"),
            ("new tags", "---\ntitle: 船只进港\nslug: ships\ndate: 2026-05-03\ntags: [grain]\n---\n\n船只陆续进港，港口一片繁忙。\n"),
            (
                "a found topic",
                "---\ntitle: 船只进港\nslug: ships\ndate: 2026-05-03\ntags: [port]\n---\n\n运粮船进港，粮食和小麦装卸，粮食入库。\n"
            ),
            (
                "a heading",
                "---\ntitle: 船只进港\nslug: ships\ndate: 2026-05-03\ntags: [port]\n---\n\n船只进港。\n\n## 泊位\n\n满了。\n"
            ),
            ("a draft", "---\ntitle: 船只进港\nslug: ships\ndate: 2026-05-03\ndraft: true\n---\n\n船只陆续进港。\n"),
        ])
    func shapeEdits(kind: String, text: String) async throws {
        let (site, session) = try await started()
        defer { site.remove() }
        let outcome = try await edit(site, session, Self.shipsPath, text)
        #expect(outcome.stages["load+parse"] != nil, "\(kind): the whole site is loaded again")
        #expect(outcome.errors.isEmpty)
        await expectFresh(site, session, outcome)
    }

    @Test("edits after a whole rebuild are applied in place again")
    func afterWholeRebuild() async throws {
        let (site, session) = try await started()
        defer { site.remove() }
        try site.write(
            "Templates/404.mustache", "<!DOCTYPE html><html lang=\"zh\"><title>404</title><body>无</body></html>\n")
        let template = await session.rebuild(changed: [site.root.appendingPathComponent("Templates/404.mustache").path])
        #expect(template.stages["load+parse"] != nil, "a template is not an article edit")
        let outcome = try await edit(
            site, session, "Content/2026/05/market.md",
            "---\ntitle: 集市开张\nslug: market\ndate: 2026-05-04\n---\n\n集市周末开张，人头攒动。\n")
        #expect(outcome.stages["reload"] != nil)
        await expectFresh(site, session, outcome)
    }
}
