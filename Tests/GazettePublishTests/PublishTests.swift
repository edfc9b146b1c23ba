import Foundation
import GazettePublish
import GazetteTesting
import Synchronization
import Testing

@Suite("gazette publish", .serialized)
struct PublishTests {
    static let files: [String: String] = {
        var files = [
            "Content/site.yml":
                "title: 发布测试\nbaseURL: https://news.example.com/\ncname: news.example.com\narchive: false\n"
        ]
        for index in 1...4 {
            files["Content/2026/04/a\(index).md"] =
                "---\ntitle: 第\(index)篇\ndate: 2026-04-0\(index)\nslug: a\(index)\n---\n\n摘要\(index)。\n\n正文。\n"
        }
        return files
    }()

    /// Builds into a scratch folder inside the test site, so `site.remove()` takes it away too.
    func build(_ site: TestSite, minify: Bool = false) async throws -> ProductionBuild.Result {
        let scratch = site.root.appendingPathComponent(".scratch")
        return try await ProductionBuild(options: .init(site: site.root, minify: minify, scratch: scratch)).run()
    }

    func git(_ arguments: [String], in directory: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test("git: one commit per publish, none when unchanged, and an edit touches only affected files")
    func gitTarget() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let bare = site.root.appendingPathComponent("pages.git")
        _ = try git(["init", "--quiet", "--bare", bare.path], in: site.root)
        let target = PublishTarget.git(repository: bare.path, branch: "gh-pages")

        _ = try Publisher(build: try await build(site)).publish(to: target, dryRun: false)
        let unchanged = try Publisher(build: try await build(site)).publish(to: target, dryRun: false)
        #expect(unchanged.summary == "nothing changed: no commit on gh-pages")
        #expect(
            try git(["rev-list", "--count", "gh-pages"], in: bare).trimmingCharacters(in: .whitespacesAndNewlines)
                == "1")

        try site.write("Content/2026/04/a2.md", "---\ntitle: 第2篇\ndate: 2026-04-02\nslug: a2\n---\n\n摘要2。\n\n改过的正文。\n")
        _ = try Publisher(build: try await build(site)).publish(to: target, dryRun: false)
        #expect(
            try git(["rev-list", "--count", "gh-pages"], in: bare).trimmingCharacters(in: .whitespacesAndNewlines)
                == "2")
        let touched = try git(["diff", "--name-only", "gh-pages~1", "gh-pages"], in: bare)
            .split(separator: "\n").map(String.init).sorted()
        #expect(touched == [".gazette-manifest.json", "2026/04/a2/index.html"])
        let files = try git(["ls-tree", "-r", "--name-only", "gh-pages"], in: bare)
        #expect(files.contains(".nojekyll"))
        #expect(files.contains("CNAME"))
        #expect(try git(["log", "-1", "--format=%s", "gh-pages"], in: bare).hasPrefix("Publish 4 articles (built in "))
    }

    @Test("dir: the swap is atomic for a reader, the previous version is kept, rollback restores it")
    func directoryTarget() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let live = site.root.appendingPathComponent("www")
        let target = PublishTarget.directory(live)
        _ = try Publisher(build: try await build(site)).publish(to: target, dryRun: false)
        let firstIndex = try String(contentsOf: live.appendingPathComponent("2026/04/a1/index.html"), encoding: .utf8)

        try site.write("Content/2026/04/a1.md", "---\ntitle: 新标题\ndate: 2026-04-01\nslug: a1\n---\n\n摘要1。\n")
        let second = try await build(site)
        let missing = Atomic<Int>(0)
        let reads = Atomic<Int>(0)
        let done = Atomic<Bool>(false)
        let reader = Thread {
            while !done.load(ordering: .relaxed) {
                if !FileManager.default.fileExists(atPath: live.appendingPathComponent("index.html").path) {
                    missing.add(1, ordering: .relaxed)
                }
                reads.add(1, ordering: .relaxed)
            }
        }
        reader.start()
        // The swaps are quick: start them only once the reader is reading, or it may see none.
        while reads.load(ordering: .relaxed) < 10 { try await Task.sleep(for: .milliseconds(1)) }
        for _ in 0..<3 { _ = try Publisher(build: second).publish(to: target, dryRun: false) }
        done.store(true, ordering: .relaxed)
        try await Task.sleep(for: .milliseconds(50))
        #expect(reads.load(ordering: .relaxed) > 100)
        #expect(missing.load(ordering: .relaxed) == 0, "a reader never saw the site without index.html")

        let current = try String(contentsOf: live.appendingPathComponent("2026/04/a1/index.html"), encoding: .utf8)
        #expect(current.contains("新标题"))
        _ = try Publisher.rollback(live)
        // Three publishes of the same build: the previous version is the second one, identical.
        let rolledBack = try String(contentsOf: live.appendingPathComponent("2026/04/a1/index.html"), encoding: .utf8)
        #expect(rolledBack.contains("新标题"))
        #expect(!firstIndex.contains("新标题"))
    }

    @Test("dir: unchanged files keep their modification time")
    func keepsTimes() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let live = site.root.appendingPathComponent("www")
        _ = try Publisher(build: try await build(site)).publish(to: .directory(live), dryRun: false)
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes(
            [.modificationDate: old], ofItemAtPath: live.appendingPathComponent("2026/04/a4/index.html").path)
        _ = try Publisher(build: try await build(site)).publish(to: .directory(live), dryRun: false)
        let time =
            try FileManager.default.attributesOfItem(atPath: live.appendingPathComponent("2026/04/a4/index.html").path)[
                .modificationDate] as? Date
        #expect(time == old)
    }

    @Test("--dry-run lists exactly the pages one edit changes")
    func dryRun() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let live = site.root.appendingPathComponent("www")
        _ = try Publisher(build: try await build(site)).publish(to: .directory(live), dryRun: false)
        try site.write("Content/2026/04/a3.md", "---\ntitle: 第3篇\ndate: 2026-04-03\nslug: a3\n---\n\n摘要3。\n\n新的正文。\n")
        let outcome = try Publisher(build: try await build(site)).publish(to: .directory(live), dryRun: true)
        #expect(outcome.changes.added.isEmpty)
        #expect(outcome.changes.removed.isEmpty)
        #expect(outcome.changes.changed == ["2026/04/a3/index.html"])
        #expect(
            !(try String(contentsOf: live.appendingPathComponent("2026/04/a3/index.html"), encoding: .utf8)).contains(
                "新的正文"))
    }

    @Test("rsync: to a local folder, deleting what the site no longer has")
    func rsyncTarget() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let destination = site.root.appendingPathComponent("mirror")
        let first = try Publisher(build: try await build(site)).publish(to: .rsync(destination.path), dryRun: false)
        #expect(first.summary.hasPrefix("synced to "))
        #expect(
            FileManager.default.fileExists(atPath: destination.appendingPathComponent("2026/04/a1/index.html").path))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/2026/04/a1.md"))
        let second = try Publisher(build: try await build(site)).publish(to: .rsync(destination.path), dryRun: false)
        #expect(second.changes.removed.contains("2026/04/a1/index.html"))
        #expect(
            !FileManager.default.fileExists(atPath: destination.appendingPathComponent("2026/04/a1/index.html").path))
    }

    @Test("refusals: no baseURL, an unknown target name, a target Gazette did not make, a remote that rejects the push")
    func refusals() async throws {
        var files = Self.files
        files["Content/site.yml"] = "title: 无地址\ndeploy:\n  production: dir:/srv/www\n"
        let bare = try TestSite(files)
        defer { bare.remove() }
        await #expect(throws: PublishError.self) { try await build(bare) }
        do {
            _ = try await build(bare)
        } catch let error as PublishError {
            #expect(
                error.description
                    == "publishing needs baseURL (canonical URLs, feeds and the sitemap are absolute); add 'baseURL: https://news.example.com/' to Content/site.yml or pass --base-url"
            )
        }
        #expect(throws: PublishError.self) {
            try PublishTarget.parse("staging", named: ["production": "dir:/srv/www"], relativeTo: bare.root)
        }
        do {
            _ = try PublishTarget.parse("staging", named: ["production": "dir:/srv/www"], relativeTo: bare.root)
        } catch let error as PublishError {
            #expect(
                error.description
                    == "unknown target 'staging'; use dir:PATH, git:REPO[#BRANCH], rsync:DEST or one of: production")
        }
        #expect(
            try PublishTarget.parse("production", named: ["production": "dir:/srv/www"], relativeTo: bare.root)
                == .directory(URL(fileURLWithPath: "/srv/www")))

        let site = try TestSite(Self.files)
        defer { site.remove() }
        let foreign = site.root.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("not ours".utf8).write(to: foreign.appendingPathComponent("index.html"))
        let result = try await build(site)
        #expect(throws: PublishError.self) {
            try Publisher(build: result).publish(to: .directory(foreign), dryRun: false)
        }
        #expect(try String(contentsOf: foreign.appendingPathComponent("index.html"), encoding: .utf8) == "not ours")
        _ = try Publisher(build: result, force: true).publish(to: .directory(foreign), dryRun: false)
        #expect(
            FileManager.default.fileExists(atPath: site.root.appendingPathComponent("www.previous/index.html").path))

        let rejecting = site.root.appendingPathComponent("rejecting.git")
        _ = try git(["init", "--quiet", "--bare", rejecting.path], in: site.root)
        let hook = rejecting.appendingPathComponent("hooks/pre-receive")
        try Data("#!/bin/sh\necho 'pushes are closed today' >&2\nexit 1\n".utf8).write(to: hook)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        do {
            _ = try Publisher(build: result).publish(
                to: .git(repository: rejecting.path, branch: "gh-pages"), dryRun: false)
            Issue.record("the push should have been rejected")
        } catch let error as PublishError {
            #expect(error.description.hasPrefix("git push --quiet failed (exit 1): "))
            #expect(error.description.contains("pushes are closed today"))
        }
    }

    @Test("production builds fingerprint the stylesheet and can minify")
    func production() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let result = try await build(site, minify: true)
        defer { try? FileManager.default.removeItem(at: result.folder.deletingLastPathComponent()) }
        let index = try String(contentsOf: result.folder.appendingPathComponent("index.html"), encoding: .utf8)
        let match = try #require(index.firstMatch(of: /href="\/style\.([0-9a-f]{8})\.css"/))
        #expect(
            FileManager.default.fileExists(atPath: result.folder.appendingPathComponent("style.\(match.1).css").path))
        #expect(!FileManager.default.fileExists(atPath: result.folder.appendingPathComponent("style.css").path))
        #expect(!index.contains("  <"), "indentation is gone")
        #expect(result.manifest.files["index.html"] != nil)
    }
}
