import CSystemShims
import Foundation
import GazetteContent

/// Hands a production build to a target, changing only what changed and never anything outside
/// the target; a failed publish leaves the live site as it was.
public struct Publisher: Sendable {
    /// What a publish did.
    public struct Outcome: Sendable {
        /// The differences against what the target had.
        public var changes: Manifest.Changes
        /// A one-line summary for the user.
        public var summary: String
    }

    let build: ProductionBuild.Result
    let force: Bool

    /// Creates a publisher for a finished production build.
    public init(build: ProductionBuild.Result, force: Bool = false) {
        self.build = build
        self.force = force
    }

    /// Publishes, or with `dryRun` only computes what would change.
    public func publish(to target: PublishTarget, dryRun: Bool) throws -> Outcome {
        switch target {
        case .directory(let url): return try publishDirectory(url, dryRun: dryRun)
        case .git(let repository, let branch): return try publishGit(repository, branch: branch, dryRun: dryRun)
        case .rsync(let destination): return try publishRsync(destination, dryRun: dryRun)
        }
    }

    // MARK: Folder

    private func publishDirectory(_ live: URL, dryRun: Bool) throws -> Outcome {
        let manager = FileManager.default
        let exists = manager.fileExists(atPath: live.path)
        let old = Manifest.read(from: live)
        if exists, old == nil, !force, !(try manager.contentsOfDirectory(atPath: live.path)).isEmpty {
            throw PublishError(
                "'\(live.path)' exists but was not published by Gazette (it has no \(Manifest.fileName)); pass --force to replace it (the old folder is kept as \(live.lastPathComponent).previous)"
            )
        }
        let changes = build.manifest.changes(since: old)
        if dryRun { return Outcome(changes: changes, summary: "dry run: nothing was written") }

        let parent = live.deletingLastPathComponent()
        let incoming = parent.appendingPathComponent(".\(live.lastPathComponent).gazette-incoming-\(getpid())")
        let previous = parent.appendingPathComponent(live.lastPathComponent + ".previous")
        try? manager.removeItem(at: incoming)
        try manager.copyItem(at: build.folder, to: incoming)
        // Unchanged files keep their time, so sync tools and caches skip them.
        if let old {
            for (path, hash) in build.manifest.files where old.files[path] == hash {
                if let time = try? manager.attributesOfItem(atPath: live.appendingPathComponent(path).path)[
                    .modificationDate]
                {
                    try? manager.setAttributes(
                        [.modificationDate: time], ofItemAtPath: incoming.appendingPathComponent(path).path)
                }
            }
        }
        if !exists {
            try manager.moveItem(at: incoming, to: live)
            return Outcome(changes: changes, summary: "published \(build.manifest.files.count) files to \(live.path)")
        }
        guard gazette_exchange_paths(incoming.path, live.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: incoming)
            throw PublishError(
                "cannot swap the new site into '\(live.path)': \(reason); the live site was left as it was")
        }
        // `incoming` now holds the old site: it becomes the rollback copy.
        try? manager.removeItem(at: previous)
        try manager.moveItem(at: incoming, to: previous)
        return Outcome(
            changes: changes,
            summary:
                "published to \(live.path): \(changes.added.count) added, \(changes.changed.count) changed, \(changes.removed.count) removed; the previous version is \(previous.lastPathComponent)"
        )
    }

    /// Puts `PATH.previous` back in place of `PATH` (and the current site becomes `.previous`).
    public static func rollback(_ live: URL) throws -> String {
        let previous = live.deletingLastPathComponent().appendingPathComponent(live.lastPathComponent + ".previous")
        guard FileManager.default.fileExists(atPath: previous.path) else {
            throw PublishError("no previous version to roll back to: '\(previous.path)' does not exist")
        }
        guard gazette_exchange_paths(previous.path, live.path) == 0 else {
            throw PublishError("cannot swap '\(previous.path)' and '\(live.path)': \(String(cString: strerror(errno)))")
        }
        return "rolled back \(live.path) to the previous version (the newer one is now \(previous.lastPathComponent))"
    }

    // MARK: Git

    private func publishGit(_ repository: String, branch: String, dryRun: Bool) throws -> Outcome {
        let work = build.folder.deletingLastPathComponent().appendingPathComponent("git")
        try? FileManager.default.removeItem(at: work)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        try Command.run("git", ["init", "--quiet", "--initial-branch", branch], in: work)
        let remoteHasBranch = !(try Command.run("git", ["ls-remote", "--heads", repository, branch], in: work)).isEmpty
        var old: Manifest?
        if remoteHasBranch {
            try Command.run("git", ["fetch", "--quiet", "--depth", "1", repository, branch], in: work)
            try Command.run("git", ["checkout", "--quiet", "-B", branch, "FETCH_HEAD"], in: work)
            old = Manifest.read(from: work)
            let tracked = try Command.run("git", ["ls-files"], in: work)
            if old == nil, !tracked.isEmpty, !force {
                throw PublishError(
                    "branch '\(branch)' of \(repository) was not published by Gazette (it has no \(Manifest.fileName)); pass --force to replace its files"
                )
            }
        }
        let changes = build.manifest.changes(since: old)
        if dryRun { return Outcome(changes: changes, summary: "dry run: nothing was pushed") }

        for entry in try FileManager.default.contentsOfDirectory(atPath: work.path) where entry != ".git" {
            try FileManager.default.removeItem(at: work.appendingPathComponent(entry))
        }
        for entry in try FileManager.default.contentsOfDirectory(atPath: build.folder.path) {
            try FileManager.default.copyItem(
                at: build.folder.appendingPathComponent(entry), to: work.appendingPathComponent(entry))
        }
        try Data().write(to: work.appendingPathComponent(".nojekyll"))
        if let cname = build.config.cname {
            try Data((cname + "\n").utf8).write(to: work.appendingPathComponent("CNAME"))
        }
        try Command.run("git", ["add", "--all"], in: work)
        let status = try Command.run("git", ["status", "--porcelain"], in: work)
        guard !status.isEmpty else {
            return Outcome(changes: changes, summary: "nothing changed: no commit on \(branch)")
        }
        let message =
            "Publish \(build.report.articles) articles (built in \(String(format: "%.2f", build.report.seconds)) s)"
        try Command.run(
            "git",
            ["-c", "user.name=Gazette", "-c", "user.email=gazette@localhost", "commit", "--quiet", "-m", message],
            in: work)
        try Command.run("git", ["push", "--quiet", repository, "HEAD:refs/heads/\(branch)"], in: work)
        return Outcome(
            changes: changes,
            summary:
                "pushed one commit to \(branch) of \(repository): \(changes.added.count) added, \(changes.changed.count) changed, \(changes.removed.count) removed"
        )
    }

    // MARK: rsync

    private func publishRsync(_ destination: String, dryRun: Bool) throws -> Outcome {
        let probe = build.folder.deletingLastPathComponent().appendingPathComponent("remote-manifest")
        try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)
        let remoteManifest =
            destination.hasSuffix("/") ? destination + Manifest.fileName : destination + "/" + Manifest.fileName
        var old: Manifest?
        if (try? Command.run("rsync", ["--quiet", remoteManifest, probe.path + "/"])) != nil {
            old = Manifest.read(from: probe)
        }
        if old == nil, !force {
            let listing =
                (try? Command.run(
                    "rsync", ["--list-only", destination.hasSuffix("/") ? destination : destination + "/"])) ?? ""
            let entries = listing.split(separator: "\n").filter { !$0.hasSuffix(" .") }
            if !entries.isEmpty {
                throw PublishError(
                    "'\(destination)' has files but was not published by Gazette (no \(Manifest.fileName)); pass --force to replace them"
                )
            }
        }
        let changes = build.manifest.changes(since: old)
        if dryRun { return Outcome(changes: changes, summary: "dry run: nothing was sent") }
        try Command.run(
            "rsync",
            [
                "--recursive", "--checksum", "--delete-after", "--times", build.folder.path + "/",
                destination.hasSuffix("/") ? destination : destination + "/",
            ])
        return Outcome(
            changes: changes,
            summary:
                "synced to \(destination): \(changes.added.count) added, \(changes.changed.count) changed, \(changes.removed.count) removed"
        )
    }
}
