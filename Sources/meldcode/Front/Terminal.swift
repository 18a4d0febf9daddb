import CaseStore
import DutchText
import Foundation
import MeldcodeKit

/// The conversational terminal session: a thin adapter that reads lines,
/// hands them to the engine and prints what comes back.
struct Terminal {
    let content: Content
    let engine: Engine
    let style: Style
    /// One reader for the whole session: piped answers are read in order.
    let input: LineInput

    init(content: Content) {
        self.content = content
        engine = Engine(content: content)
        style = Style()
        input = LineInput(commands: cli("commando.lijst").split(separator: " ").map(String.init)
                          + content.routes.map(\.id))
    }

    var texts: Texts { content.texts }

    /// Asks which route to follow, on a terminal only (piped answers start
    /// with the first question). Nil when input ends.
    func askRoute() -> String? {
        let routes = content.routes
        guard input.isInteractive, routes.count > 1 else { return "basismodel" }
        var lines = [texts.ui("route.vraag")]
        for (i, route) in routes.enumerated() {
            lines.append(texts.ui("route.optie", ["nummer": String(i + 1), "route": texts.ui("dialoog.\(route.id)"),
                                                  "omschrijving": texts.ui("route.\(route.id).omschrijving")]))
        }
        print(style.ask(lines.joined(separator: "\n")))
        while let line = input.read(prompt: style.prompt) {
            let answer = Folding.fold(line).trimmingCharacters(in: .whitespaces)
            if answer.isEmpty { return "basismodel" }
            if let n = Int(answer), routes.indices.contains(n - 1) { return routes[n - 1].id }
            if let route = routes.first(where: { $0.id.hasPrefix(answer) || answer.contains($0.id) }) { return route.id }
            print(style.say(texts.ui("route.onbegrepen")))
        }
        return nil
    }

    /// Offers the open cases: a case to resume, or nil for a new one.
    /// `.none` when input ends.
    func chooseCase(_ cases: [CaseSummary], now: Date) -> CaseID?? {
        let due = cases.filter { ($0.nextEvaluation ?? .distantFuture) <= now }
        var lines = [texts.ui("casus.lijst")]
        for (i, summary) in cases.enumerated() {
            lines.append(texts.ui("casus.regel", [
                "nummer": String(i + 1), "label": summary.label, "route": texts.ui("dialoog.\(summary.route)"),
                "stap": summary.step ?? "", "laatst": DateText.dayAndTime(summary.lastActivity),
                "evaluatie": summary.evaluationNote(now: now, texts: texts),
            ]))
        }
        if !due.isEmpty { lines.append(texts.ui("casus.herinnering", ["aantal": String(due.count)])) }
        lines.append(texts.ui("casus.kies"))
        print(style.ask(lines.joined(separator: "\n")))
        while let line = input.read(prompt: style.prompt) {
            let answer = line.trimmingCharacters(in: .whitespaces)
            if answer.isEmpty { return .some(nil) }
            if let n = Int(answer), cases.indices.contains(n - 1) { return .some(cases[n - 1].id) }
            if let match = cases.first(where: { answer.count >= 4 && $0.id.rawValue.hasPrefix(answer.lowercased()) }) {
                return .some(match.id)
            }
            print(style.say(texts.ui("casus.onbegrepen")))
        }
        return .none
    }

    /// The new case's name: typed on a terminal, else the default.
    func askLabel(default fallback: String) -> String? {
        guard input.isInteractive else { return fallback }
        print(style.ask(texts.ui("casus.naam_vraag", ["standaard": fallback])))
        guard let line = input.read(prompt: style.prompt) else { return nil }
        let label = InputText.clean(line).trimmingCharacters(in: .whitespaces)
        return label.isEmpty ? fallback : String(label.prefix(200))
    }

    func welcome(_ dialogue: String) {
        let key = content.dialogues[dialogue]?.kind == .check ? "welkom.\(dialogue)" : "welkom"
        print(style.say(texts.ui(key, ["route": texts.ui("dialoog.\(dialogue)")])))
    }

    /// Runs the conversation from `outputs` on until it ends or input ends.
    /// With a case, every step is stored before it is shown; false when
    /// storing failed (the dossier so far is then printed).
    func run(_ conversation: Conversation, showing outputs: [Output], storedIn stored: StoredCase? = nil) -> Bool {
        var conversation = conversation
        var outputs = outputs
        while true {
            if let stored {
                do {
                    try stored.save(conversation)
                } catch {
                    _ = failure(error)
                    print(style.say(texts.ui("opslag.opslaan_mislukt")))
                    print("")
                    print(DossierRenderer(content: content).text(conversation))
                    return false
                }
            }
            if show(outputs, conversation, stored) { return true }
            guard let line = input.read(prompt: style.prompt) else {
                // Ctrl-D or end of input: stop cleanly, with the dossier so far.
                if input.isInteractive { print("") }
                outputs = engine.pause(&conversation, at: Date())
                continue
            }
            outputs = engine.handle(line, in: &conversation, at: Date())
        }
    }

    /// Prints outputs; true when the conversation ended.
    private func show(_ outputs: [Output], _ conversation: Conversation, _ stored: StoredCase?) -> Bool {
        for output in outputs {
            switch output {
            case .say(let text):
                print(style.say(text))
            case .ask(_, _, let text):
                print(style.ask(text))
            case .note(_, let text):
                print(style.note(texts.ui("notitie.getoond", ["tekst": text])))
            case .decision, .outcome:
                break  // their dossier line is shown as a note
            case .copy(let text):
                copy(text, stored)
            case .end(let paused):
                if !paused { print(style.say(texts.ui("einde"))) }
                print("")
                print(DossierRenderer(content: content).text(conversation))
                return true
            }
        }
        fflush(nil)
        return false
    }

    private func copy(_ text: String, _ stored: StoredCase?) {
        // Logged before the text leaves the program; no copy without the log.
        if let stored {
            do { try stored.record(.copy) } catch { _ = failure(error); return }
        }
        switch Clipboard.copy(text) {
        case .terminal: print(style.say(texts.ui("kopie.terminal")))
        case .tool(let tool): print(style.say(texts.ui("kopie.gedaan", ["programma": tool])))
        case .unavailable:
            print(style.say(texts.ui("kopie.niet_mogelijk")))
            print("")
            print(text)
        }
    }
}

/// Terminal styling: only when standard output is a terminal and NO_COLOR
/// is not set, so piped output never carries escape codes.
struct Style {
    let enabled: Bool

    init() {
        let environment = ProcessInfo.processInfo.environment
        enabled = isatty(1) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    var prompt: String { enabled ? "\u{1B}[1m>\u{1B}[0m " : "> " }

    func say(_ text: String) -> String { "\n" + text }
    func ask(_ text: String) -> String { enabled ? "\n\u{1B}[1m\(text)\u{1B}[0m" : "\n" + text }
    func note(_ text: String) -> String { enabled ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
