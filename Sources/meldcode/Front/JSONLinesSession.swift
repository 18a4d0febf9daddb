import CaseStore
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

    /// Runs from `outputs` until the conversation or the input ends. With a
    /// case, the first event names it and every step is stored before it is
    /// written out; false when storing failed (an error event and the
    /// dossier so far end the session).
    func run(_ conversation: Conversation, showing outputs: [Output], storedIn stored: StoredCase? = nil) -> Bool {
        let reader = LineReader()
        var conversation = conversation
        var outputs = outputs
        if let stored {
            write(.object([("type", .string("case")), ("id", .string(stored.id.rawValue))]))
        }
        while true {
            if let stored {
                do {
                    try stored.save(conversation)
                } catch {
                    let message = (error as? CaseStoreError).map { cli($0.key, $0.values) } ?? content.texts.ui("opslag.opslaan_mislukt")
                    write(.object([("type", .string("error")), ("message", .string(message))]))
                    _ = emit([.end(paused: true)], conversation)
                    return false
                }
            }
            if emit(outputs, conversation) { return true }
            guard let line = reader.next() else {
                outputs = engine.pause(&conversation, at: Date())
                continue
            }
            guard let text = Self.text(of: line) else {
                write(.object([("type", .string("error")), ("message", .string(content.texts.ui("jsonl.ongeldig")))]))
                outputs = engine.question(conversation).map { [$0] } ?? []
                continue
            }
            outputs = engine.handle(text, in: &conversation, at: Date())
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
