import CaseStore
import Foundation

/// A `meldcode` process the test talks to line by line, as a program on the
/// other end of `session --jsonl` does: send a line, wait for the events it
/// causes, and kill it whenever the test likes.
final class Live: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private let lock = NSCondition()
    private var buffer = Data()
    private var closed = false
    private var errorText: ErrReader!

    init(_ arguments: [String], environment: [String: String], launcher: [String] = [], executable url: URL = Run.executable) throws {
        let executable = url.path
        if launcher.isEmpty {
            process.executableURL = url
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: launcher[0])
            process.arguments = Array(launcher.dropFirst()) + [executable] + arguments
        }
        var env = ProcessInfo.processInfo.environment
        for key in ["MELDCODE_DATA", "MELDCODE_STORE", "MELDCODE_KEY_FILE", "MELDCODE_SETTINGS"] { env.removeValue(forKey: key) }
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        errorText = ErrReader(errors.fileHandleForReading)
        let handle = output.fileHandleForReading
        Thread { [self] in
            while true {
                let chunk = handle.availableData
                lock.lock()
                if chunk.isEmpty { closed = true } else { buffer.append(chunk) }
                lock.broadcast()
                lock.unlock()
                if chunk.isEmpty { return }
            }
        }.start()
    }

    func send(_ text: String) {
        send(raw: Data((jsonLine(text) + "\n").utf8))
    }

    func send(raw data: Data) {
        // The process may be gone (killed, or stopped on an error): a closed
        // pipe is then no failure of the test.
        signal(SIGPIPE, SIG_IGN)
        try? input.fileHandleForWriting.write(contentsOf: data)
    }

    /// The next event, or nil when output ends or nothing comes within `timeout`.
    func next(timeout: TimeInterval = 20) -> [String: Any]? {
        let deadline = Date().addingTimeInterval(timeout)
        lock.lock()
        defer { lock.unlock() }
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] { return object }
                continue
            }
            if closed { return nil }
            if !lock.wait(until: deadline) { return nil }
        }
    }

    /// Events up to and including the next one of `type` (nil if none comes).
    func until(_ type: String...) -> [[String: Any]]? {
        var seen: [[String: Any]] = []
        while let event = next() {
            seen.append(event)
            if let kind = event["type"] as? String, type.contains(kind) { return seen }
        }
        return nil
    }

    func closeInput() { try? input.fileHandleForWriting.close() }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits for the end; the exit status and standard error.
    func finish() -> (status: Int32, reason: Process.TerminationReason, stderr: String) {
        closeInput()
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason, errorText.finish())
    }
}

/// A store directory and key file of its own, removed afterwards.
final class StoreScratch {
    let url: URL
    var store: URL { url.appendingPathComponent("store") }
    var key: URL { url.appendingPathComponent("sleutel") }
    var database: URL { store.appendingPathComponent("cases.sqlite") }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("meldcode-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try CaseStore.createKeyFile(at: key)
    }

    deinit {
        // Read-only tests leave directories without write rights.
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: store.path)
        try? FileManager.default.removeItem(at: url)
    }

    var environment: [String: String] {
        ["MELDCODE_STORE": store.path, "MELDCODE_KEY_FILE": key.path]
    }

    func open() throws -> CaseStore {
        try CaseStore.open(directory: store, key: .keyFile(key))
    }

    func run(_ arguments: [String], lines: [String] = []) throws -> Run {
        try Run(arguments, input: Data(lines.map { $0 + "\n" }.joined().utf8), environment: environment)
    }
}
