import Foundation

/// Puts the dossier on the clipboard: with OSC 52 on a terminal that
/// supports it, otherwise with wl-copy, xclip or xsel when present; when none
/// can, the caller prints the text with a message. The text never goes
/// through a temporary file.
enum Clipboard {
    enum Result: Equatable {
        case terminal, tool(String), unavailable
    }

    static func copy(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Result {
        if supportsOSC52(environment) {
            let encoded = Data(text.utf8).base64EncodedString()
            // Inside tmux the sequence is wrapped so tmux passes it on.
            let sequence = environment["TMUX"] != nil
                ? "\u{1B}Ptmux;\u{1B}\u{1B}]52;c;\(encoded)\u{07}\u{1B}\\"
                : "\u{1B}]52;c;\(encoded)\u{07}"
            FileHandle.standardOutput.write(Data(sequence.utf8))
            return .terminal
        }
        for (tool, arguments) in tools(environment) {
            guard let path = find(tool, environment) else { continue }
            if run(path, arguments, input: text) { return .tool(tool) }
        }
        return .unavailable
    }

    /// Terminals known to accept OSC 52, on a terminal only.
    static func supportsOSC52(_ environment: [String: String]) -> Bool {
        guard isatty(1) == 1, let term = environment["TERM"], term != "dumb", term != "linux" else { return false }
        let known = ["xterm", "tmux", "screen", "alacritty", "kitty", "wezterm", "foot", "st-", "rxvt"]
        let program = environment["TERM_PROGRAM"] ?? ""
        return known.contains { term.hasPrefix($0) } || ["iTerm.app", "WezTerm", "vscode"].contains(program)
    }

    private static func tools(_ environment: [String: String]) -> [(String, [String])] {
        var list: [(String, [String])] = []
        if environment["WAYLAND_DISPLAY"] != nil { list.append(("wl-copy", [])) }
        if environment["DISPLAY"] != nil {
            list.append(("xclip", ["-selection", "clipboard"]))
            list.append(("xsel", ["--clipboard", "--input"]))
        }
        return list
    }

    private static func find(_ tool: String, _ environment: [String: String]) -> String? {
        for directory in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(directory)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    private static func run(_ path: String, _ arguments: [String], input: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardInput = pipe
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            pipe.fileHandleForWriting.write(Data(input.utf8))
            try pipe.fileHandleForWriting.close()
            process.waitUntilExit()
            return process.terminationStatus == 0
        } catch {
            return false
        }
    }
}
