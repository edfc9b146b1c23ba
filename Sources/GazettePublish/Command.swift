import Foundation

/// Runs a tool (git, rsync, gzip) and reports its own error message when it fails.
enum Command {
    /// Standard output of the tool; throws with the tool's standard error when it exits non-zero.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String], in directory: URL? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw PublishError("cannot run \(tool): \(error); install it (apt-get install \(tool))")
        }
        // Read both pipes before waiting, so a chatty tool cannot fill a pipe and stall.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let out = String(decoding: outData, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if process.terminationStatus == 127 {
                throw PublishError("\(tool) is not installed; install it (apt-get install \(tool))")
            }
            throw PublishError(
                "\(tool) \(arguments.prefix(2).joined(separator: " ")) failed (exit \(process.terminationStatus)): \(message.isEmpty ? out : message)"
            )
        }
        return out
    }
}
