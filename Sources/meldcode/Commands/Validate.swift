import ArgumentParser
import Foundation
import MeldcodeKit

/// Checks Dialogues/ and Localization/ (built in, or an organisation's copy)
/// and reports every problem with file and line.
struct Validate: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "validate", abstract: cli("cli.validate.abstract"))
    }

    @Argument(help: ArgumentHelp(cli("cli.argument.map"), valueName: "map"))
    var directory: String?

    func run() throws {
        let files: ContentFiles
        do {
            files = try directory.map { try ContentFiles.directory($0) } ?? .embedded
        } catch let problem as ContentProblem {
            standardError(cliTexts.describe(problem))
            throw ExitCode(1)
        }
        let problems = Validator.check(files)
        // The copy's own wording where it has it; the built-in sentences for
        // what it lacks, so a missing message never shows as a bare key.
        var texts = cliTexts
        texts.interface.merge(Texts.load(files).interface) { _, own in own }
        if problems.isEmpty {
            print(texts.ui("validate.schoon", ["map": directory ?? cli("validate.ingebouwd")]))
            return
        }
        for problem in problems { print(texts.describe(problem)) }
        print(texts.ui("validate.aantal", ["aantal": String(problems.count)]))
        throw ExitCode(1)
    }
}
