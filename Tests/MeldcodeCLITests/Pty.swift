import Foundation

/// The chat on a real terminal: `meldcode` runs under script(1), which
/// gives it a pseudo-terminal, so readline, the passphrase prompt and the
/// case list behave as for a person. The test waits for what a person would
/// read before typing the next line.
final class Pty: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSCondition()
    private var text = ""
    private var closed = false

    init(_ arguments: [String], environment: [String: String]) throws {
        let command = ([Run.executable.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            .joined(separator: " ")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-q", "-e", "-c", command, "/dev/null"]
        var env = ProcessInfo.processInfo.environment
        for key in ["MELDCODE_DATA", "MELDCODE_STORE", "MELDCODE_KEY_FILE", "MELDCODE_SETTINGS"] { env.removeValue(forKey: key) }
        env["TERM"] = "dumb"
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let handle = output.fileHandleForReading
        Thread { [self] in
            while true {
                let chunk = handle.availableData
                lock.lock()
                if chunk.isEmpty { closed = true } else { text += String(decoding: chunk, as: UTF8.self) }
                lock.broadcast()
                lock.unlock()
                if chunk.isEmpty { return }
            }
        }.start()
    }

    /// Waits until `expected` appears in what was shown since the last
    /// expectation; true when it did within `timeout`.
    @discardableResult
    func expect(_ expected: String, timeout: TimeInterval = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        lock.lock()
        defer { lock.unlock() }
        while true {
            if let range = text.range(of: expected) {
                text.removeSubrange(..<range.upperBound)
                return true
            }
            if closed || !lock.wait(until: deadline) { return false }
        }
    }

    /// Everything shown and not yet consumed by an expectation.
    var rest: String {
        lock.lock()
        defer { lock.unlock() }
        return text
    }

    func type(_ line: String) {
        signal(SIGPIPE, SIG_IGN)
        try? input.fileHandleForWriting.write(contentsOf: Data((line + "\r").utf8))
    }

    func finish() -> Int32 {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
