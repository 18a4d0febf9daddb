import CReadline
import Foundation

/// Line input for the terminal chat: GNU readline with line editing, history
/// in memory only (nothing is ever read from or written to a history file),
/// tab completion of the commands, and Ctrl-C clearing the line. When
/// standard input is no terminal, plain lines without prompt noise.
final class LineInput {
    private let interactive: Bool
    private let reader = LineReader()

    init(commands: [String]) {
        interactive = isatty(0) == 1
        guard interactive else { return }
        if setlocale(LC_CTYPE, "") == nil { setlocale(LC_CTYPE, "C.UTF-8") }
        completionWords = commands
        meldcode_rl_set_readline_name("meldcode")
        meldcode_rl_set_catch_signals(0)
        meldcode_rl_set_completion { text, start, _ in completeCommand(text, start) }
        signal(SIGINT) { _ in meldcode_rl_clear_line() }
    }

    var isInteractive: Bool { interactive }

    /// The next line, or nil on Ctrl-D / end of input.
    func read(prompt: String) -> String? {
        guard interactive else { return reader.next() }
        guard let pointer = readline(prompt) else { return nil }
        defer { free(pointer) }
        let line = String(cString: pointer)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(pointer)
        }
        return line
    }
}

// Readline calls these C callbacks on the one thread that reads input.
nonisolated(unsafe) private var completionWords: [String] = []
nonisolated(unsafe) private var completionIndex = 0

private func completeCommand(_ text: UnsafePointer<CChar>?, _ start: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    meldcode_rl_no_default_completion()
    guard start == 0 else { return nil }
    return rl_completion_matches(text) { partial, state in nextCompletion(partial, state) }
}

private func nextCompletion(_ partial: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    if state == 0 { completionIndex = 0 }
    let prefix = partial.map { String(cString: $0) } ?? ""
    while completionIndex < completionWords.count {
        let word = completionWords[completionIndex]
        completionIndex += 1
        if word.hasPrefix(prefix) { return strdup(word) }
    }
    return nil
}
