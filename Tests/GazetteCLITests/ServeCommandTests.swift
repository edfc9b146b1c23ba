import Foundation
import GazetteTesting
import Testing

@Suite("gazette serve")
struct ServeCommandTests {
    @Test("--port 0 picks a free port and prints it; a port in use is a clear error")
    func ports() throws {
        let site = try TestSite(["Content/a.md": "---\ntitle: 预览\ndate: 2026-04-12\n---\n正文。\n"])
        defer { site.remove() }
        let first = Process()
        first.executableURL = GazetteBinary.url
        first.arguments = ["serve", "--site", site.root.path, "--port", "0", "--no-open"]
        let output = Pipe()
        first.standardOutput = output
        first.standardError = output
        try first.run()
        defer {
            first.terminate()
            first.waitUntilExit()
        }
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while !text.contains("Serving "), Date() < deadline {
            text += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        }
        let match = try #require(text.firstMatch(of: /Serving http:\/\/127\.0\.0\.1:(\d+)\//), "printed: \(text)")
        let port = String(match.1)
        #expect(Int(port).map { $0 > 0 } == true)

        let second = try GazetteBinary.run(["serve", "--site", site.root.path, "--port", port, "--no-open"])
        #expect(second.status == 1)
        #expect(
            second.standardError.contains(
                "Error: port \(port) on 127.0.0.1 is in use; pass another port (--port \(Int(port).map { $0 + 1 } ?? 0)) or --port 0 to pick a free one"
            ))
    }
}
