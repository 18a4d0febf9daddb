import DutchText
import Foundation
import MeldcodeKit

/// The conversational terminal session: a thin adapter that reads lines,
/// hands them to the engine and prints what comes back.
struct Terminal {
    let content: Content
    let engine: Engine
    let style: Style

    init(content: Content) {
        self.content = content
        engine = Engine(content: content)
        style = Style()
    }

    /// Asks which route to follow, on a terminal only (piped answers start
    /// with the first question). Nil when input ends.
    func askRoute() -> String? {
        let routes = content.routes
        guard isatty(0) == 1, routes.count > 1 else { return "basismodel" }
        let texts = content.texts
        var lines = [texts.ui("route.vraag")]
        for (i, route) in routes.enumerated() {
            lines.append(texts.ui("route.optie", ["nummer": String(i + 1), "route": texts.ui("dialoog.\(route.id)"),
                                                  "omschrijving": texts.ui("route.\(route.id).omschrijving")]))
        }
        print(style.ask(lines.joined(separator: "\n")))
        let input = LineInput(commands: routes.map(\.id))
        while let line = input.read(prompt: style.prompt) {
            let answer = Folding.fold(line).trimmingCharacters(in: .whitespaces)
            if answer.isEmpty { return "basismodel" }
            if let n = Int(answer), routes.indices.contains(n - 1) { return routes[n - 1].id }
            if let route = routes.first(where: { $0.id.hasPrefix(answer) || answer.contains($0.id) }) { return route.id }
            print(style.say(texts.ui("route.onbegrepen")))
        }
        return nil
    }

    func run(dialogue: String) {
        let input = LineInput(commands: cli("commando.lijst").split(separator: " ").map(String.init))
        let texts = content.texts
        let welcome = content.dialogues[dialogue]?.kind == .check ? "welkom.\(dialogue)" : "welkom"
        print(style.say(texts.ui(welcome, ["route": texts.ui("dialoog.\(dialogue)")])))
        var (conversation, outputs) = engine.start(dialogue, at: Date())
        var ended = show(outputs, conversation)
        while !ended {
            guard let line = input.read(prompt: style.prompt) else {
                // Ctrl-D or end of input: stop cleanly, with the dossier so far.
                if input.isInteractive { print("") }
                outputs = engine.pause(&conversation, at: Date())
                ended = show(outputs, conversation)
                break
            }
            outputs = engine.handle(line, in: &conversation, at: Date())
            ended = show(outputs, conversation)
        }
    }

    /// Prints outputs; true when the conversation ended.
    private func show(_ outputs: [Output], _ conversation: Conversation) -> Bool {
        for output in outputs {
            switch output {
            case .say(let text):
                print(style.say(text))
            case .ask(_, _, let text):
                print(style.ask(text))
            case .note(_, let text):
                print(style.note(content.texts.ui("notitie.getoond", ["tekst": text])))
            case .decision, .outcome:
                break  // their dossier line is shown as a note
            case .copy(let text):
                switch Clipboard.copy(text) {
                case .terminal: print(style.say(content.texts.ui("kopie.terminal")))
                case .tool(let tool): print(style.say(content.texts.ui("kopie.gedaan", ["programma": tool])))
                case .unavailable:
                    print(style.say(content.texts.ui("kopie.niet_mogelijk")))
                    print("")
                    print(text)
                }
            case .end(let paused):
                if !paused { print(style.say(content.texts.ui("einde"))) }
                print("")
                print(DossierRenderer(content: content).text(conversation))
                return true
            }
        }
        fflush(nil)
        return false
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
