import ArgumentParser
import Foundation
import MeldcodeKit

struct Meldcode: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "meldcode",
            abstract: cli("cli.abstract"),
            discussion: cli("cli.discussion"),
            subcommands: [Chat.self, KindcheckCommand.self, OpenCommand.self, CasesCommand.self, ArchiveCommand.self,
                          DeleteCommand.self, AuditCommand.self, DossierCommand.self, MeldingCommand.self, ConsultCommand.self, Session.self, Classify.self, Validate.self, Graph.self],
            defaultSubcommand: Chat.self
        )
    }
}

/// Where the dialogues and texts come from: built in, or an organisation's
/// own copy (`--data-dir` or MELDCODE_DATA).
struct ContentOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp(cli("cli.optie.data_dir"), valueName: "map"))
    var dataDirectory: String?

    @Option(name: .customLong("settings"), help: ArgumentHelp(cli("cli.optie.settings"), valueName: "bestand"))
    var settingsFile: String?

    func load() throws -> Content {
        let environment = ProcessInfo.processInfo.environment
        let directory = dataDirectory ?? environment["MELDCODE_DATA"].flatMap { $0.isEmpty ? nil : $0 }
        do {
            let files = try directory.map { try ContentFiles.directory($0) } ?? .embedded
            var settings = OrganisationSettings()
            if let path = OrganisationSettings.locate(explicit: settingsFile, dataDirectory: directory, environment: environment) {
                settings = try OrganisationSettings.load(path: path)
            }
            return try Content.load(files, settings: settings)
        } catch let problems as ContentProblems {
            report(problems.problems)
        } catch let problem as ContentProblem {
            report([problem])
        }
        throw ExitCode(3)
    }

    private func report(_ problems: [ContentProblem]) {
        standardError(cli("cli.fout.inhoud", ["aantal": String(problems.count)]))
        for problem in problems { standardError("  " + cliTexts.describe(problem)) }
    }
}

/// The interface texts built into the program, for help and messages that
/// come before (or without) the content an organisation may supply.
let cliTexts: Texts = Texts.load(.embedded)

func cli(_ key: String, _ values: [String: String] = [:]) -> String {
    cliTexts.ui(key, values)
}

func standardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
