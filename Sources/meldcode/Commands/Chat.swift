import ArgumentParser
import MeldcodeKit

struct Chat: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "chat", abstract: cli("cli.chat.abstract"), discussion: cli("cli.chat.discussion"))
    }

    @OptionGroup var source: ContentOptions

    @Option(help: ArgumentHelp(cli("cli.optie.route"), valueName: "route"))
    var route = "basismodel"

    func run() throws {
        let content = try source.load()
        guard content.dialogues[route]?.kind == .route else {
            standardError(cli("cli.fout.route", ["route": route, "routes": content.routes.map(\.id).joined(separator: ", ")]))
            throw ExitCode(2)
        }
        Terminal(content: content).run(dialogue: route)
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
