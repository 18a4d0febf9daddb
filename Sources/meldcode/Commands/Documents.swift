import ArgumentParser
import CaseStore
import DutchText
import Foundation
import MeldcodeKit

/// What the document commands share: which case, and where the text goes
/// (standard output, a file only its owner can read, or the clipboard).
struct DocumentOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(cli("cli.argument.casus_document"), valueName: "casus"))
    var caseNumber: String?

    @Flag(name: .customLong("copy"), help: ArgumentHelp(cli("cli.optie.kopieer")))
    var copy = false

    @Option(name: .customShort("o"), help: ArgumentHelp(cli("cli.optie.uitvoer"), valueName: "bestand"))
    var output: String?

    /// The case's conversation and summary: the one named, else the one
    /// worked on last.
    func conversation(_ content: Content, _ store: CaseStore) throws -> (CaseID, CaseSummary, Conversation) {
        let id: CaseID
        if let caseNumber {
            id = try store.resolve(caseNumber)
        } else {
            guard let latest = try storeCall({ try store.cases() }).first else {
                standardError(cli("cli.cases.leeg"))
                throw ExitCode(1)
            }
            id = latest.id
        }
        let summary = try storeCall { try store.summary(of: id) }
        let events = try storeCall { try store.events(of: id) }
        guard let conversation = Engine(content: content).replay(events) else {
            standardError(cli("cli.fout.casus_route", ["id": id.short, "route": summary.route]))
            throw ExitCode(1)
        }
        return (id, summary, conversation)
    }

    /// Hands the text over, logging first that it leaves the store.
    func deliver(_ text: String, of id: CaseID, in store: CaseStore) throws {
        let body = text.hasSuffix("\n") ? text : text + "\n"
        if copy {
            try storeCall { try store.recordAudit(.copy, case: id) }
            switch Clipboard.copy(body) {
            case .terminal: standardError(cli("kopie.terminal"))
            case .tool(let tool): standardError(cli("kopie.gedaan", ["programma": tool]))
            case .unavailable:
                standardError(cli("kopie.niet_mogelijk"))
                print(body, terminator: "")
            }
            if output == nil { return }
        }
        try storeCall { try store.recordAudit(.export, case: id) }
        guard let output else {
            print(body, terminator: "")
            return
        }
        try writePrivately(body, to: output)
        standardError(cli("cli.document.geschreven", ["bestand": output]))
    }
}

/// Writes a file only its owner can read, also when it already existed
/// with looser rights. Straight to the file: no temporary copy in clear.
func writePrivately(_ text: String, to path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard fd >= 0 else {
        standardError(cli("cli.fout.bestand", ["bestand": path, "reden": String(cString: strerror(errno))]))
        throw ExitCode(1)
    }
    defer { close(fd) }
    let bytes = Array(text.utf8)
    guard fchmod(fd, 0o600) == 0,
          bytes.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == bytes.count, fsync(fd) == 0 else {
        standardError(cli("cli.fout.bestand", ["bestand": path, "reden": String(cString: strerror(errno))]))
        throw ExitCode(1)
    }
}

extension DossierRenderer.Format: ExpressibleByArgument {}

struct DossierCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "dossier", abstract: cli("cli.dossier.abstract"), discussion: cli("cli.dossier.discussion"))
    }

    @OptionGroup var source: ContentOptions
    @OptionGroup var storage: StoreOptions
    @OptionGroup var document: DocumentOptions

    @Option(help: ArgumentHelp(cli("cli.optie.vorm"), valueName: "text|markdown|json"))
    var format: DossierRenderer.Format = .text

    func run() throws {
        let content = try source.load()
        let store = try storage.require()
        let (id, _, conversation) = try document.conversation(content, store)
        try document.deliver(DossierRenderer(content: content).render(conversation, as: format), of: id, in: store)
    }
}

struct MeldingCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "melding", abstract: cli("cli.melding.abstract"))
    }

    @OptionGroup var source: ContentOptions
    @OptionGroup var storage: StoreOptions
    @OptionGroup var document: DocumentOptions

    func run() throws {
        let content = try source.load()
        let store = try storage.require()
        let (id, _, conversation) = try document.conversation(content, store)
        let documents = CaseDocuments(content: content)
        // Before the decision to report there is no draft: say what is open.
        if let reason = documents.meldingUnavailable(conversation) {
            standardError(reason)
            throw ExitCode(1)
        }
        try document.deliver(documents.melding(conversation), of: id, in: store)
    }
}

struct ConsultCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "consult", abstract: cli("cli.consult.abstract"), discussion: cli("cli.consult.discussion"))
    }

    @OptionGroup var source: ContentOptions
    @OptionGroup var storage: StoreOptions
    @OptionGroup var document: DocumentOptions

    @Option(name: .customLong("naam"), help: ArgumentHelp(cli("cli.optie.naam"), valueName: "naam=rol"))
    var names: [String] = []

    func run() throws {
        let content = try source.load()
        let store = try storage.require()
        let (id, summary, conversation) = try document.conversation(content, store)
        let documents = CaseDocuments(content: content)
        let role = documents.role(in: conversation.root)
        var known = names.compactMap { Self.knownName($0, role: role) }
        // A name in the case's own label is a name the professional gave too.
        known += content.anonymizer.names(in: summary.label).names.map { KnownName(name: $0, role: role) }
        try document.deliver(documents.consult(conversation, names: known), of: id, in: store)
    }

    /// "Sanne de Vries=de leerling", or a name alone (the route's role).
    static func knownName(_ text: String, role: String) -> KnownName? {
        let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let name = parts.first, !name.isEmpty else { return nil }
        return KnownName(name: name, role: parts.count > 1 && !parts[1].isEmpty ? parts[1] : role)
    }
}
