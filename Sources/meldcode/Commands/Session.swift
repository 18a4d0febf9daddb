import ArgumentParser
import CaseStore
import Foundation
import MeldcodeKit

/// The machine interface: one JSON object per input line, one JSON event per
/// output line.
struct Session: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "session", abstract: cli("cli.session.abstract"), discussion: cli("cli.session.discussion"))
    }

    enum Start: String, ExpressibleByArgument, CaseIterable {
        case meldcode, kindcheck
    }

    @OptionGroup var source: ContentOptions
    @OptionGroup var storage: StoreOptions

    @Flag(help: ArgumentHelp(cli("cli.optie.jsonl")))
    var jsonl = false

    @Option(help: ArgumentHelp(cli("cli.optie.route"), valueName: "route"))
    var route: String?

    @Option(help: ArgumentHelp(cli("cli.optie.start"), valueName: "meldcode|kindcheck"))
    var start: Start = .meldcode

    @Option(name: .customLong("case"), help: ArgumentHelp(cli("cli.optie.casus"), valueName: "casus"))
    var caseNumber: String?

    @Option(help: ArgumentHelp(cli("cli.optie.label"), valueName: "naam"))
    var label: String?

    @Flag(name: .customLong("no-store"), help: ArgumentHelp(cli("cli.optie.no_store")))
    var noStore = false

    func validate() throws {
        guard jsonl else { throw ValidationError(cli("cli.fout.alleen_jsonl")) }
    }

    func run() throws {
        let content = try source.load()
        let session = JSONLinesSession(content: content)
        let engine = session.engine
        if let caseNumber {
            // Resuming: the key is needed, and the case starts where it stood.
            let store = try storage.require()
            let id = try store.resolve(caseNumber)
            let (stored, conversation) = try storeCall { try StoredCase.open(id, in: store, engine: engine) }
            let outputs = engine.question(conversation).map { [$0] } ?? [.say(content.texts.ui("casus.afgerond"))]
            guard session.run(conversation, showing: outputs, storedIn: stored) else { throw ExitCode(1) }
            return
        }
        let dialogue = start == .kindcheck ? "kindcheck" : (route ?? content.settings.route ?? "basismodel")
        guard let kind = content.dialogues[dialogue]?.kind, kind != .sub else {
            standardError(cli("cli.fout.route", ["route": dialogue, "routes": content.routes.map(\.id).joined(separator: ", ")]))
            throw ExitCode(2)
        }
        let (conversation, outputs) = engine.start(dialogue, at: Date())
        // A new case is stored when a key file is given (there is no
        // terminal for a passphrase: standard input is the session).
        var stored: StoredCase?
        if !noStore, StoreKey.keyFilePath(explicit: storage.keyFile, environment: ProcessInfo.processInfo.environment) != nil,
           let store = try storage.open() {
            let name = label.map { InputText.clean($0) }
                ?? content.texts.ui("casus.naam_standaard", ["datum": DateText.dayAndTime(Date())])
            stored = try storeCall { try StoredCase.create(label: name, conversation: conversation, in: store, engine: engine) }
        }
        guard session.run(conversation, showing: outputs, storedIn: stored) else { throw ExitCode(1) }
    }
}
