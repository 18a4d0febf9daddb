import ArgumentParser
import CaseStore
import Foundation
import MeldcodeKit

struct Chat: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "chat", abstract: cli("cli.chat.abstract"), discussion: cli("cli.chat.discussion"))
    }

    @OptionGroup var source: ContentOptions
    @OptionGroup var storage: StoreOptions

    @Option(help: ArgumentHelp(cli("cli.optie.route"), valueName: "route"))
    var route: String?

    @Option(help: ArgumentHelp(cli("cli.optie.label"), valueName: "naam"))
    var label: String?

    @Flag(name: .customLong("no-store"), help: ArgumentHelp(cli("cli.optie.no_store")))
    var noStore = false

    func run() throws {
        let content = try source.load()
        let terminal = Terminal(content: content)
        let store = noStore ? nil : try storage.open()
        if store == nil, !noStore {
            standardError(cli(terminal.input.isInteractive ? "opslag.niet_bewaard" : "opslag.geen_sleutel"))
        }
        if let store, terminal.input.isInteractive, route == nil, label == nil {
            let open = try storeCall { try store.cases() }
            if !open.isEmpty {
                guard let choice = terminal.chooseCase(open, now: Date()) else { return }
                if let id = choice {
                    return try resume(id, in: store, terminal: terminal)
                }
            }
        }
        // The route: given, else the organisation's, else asked (on a terminal).
        guard let chosen = route ?? content.settings.route ?? terminal.askRoute() else { return }
        guard content.dialogues[chosen]?.kind == .route else {
            standardError(cli("cli.fout.route", ["route": chosen, "routes": content.routes.map(\.id).joined(separator: ", ")]))
            throw ExitCode(2)
        }
        var stored: StoredCase?
        var outputs: [Output] = []
        let (conversation, first) = terminal.engine.start(chosen, at: Date())
        if let store {
            let fallback = content.texts.ui("casus.naam_standaard", ["datum": DateText.dayAndTime(Date())])
            guard let name = label.map({ InputText.clean($0) }) ?? terminal.askLabel(default: fallback) else { return }
            stored = try storeCall { try StoredCase.create(label: name, conversation: conversation, in: store, engine: terminal.engine) }
            outputs.append(.say(content.texts.ui("casus.bewaard", ["id": stored!.id.short])))
        }
        terminal.welcome(chosen)
        guard terminal.run(conversation, showing: outputs + first, storedIn: stored) else { throw ExitCode(1) }
    }
}

/// Takes up a stored case where it stood: in the chat after choosing it, and
/// with `meldcode open`.
func resume(_ id: CaseID, in store: CaseStore, terminal: Terminal) throws {
    let texts = terminal.texts
    let (stored, conversation) = try storeCall { try StoredCase.open(id, in: store, engine: terminal.engine) }
    let summary = try storeCall { try store.summary(of: id) }
    terminal.welcome(conversation.root)
    var outputs: [Output] = [.say(texts.ui("casus.verder", ["id": id.short, "label": summary.label,
                                                             "laatst": DateText.dayAndTime(summary.lastActivity)]))]
    if let due = summary.nextEvaluation, due <= Date() {
        outputs.append(.say(texts.ui("casus.evaluatie_aan_de_beurt", ["datum": DateText.day(due)])))
    }
    if let question = terminal.engine.question(conversation) {
        outputs.append(question)
    } else {
        outputs.append(.say(texts.ui("casus.afgerond")))
    }
    guard terminal.run(conversation, showing: outputs, storedIn: stored) else { throw ExitCode(1) }
}

struct KindcheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "kindcheck", abstract: cli("cli.kindcheck.abstract"))
    }

    @OptionGroup var source: ContentOptions

    func run() throws {
        let content = try source.load()
        let terminal = Terminal(content: content)
        terminal.welcome("kindcheck")
        let (conversation, outputs) = terminal.engine.start("kindcheck", at: Date())
        _ = terminal.run(conversation, showing: outputs)
    }
}
