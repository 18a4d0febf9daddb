import Foundation

/// Runs the built `meldcode` executable with input on stdin, as a user or
/// another program would through a pipe.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String

    static var executable: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("meldcode"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent(".build/debug/meldcode"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }

    init(_ arguments: [String], input: Data = Data(), environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        // Nothing of the developer's own setup: no content, no store, no key.
        for key in ["MELDCODE_DATA", "MELDCODE_STORE", "MELDCODE_KEY_FILE", "MELDCODE_SETTINGS"] { env.removeValue(forKey: key) }
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let inPipe = Pipe(), outPipe = Pipe(), errPipe = Pipe()
        process.standardInput = inPipe
        process.standardOutput = outPipe
        process.standardError = errPipe
        try process.run()
        // Write and read concurrently so large inputs and outputs cannot block.
        let writer = Thread {
            inPipe.fileHandleForWriting.write(input)
            try? inPipe.fileHandleForWriting.close()
        }
        writer.start()
        let errData = ErrReader(errPipe.fileHandleForReading)
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        stdout = String(decoding: out, as: UTF8.self)
        stderr = errData.finish()
    }

    init(_ arguments: [String], lines: [String]) throws {
        try self.init(arguments, input: Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// The JSON objects of stdout, one per line.
    var events: [[String: Any]] {
        stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }
}

/// Reads stderr on its own thread.
final class ErrReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }.start()
    }

    func finish() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}

func jsonLine(_ text: String) -> String {
    let data = try! JSONSerialization.data(withJSONObject: ["text": text])
    return String(decoding: data, as: UTF8.self)
}
