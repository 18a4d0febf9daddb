import ArgumentParser
import MeldcodeKit

struct Chat: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "chat", abstract: cli("cli.chat.abstract"), discussion: cli("cli.chat.discussion"))
    }

    @OptionGroup var source: ContentOptions

    @Option(help: ArgumentHelp(cli("cli.optie.route"), valueName: "route"))
    var route: String?

    func run() throws {
        let content = try source.load()
        let terminal = Terminal(content: content)
        // The route: given, else the organisation's, else asked (on a terminal).
        guard let chosen = route ?? content.settings.route ?? terminal.askRoute() else { return }
        guard content.dialogues[chosen]?.kind == .route else {
            standardError(cli("cli.fout.route", ["route": chosen, "routes": content.routes.map(\.id).joined(separator: ", ")]))
            throw ExitCode(2)
        }
        terminal.run(dialogue: chosen)
    }
}

struct KindcheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "kindcheck", abstract: cli("cli.kindcheck.abstract"))
    }

    @OptionGroup var source: ContentOptions

    func run() throws {
        let content = try source.load()
        Terminal(content: content).run(dialogue: "kindcheck")
    }
}
