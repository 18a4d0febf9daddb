import Foundation
import MeldcodeKit

/// Runs a conversation over JSON Lines: reads `{"text": "..."}` per line,
/// writes one event per line. A malformed line gets an error event and the
/// question again; end of input ends the session with the dossier so far.
struct JSONLinesSession {
    let content: Content
    let engine: Engine

    init(content: Content) {
        self.content = content
        engine = Engine(content: content)
    }

    func run(dialogue: String) {
        let reader = LineReader()
        var (conversation, outputs) = engine.start(dialogue, at: Date())
        var ended = emit(outputs, conversation)
        while !ended {
            guard let line = reader.next() else {
                ended = emit(engine.pause(&conversation, at: Date()), conversation)
                break
            }
            guard let text = Self.text(of: line) else {
                write(.object([("type", .string("error")), ("message", .string(content.texts.ui("jsonl.ongeldig")))]))
                if let question = engine.question(conversation) { _ = emit([question], conversation) }
                continue
            }
            ended = emit(engine.handle(text, in: &conversation, at: Date()), conversation)
        }
    }

    /// The "text" of an input line, or nil when the line is no JSON object
    /// with a string "text".
    static func text(of line: String) -> String? {
        guard case .string(let text)? = JSONLine.object(line)?["text"] else { return nil }
        return text
    }

    private func emit(_ outputs: [Output], _ conversation: Conversation) -> Bool {
        for output in outputs {
            switch output {
            case .say(let text), .copy(let text):
                // No clipboard in a machine session: the text itself.
                write(.object([("type", .string("say")), ("text", .string(text))]))
            case .ask(let question, let expects, let text):
                write(.object([("type", .string("ask")), ("question", .string(question)),
                               ("expects", .string(expects.rawValue)), ("text", .string(text))]))
            case .note(let step, let text):
                write(.object([("type", .string("note")), ("step", .string(step)), ("text", .string(text))]))
            case .decision(let melden, let hulp, let basis):
                write(.object([("type", .string("decision")), ("melden", .bool(melden)), ("hulp", .bool(hulp)),
                               ("basis", .string(basis))]))
            case .outcome(let check, let value):
                write(.object([("type", .string(check)), ("uitkomst", .string(value))]))
            case .end:
                write(.object([("type", .string("end")), ("dossier", .string(DossierRenderer(content: content).text(conversation)))]))
                return true
            }
        }
        return false
    }

    private func write(_ value: JSON) {
        FileHandle.standardOutput.write(Data((value.text + "\n").utf8))
    }
}
