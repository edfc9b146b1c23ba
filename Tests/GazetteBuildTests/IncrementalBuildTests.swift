import Foundation
import GazetteBuild
import GazetteTesting
import Testing

@Suite("incremental builds with .gazette-cache")
struct IncrementalBuildTests {
    static let files = [
        "Content/site.yml": "title: 测试日报\nbaseURL: https://news.example.com/\npageSize: 2\nautoTopics: true\n",
        "Content/topics.yml": "- id: hormuz\n  name: 霍尔木兹海峡\n- id: oil\n  name: 油价\n  aliases: [原油价格]\n",
        "Content/2026/04/talks.md":
            "---\ntitle: 会谈结束\ndate: 2026-04-12T10:00:00+08:00\ntags: [hormuz]\n---\n\n会谈在周日结束。\n\n## 谈判细节\n\n双方谈到霍尔木兹海峡。\n\n最后一段。\n",
        "Content/2026/04/oil.md":
            "---\ntitle: 油价上涨\ndate: 2026-04-13\ntags: [oil]\n---\n\n见[会谈](talks.md#谈判细节)与![地图](img/map.svg)。油价与霍尔木兹海峡有关。\n",
        "Content/2026/04/img/map.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "Content/2026/04/ships.md":
            "---\ntitle: 船只通行\ndate: 2026-04-14\n---\n\n霍尔木兹海峡的船只恢复通行，参见[[会谈结束]]。油价回落。\n",
        "Content/2026/04/ports.md": "---\ntitle: 港口繁忙\ndate: 2026-04-15\n---\n\n港口恢复繁忙。\n",
        "Content/world/2026-04-10-english.md": "# Talks end without a deal\n\nThe talks ended on Sunday.\n",
    ]

    /// The output of a build from scratch of the same sources, in a fresh folder.
    static func cleanOutput(of site: TestSite) async throws -> [String: Data] {
        var files: [String: String] = [:]
        for folder in ["Content", "Templates"] {
            for (path, data) in site.snapshot(folder) {
                files[folder + "/" + path] = String(decoding: data, as: UTF8.self)
            }
        }
        let fresh = try TestSite(files)
        defer { fresh.remove() }
        try await fresh.build()
        return fresh.snapshot().filter { $0.key != ".gazette-build" }
    }

    static func output(of site: TestSite) -> [String: Data] {
        site.snapshot().filter { $0.key != ".gazette-build" }
    }

    /// The paths whose bytes differ between two outputs, for readable failures.
    static func differences(_ a: [String: Data], _ b: [String: Data]) -> [String] {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
    }

    /// Expects the site's output to equal a clean build's.
    static func expectClean(_ site: TestSite, _ comment: String) async throws {
        let clean = try await cleanOutput(of: site)
        #expect(differences(output(of: site), clean) == [], "\(comment)")
    }

    @Test("every kind of edit gives the output of a clean build, rendering only what changed")
    func editsMatchCleanBuilds() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let first = try await site.build()
        #expect(first.rendered == first.files - 2, "a first build renders every page; style.css and map.svg are copied")
        #expect(
            FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".gazette-cache/build.bin").path))

        let unchanged = try await site.build()
        #expect(unchanged.rendered == 0)
        try await Self.expectClean(site, "no edit")

        let edits: [(String, () throws -> Void)] = [
            (
                "body",
                {
                    try site.write(
                        "Content/2026/04/talks.md", (Self.files["Content/2026/04/talks.md"] ?? "") + "\n新增一段。\n")
                }
            ),
            (
                "title",
                { try site.write("Content/2026/04/ports.md", "---\ntitle: 港口忙碌\ndate: 2026-04-15\n---\n\n港口恢复繁忙。\n") }
            ),
            (
                "topics",
                {
                    try site.write(
                        "Content/2026/04/ports.md", "---\ntitle: 港口忙碌\ndate: 2026-04-15\ntags: [oil]\n---\n\n港口恢复繁忙。\n")
                }
            ),
            (
                "heading renamed, link and wiki link follow",
                {
                    try site.write(
                        "Content/2026/04/talks.md",
                        "---\ntitle: 会谈结束\ndate: 2026-04-12T10:00:00+08:00\ntags: [hormuz]\n---\n\n会谈在周日结束。\n\n## 谈判要点\n\n正文。\n"
                    )
                    try site.write(
                        "Content/2026/04/oil.md",
                        "---\ntitle: 油价上涨\ndate: 2026-04-13\ntags: [oil]\n---\n\n见[会谈](talks.md#谈判要点)与![地图](img/map.svg)。\n"
                    )
                }
            ),
            (
                "deleted article",
                { try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/2026/04/ships.md")) }
            ),
            (
                "new article",
                {
                    try site.write(
                        "Content/2026/04/new.md", "---\ntitle: 新消息\ndate: 2026-04-16\ntags: [hormuz]\n---\n\n新的进展。\n")
                }
            ),
            ("template", { try site.write("Templates/partials/footer.mustache", "<footer>自定义页脚</footer>\n") }),
            (
                "asset",
                {
                    try site.write(
                        "Content/2026/04/img/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>")
                }
            ),
            (
                "site.yml",
                {
                    try site.write(
                        "Content/site.yml",
                        "title: 测试晚报\nbaseURL: https://news.example.com/\npageSize: 2\nautoTopics: true\n")
                }
            ),
        ]
        for (kind, edit) in edits {
            try edit()
            let report = try await site.build()
            #expect(report.rendered < report.files || kind == "template" || kind == "site.yml", "\(kind)")
            try await Self.expectClean(site, "after the \(kind) edit")
        }
    }

    @Test("a body edit renders only that article's page")
    func bodyEditRendersOnePage() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try await site.build()
        try site.write("Content/2026/04/ports.md", "---\ntitle: 港口繁忙\ndate: 2026-04-15\n---\n\n港口恢复繁忙。\n\n又一段。\n")
        let report = try await site.build()
        #expect(report.rendered == 1)
        #expect(site.output("2026/04/gang-kou-fan-mang/index.html")?.contains("又一段。") == true)
    }

    @Test("the output folder's .gitkeep survives clean and incremental builds")
    func placeholderStays() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.write("Public/.gitkeep", "")
        try await site.build()
        #expect(site.snapshot()[".gitkeep"] == Data(), "a clean build keeps it")
        try site.write("Content/2026/04/ports.md", "---\ntitle: 港口繁忙\ndate: 2026-04-15\n---\n\n港口恢复繁忙。\n\n又一段。\n")
        let report = try await site.build()
        #expect(report.rendered == 1, "the second build is incremental")
        #expect(site.snapshot()[".gitkeep"] == Data(), "an incremental build keeps it")
    }

    @Test("a corrupt, truncated or foreign cache is rebuilt, never trusted")
    func badCaches() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try await site.build()
        let cacheFile = site.root.appendingPathComponent(".gazette-cache/build.bin")
        let good = try Data(contentsOf: cacheFile)
        var flipped = good
        flipped[flipped.count / 2] ^= 0x5A
        for (kind, bytes) in [
            ("flipped byte", flipped), ("truncated", good.prefix(good.count / 3)),
            ("garbage", Data("not a cache".utf8)),
        ] {
            try site.write("Content/2026/04/ports.md", "---\ntitle: 港口繁忙\ndate: 2026-04-15\n---\n\n港口恢复繁忙（\(kind)）。\n")
            try bytes.write(to: cacheFile)
            let report = try await site.build()
            #expect(report.rendered == report.files - 2, "\(kind): everything rendered again")
            try await Self.expectClean(site, kind)
            #expect(try Data(contentsOf: cacheFile) != bytes, "\(kind): the cache was replaced")
        }
    }

    @Test("a cache made with other options, or for an output folder that changed, is not used")
    func staleCaches() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        _ = try await SiteBuilder(options: site.options(baseURL: "https://other.example.org/")).build()
        let report = try await site.build()
        #expect(report.rendered == report.files - 2, "the --base-url build's cache does not fit")
        try await Self.expectClean(site, "no edit")

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Public"))
        let afterDelete = try await site.build()
        #expect(afterDelete.rendered == afterDelete.files - 2, "Public/ was deleted: everything is written again")
        try await Self.expectClean(site, "no edit")
    }
}
