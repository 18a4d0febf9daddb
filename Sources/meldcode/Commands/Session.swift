import ArgumentParser
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

    @Flag(help: ArgumentHelp(cli("cli.optie.jsonl")))
    var jsonl = false

    @Option(help: ArgumentHelp(cli("cli.optie.route"), valueName: "route"))
    var route: String?

    @Option(help: ArgumentHelp(cli("cli.optie.start"), valueName: "meldcode|kindcheck"))
    var start: Start = .meldcode

    func validate() throws {
        guard jsonl else { throw ValidationError(cli("cli.fout.alleen_jsonl")) }
    }

    func run() throws {
        let content = try source.load()
        let dialogue = start == .kindcheck ? "kindcheck" : (route ?? content.settings.route ?? "basismodel")
        guard let kind = content.dialogues[dialogue]?.kind, kind != .sub else {
            standardError(cli("cli.fout.route", ["route": dialogue, "routes": content.routes.map(\.id).joined(separator: ", ")]))
            throw ExitCode(2)
        }
        JSONLinesSession(content: content).run(dialogue: dialogue)
    }
}
