import ArgumentParser
import CaseStore
import Foundation
import MeldcodeKit

/// `meldcode cases`: the stored cases, most recent first.
struct CasesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "cases", abstract: cli("cli.cases.abstract"))
    }

    @OptionGroup var storage: StoreOptions

    @Flag(name: .customLong("all"), help: ArgumentHelp(cli("cli.optie.alle")))
    var includeArchived = false

    func run() throws {
        let store = try storage.require()
        let cases = try storeCall { try store.cases(includeArchived: includeArchived) }
        guard !cases.isEmpty else {
            print(cli("cli.cases.leeg"))
            return
        }
        let now = Date()
        print(cli("cli.cases.kop"))
        for summary in cases {
            print(cli("cli.cases.regel", [
                "id": summary.id.short, "label": InputText.clean(summary.label), "route": cli("dialoog.\(summary.route)"),
                "stap": summary.step ?? "", "laatst": DateText.dayAndTime(summary.lastActivity),
                "evaluatie": summary.evaluationNote(now: now, texts: cliTexts),
                "archief": summary.archived ? cli("cli.cases.archief") : "",
            ]))
        }
    }
}

/// `meldcode open CASE`: carry on in the terminal where the case stood.
struct OpenCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "open", abstract: cli("cli.open.abstract"))
    }

    @OptionGroup var source: ContentOptions
    @OptionGroup var storage: StoreOptions

    @Argument(help: ArgumentHelp(cli("cli.argument.casus"), valueName: "casus"))
    var caseNumber: String

    func run() throws {
        let content = try source.load()
        let store = try storage.require()
        try resume(try store.resolve(caseNumber), in: store, terminal: Terminal(content: content))
    }
}

struct ArchiveCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "archive", abstract: cli("cli.archive.abstract"))
    }

    @OptionGroup var storage: StoreOptions

    @Argument(help: ArgumentHelp(cli("cli.argument.casus"), valueName: "casus"))
    var caseNumber: String

    func run() throws {
        let store = try storage.require()
        let id = try store.resolve(caseNumber)
        try storeCall {
            // Not while the case is open elsewhere: that terminal would go on writing to it.
            let lock = try store.lock(id)
            try store.archive(id)
            lock.release()
        }
        print(cli("cli.archive.gedaan", ["id": id.short]))
    }
}

struct DeleteCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "delete", abstract: cli("cli.delete.abstract"))
    }

    @OptionGroup var storage: StoreOptions

    @Argument(help: ArgumentHelp(cli("cli.argument.casus"), valueName: "casus"))
    var caseNumber: String

    @Flag(name: .customLong("yes"), help: ArgumentHelp(cli("cli.optie.ja")))
    var confirmed = false

    func run() throws {
        let store = try storage.require()
        let id = try store.resolve(caseNumber)
        if !confirmed {
            guard isatty(0) == 1 else {
                standardError(cli("cli.delete.bevestiging_nodig"))
                throw ExitCode(2)
            }
            let label = try storeCall { try store.summary(of: id).label }
            let answer = LineInput(commands: []).read(prompt: cli("cli.delete.vraag", ["id": id.short, "label": InputText.clean(label)]))
            guard answer?.trimmingCharacters(in: .whitespaces).lowercased() == cli("cli.delete.bevestiging") else {
                print(cli("cli.delete.niet"))
                return
            }
        }
        try storeCall { try store.delete(id) }
        print(cli("cli.delete.gedaan", ["id": id.short]))
    }
}

/// `meldcode audit [CASE]`: the log of who did what with which case.
struct AuditCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "audit", abstract: cli("cli.audit.abstract"))
    }

    @OptionGroup var storage: StoreOptions

    @Argument(help: ArgumentHelp(cli("cli.argument.casus"), valueName: "casus"))
    var caseNumber: String?

    func run() throws {
        let store = try storage.require()
        // A deleted case is no longer in the list, but its log lines stay.
        let id = try caseNumber.map { text in try CaseID(text) ?? store.resolve(text) }
        let entries = try storeCall { try store.audit(of: id) }
        guard !entries.isEmpty else {
            print(cli("cli.audit.leeg"))
            return
        }
        for entry in entries {
            print(cli("cli.audit.regel", [
                "tijd": DateText.dayAndTime(entry.at), "actie": cli("audit.\(entry.action.rawValue)"),
                "casus": entry.caseID?.rawValue ?? cli("cli.audit.hele_opslag"), "gebruiker": entry.user,
            ]))
        }
    }
}
